/**
 * Persons pinned by hand (`layouts.genogram.positions`, what `node.move` writes when a user drags someone) are
 * placed by blocks like everyone else (passes/pinned-blocks.ts), in the drawing's own frame: pinning someone
 * exactly where they are drawn moves nobody; dragging someone moves them with their partners and the block
 * that hangs from them (their descendants and their in-laws' families), while their parents, their siblings
 * and families elsewhere stay where they were; where a pin lands on someone, the unpinned make room.
 */
import { describe, expect, it } from 'vitest';
import { moveNode, type KringDocument } from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import type { Scene } from '@kring/scene';
import { renderGenogram } from './index.js';
import { overlaps, symbolBoxes } from './test-support/geometry.js';
import { EXAMPLES_AND_SYNTHETIC_200 } from './test-support/example-documents.js';
import { applyAll } from './test-support/structural-edits.js';

const DOCUMENTS = EXAMPLES_AND_SYNTHETIC_200;

function centres(scene: Scene): Map<string, [number, number]> {
  return new Map(scene.nodes.map((n) => [n.id, [n.x + n.width / 2, n.y + n.height / 2]]));
}

function pinned(doc: KringDocument, id: string, at: { x: number; y: number }): Scene {
  return renderGenogram(applyAll(doc, [moveNode('genogram', id, at)]), { locale: 'nl' });
}

/** How far each symbol of `before` went in `after` (both drawn). */
function shifts(before: Scene, after: Scene): Map<string, [number, number]> {
  const a = centres(after);
  const out = new Map<string, [number, number]>();
  for (const [id, [x, y]] of centres(before)) {
    const q = a.get(id);
    if (q) out.set(id, [q[0] - x, q[1] - y]);
  }
  return out;
}

function symbolOverlap(scene: Scene): string | undefined {
  const boxes = symbolBoxes(scene);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxes[i]!.box, boxes[j]!.box)) return `${boxes[i]!.id} overlaps ${boxes[j]!.id}`;
  return undefined;
}

describe('pinned persons in the genogram', () => {
  for (const [name, doc] of DOCUMENTS)
    it(`${name}: pinning a person where they are drawn moves nobody`, () => {
      const before = renderGenogram(doc, { locale: 'nl' });
      const at = centres(before);
      // Every person of the small cases, every 20th of the synthetic family.
      const step = before.nodes.length > 60 ? 20 : 1;
      const far: string[] = [];
      for (let i = 0; i < before.nodes.length; i += step) {
        const id = before.nodes[i]!.id;
        const [x, y] = at.get(id)!;
        for (const [other, [dx, dy]] of shifts(before, pinned(doc, id, { x, y })))
          if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) far.push(`pin ${id}: ${other} by ${dx}, ${dy}`);
      }
      expect(far).toEqual([]);
    });

  const doc = syntheticFamily(200, 7);
  const before = renderGenogram(doc, { locale: 'nl' });
  /** A person with a partner, children and parents in the map, a third into the document. */
  const heads = doc.partnerships.filter((p) => doc.parentChild.some((l) => l.partnership === p.id));
  const couple = heads.find((p) => doc.parentChild.some((l) => l.child === p.a) && heads.indexOf(p) > 10)!;
  const children = doc.parentChild.filter((l) => l.partnership === couple.id).map((l) => l.child);
  const parents = doc.parentChild.filter((l) => l.child === couple.a).map((l) => l.parent);

  it('dragging a person takes their partner and children along; their parents and most others stay put', () => {
    const [x, y] = centres(before).get(couple.a)!;
    const after = pinned(doc, couple.a, { x: x + 160, y });
    const moved = shifts(before, after);
    expect(centres(after).get(couple.a)).toEqual([x + 160, y]);
    expect(moved.get(couple.b)![0]).toBe(160);
    for (const child of children) expect(moved.get(child)![0]).toBeGreaterThanOrEqual(160);
    for (const parent of parents) expect(moved.get(parent)).toEqual([0, 0]);
    // Sideways, what makes room moves (37 of the 200 here); the rows below may go down by a track where the
    // moved block's lines now overlap others (the y placement).
    const still = [...moved.values()].filter(([dx]) => dx === 0).length;
    expect(still).toBeGreaterThan((3 * before.nodes.length) / 4);
    expect(symbolOverlap(after)).toBeUndefined();
  });

  it('a person pinned onto someone else stays exactly there and the other makes room', () => {
    const [x, y] = centres(before).get(couple.a)!;
    // Their sibling's place: the unpinned sibling moves out of the way, the pinned person does not.
    const sibling = doc.parentChild.find(
      (l) => parents.includes(l.parent) && l.child !== couple.a && centres(before).has(l.child),
    )!.child;
    const [sx] = centres(before).get(sibling)!;
    const after = pinned(doc, couple.a, { x: sx, y });
    expect(centres(after).get(couple.a)).toEqual([sx, y]);
    expect(centres(after).get(sibling)![0]).not.toBe(sx);
    expect(symbolOverlap(after)).toBeUndefined();
    expect(x).not.toBe(sx);
  });
});
