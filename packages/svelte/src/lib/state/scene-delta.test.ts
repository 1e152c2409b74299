import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addEmotional,
  addPerson,
  applyCommand,
  linkParent,
  moveNode,
  removePerson,
  type Command,
  type KringDocument,
} from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import { renderGenogram } from '@kring/genogram';
import { renderEcogram } from '@kring/ecogram';
import type { Scene } from '@kring/scene';
import { edgeKeys, sameData } from '../canvas/reconcile.js';
import { applySceneDelta, diffScene, drawnAs, reuseBase } from './scene-delta.js';
import { translateShapes } from './translate-shapes.js';

/** What crosses to the main thread: a structured clone of the delta (new objects, as postMessage makes). */
const posted = <T>(value: T): T => structuredClone(value);

/** The delta of `next` from `base`, sent and applied to the receiver's copy of `base`. */
function roundTrip(sender: Scene | undefined, receiver: Scene | undefined, next: Scene): Scene {
  const out = applySceneDelta(receiver, posted(diffScene(sender, next)));
  // Content: exactly the new scene (the order of its fields aside).
  expect(sameData(out, next)).toBe(true);
  // A moved node or line: the shapes the canvas drew for it, moved by the offset, are its shapes.
  for (const item of [...out.nodes, ...out.edges]) {
    const drawn = drawnAs(item);
    if (drawn) expect(translateShapes(drawn.shapes, drawn.dx, drawn.dy)).toEqual(item.shapes);
  }
  // Identity: every node and line equal to the receiver's is the receiver's object.
  if (receiver) {
    const nodes = new Map(receiver.nodes.map((n) => [n.id, n]));
    for (const n of out.nodes) {
      const p = nodes.get(n.id);
      if (p && sameData(p, n)) expect(n).toBe(p);
    }
    const keys = edgeKeys(receiver.edges);
    const edges = new Map(receiver.edges.map((e, i) => [keys[i]!, e]));
    edgeKeys(out.edges).forEach((k, i) => {
      const p = edges.get(k);
      if (p && sameData(p, out.edges[i])) expect(out.edges[i]).toBe(p);
    });
  }
  return out;
}

describe('the scene delta', () => {
  const render = (doc: KringDocument) => renderGenogram(doc, { locale: 'en' });

  it('without a base sends everything; for an unchanged scene nothing but references', () => {
    const scene = render(syntheticFamily(80, 5));
    const first = diffScene(undefined, scene);
    expect(first.nodes).toHaveLength(scene.nodes.length);
    expect(first.same).toEqual([]);
    const received = roundTrip(undefined, undefined, scene);
    const again = diffScene(scene, render(syntheticFamily(80, 5)));
    expect(again.nodes).toEqual([]);
    expect(again.edges).toEqual([]);
    expect(again.rest).toEqual({});
    const out = applySceneDelta(received, posted(again));
    expect(out.nodes.every((n, i) => n === received.nodes[i])).toBe(true);
    expect(out.legend).toBe(received.legend);
  });

  it('a structural edit sends the symbols and lines it shifted as moved, not in full', () => {
    let doc = syntheticFamily(200, 7);
    const before = render(doc);
    const received = roundTrip(undefined, undefined, before);
    // A parent for the family's first founder (a parent without parents): a new row above the top one, so every
    // symbol below shifts down (the genogram's block placement keeps most other structural edits local).
    const children = new Set(doc.parentChild.map((l) => l.child));
    const founder = doc.parentChild.find((l) => !children.has(l.parent))!.parent;
    for (const command of [
      addPerson({ id: 'p-parent', name: 'Parent', gender: 'woman' }),
      linkParent({ id: 'pc-parent', parent: 'p-parent', child: founder, kind: 'biological' }),
    ]) {
      const r = applyCommand(doc, command);
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      doc = r.document;
    }
    const after = render(doc);
    const delta = diffScene(before, after);
    const movedNodes = delta.nodeMoves.length / 4;
    const shifted = after.nodes.filter((n) => {
      const p = before.nodes.find((b) => b.id === n.id);
      return p !== undefined && (p.x !== n.x || p.y !== n.y);
    }).length;
    expect(shifted).toBeGreaterThan(20);
    expect(movedNodes).toBe(shifted);
    expect(delta.nodes.length).toBeLessThanOrEqual(2);
    expect(delta.edgeMoves.length / 2).toBeGreaterThan(10);
    const out = roundTrip(before, received, after);
    expect(out.nodes.filter((n) => drawnAs(n) !== undefined)).toHaveLength(movedNodes);
    // Moved again (the edit undone): drawn from the first shapes, by the summed offset.
    const back = roundTrip(after, out, before);
    for (const n of back.nodes) {
      const drawn = drawnAs(n);
      if (drawn) expect(drawn.shapes).toBe(received.nodes.find((r) => r.id === n.id)!.shapes);
    }
  });

  it('refuses a delta that does not fit the base it is applied to', () => {
    const scene = render(syntheticFamily(20, 5));
    const delta = diffScene(scene, render(syntheticFamily(20, 5)));
    expect(() => applySceneDelta(undefined, delta)).toThrow(/does not fit/);
  });

  it('a field the new scene lacks is not carried over from the base', () => {
    const scene = render(syntheticFamily(10, 5));
    const { description: _, ...without } = scene;
    const out = applySceneDelta(scene, posted(diffScene(scene, without as Scene)));
    expect(Object.hasOwn(out, 'description')).toBe(false);
  });

  type Edit =
    | { type: 'add'; pick: number }
    | { type: 'move'; pick: number; x: number; y: number }
    | { type: 'delete'; pick: number }
    | { type: 'link'; pick: number; other: number }
    | { type: 'view' };

  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ type: fc.constant('add' as const), pick: fc.nat() }),
    fc.record({
      type: fc.constant('move' as const),
      pick: fc.nat(),
      x: fc.integer({ min: -500, max: 3000 }),
      y: fc.integer({ min: -200, max: 900 }),
    }),
    fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ type: fc.constant('link' as const), pick: fc.nat(), other: fc.nat() }),
    fc.record({ type: fc.constant('view' as const) }),
  );

  function commandOf(doc: KringDocument, e: Exclude<Edit, { type: 'view' }>, n: number): Command[] {
    const ids = doc.persons.map((p) => p.id);
    const pick = (k: number) => ids[k % ids.length]!;
    switch (e.type) {
      case 'add':
        return [
          addPerson({ id: `new-${n}`, name: `New ${n}`, gender: 'woman' }),
          linkParent({ id: `new-pc-${n}`, parent: pick(e.pick), child: `new-${n}`, kind: 'biological' }),
        ];
      case 'move':
        return [moveNode('genogram', pick(e.pick), { x: e.x, y: e.y })];
      case 'delete':
        return [removePerson(pick(e.pick))];
      case 'link':
        return [addEmotional({ id: `em-${n}`, a: pick(e.pick), b: pick(e.other), kind: 'conflict' })];
    }
  }

  it('random edit sequences (and view switches): the rebuilt scene is exactly what a full render draws', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
        let doc = syntheticFamily(60, 9);
        let view: 'genogram' | 'ecogram' = 'genogram';
        const draw = () => (view === 'genogram' ? render(doc) : renderEcogram(doc, { locale: 'en' }));
        let sender = draw();
        let receiver = roundTrip(undefined, undefined, sender);
        edits.forEach((e, n) => {
          if (e.type === 'view') view = view === 'genogram' ? 'ecogram' : 'genogram';
          else
            for (const command of commandOf(doc, e, n)) {
              const r = applyCommand(doc, command);
              if (r.ok) doc = r.document;
            }
          const next = draw();
          receiver = roundTrip(sender, receiver, next);
          // The worker keeps the base's objects where they are equal (reuseBase): every other step here too.
          if (n % 2 === 0) sender = next;
          else {
            sender = reuseBase(sender, next, diffScene(sender, next));
            expect(sameData(sender, next)).toBe(true);
          }
        });
      }),
      { numRuns: 40, seed: 20261205 },
    );
  });
});
