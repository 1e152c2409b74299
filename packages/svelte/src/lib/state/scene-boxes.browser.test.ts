/**
 * The layout worker measures the culling boxes of what it sends (scene-boxes.ts) so that the main thread does
 * not: each box must be what the main thread would measure (shapeBounds there), for the first scene and for
 * the deltas of edits (nodes and lines sent in full, and those sent as moves, whose box is the first one's
 * moved), and the canvas's culling must use them.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { addPerson, linkParent, type KringDocument } from '@kring/core';
import { shapeBounds, type Bounds, type Scene } from '@kring/scene';
import { edgeBounds, nodeBounds } from '../canvas/detail.js';
import { EditorState } from './editor-state.svelte.js';
import { drawnAs } from './scene-delta.js';
import type { FromWorker } from './layout-protocol.js';
import type { Thresholds } from './layout-scheduler.js';
import { largeFamily } from './test-fixtures.js';
import { createLayoutWorker } from './worker-factory.js';

const ALWAYS: Thresholds = { syncMaxMs: -1, offMainEntities: -1, syncEntities: -1 };

const editors: EditorState[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

/** A real layout worker; the deltas it answers with are kept in `received`. */
function keepingWorker(received: FromWorker[]) {
  return () => {
    const worker = createLayoutWorker();
    if (!worker) throw new Error('no Worker in this browser');
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => received.push(event.data));
    return worker;
  };
}

function editorOf(doc: KringDocument, received: FromWorker[]) {
  const editor = new EditorState(doc, {}, { createWorker: keepingWorker(received), thresholds: ALWAYS });
  editors.push(editor);
  return editor;
}

async function settled(editor: EditorState) {
  void editor.scene;
  await vi.waitFor(() => expect(editor.pending).toBe(false), { timeout: 20_000, interval: 10 });
}

/** The boxes the canvas culls with, and those the main thread measures afresh (a copy of the scene shares no cache). */
function boxes(scene: Scene): { culled: Bounds[]; fresh: Bounds[] } {
  const copy = structuredClone(scene);
  return {
    culled: [...scene.nodes.map(nodeBounds), ...scene.edges.map(edgeBounds)],
    fresh: [...copy.nodes.map(nodeBounds), ...copy.edges.map(edgeBounds)],
  };
}

describe("the layout worker's culling boxes", () => {
  test('equal what the main thread measures, for the first scene and after edits', async () => {
    const received: FromWorker[] = [];
    const doc = largeFamily(400);
    const editor = editorOf(doc, received);
    await settled(editor);

    const first = received.at(-1);
    if (first?.type !== 'scene') throw new Error('no scene from the worker');
    const { delta } = first;
    expect(delta.nodes.length).toBe(editor.scene.nodes.length);
    expect(delta.nodeBoxes).toHaveLength(4 * delta.nodes.length);
    expect(delta.edgeBoxes).toHaveLength(4 * delta.edges.length);
    // Each box as the main thread measures it, to the last bit.
    delta.nodes.forEach((n, i) => {
      const b = shapeBounds(n.shapes);
      expect([...delta.nodeBoxes!.subarray(4 * i, 4 * i + 4)]).toEqual([b.x, b.y, b.width, b.height]);
    });
    delta.edges.forEach((e, i) => {
      const b = shapeBounds(e.shapes);
      expect([...delta.edgeBoxes!.subarray(4 * i, 4 * i + 4)]).toEqual([b.x, b.y, b.width, b.height]);
    });
    const start = boxes(editor.scene);
    expect(start.culled).toEqual(start.fresh);

    // A new founder above the first couple moves everyone down: nodes and lines arrive as moves.
    const top = doc.persons[0]!.id;
    expect(
      editor.run({
        commands: [
          addPerson({ id: 'p-founder', name: 'Stammoeder', gender: 'woman' }),
          linkParent({ id: 'pc-founder', parent: 'p-founder', child: top, kind: 'biological' }),
        ],
      }),
    ).toBe(true);
    await settled(editor);
    const edit = received.at(-1);
    if (edit?.type !== 'scene') throw new Error('no scene from the worker');
    expect(edit.delta.nodeMoves.length).toBeGreaterThan(0);
    expect(edit.delta.nodeBoxes).toHaveLength(4 * edit.delta.nodes.length);
    // Sent in full: the worker's boxes, exactly. Moved: the first box moved by the offset (floating point
    // sums of the same numbers, so equal to a millionth of a unit).
    const after = boxes(editor.scene);
    const items = [...editor.scene.nodes, ...editor.scene.edges];
    let moved = 0;
    items.forEach((item, i) => {
      if (!drawnAs(item)) return expect(after.culled[i]).toEqual(after.fresh[i]);
      moved++;
      for (const key of ['x', 'y', 'width', 'height'] as const)
        expect(after.culled[i]![key]).toBeCloseTo(after.fresh[i]![key], 6);
    });
    expect(moved).toBeGreaterThan(100);
  });
});
