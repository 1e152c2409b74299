/**
 * Property tests on generated families (fast-check, fixed seed): symbols never overlap, no label lies over a
 * symbol, no emotional line (nor link to a second family) runs through a symbol but its own two, every
 * family member, every significant other (emotional line to a family member) and every person with no relation
 * yet is drawn exactly once, persons known only through ties
 * are left to the ecogram and sociogram, pinned persons stay exactly where they were put, and the same
 * document always gives a deep-equal scene.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KringDocument } from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import type { Scene } from '@kring/scene';
import { renderGenogram } from './index.js';
import { labelBoxes, lineThroughSymbol, overlaps, symbolBoxes } from './test-support/geometry.js';
import { randomFamily } from './test-support/random-family.js';

const SEED = 20261122;

function symbolOverlap(scene: Scene): string | undefined {
  const boxes = symbolBoxes(scene).sort((a, b) => a.box.left - b.box.left);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length && boxes[j]!.box.left < boxes[i]!.box.right; j++)
      if (overlaps(boxes[i]!.box, boxes[j]!.box)) return `${boxes[i]!.id} overlaps ${boxes[j]!.id}`;
  return undefined;
}

function labelOverSymbol(scene: Scene, withEdges = true): string | undefined {
  const symbols = symbolBoxes(scene);
  for (const label of labelBoxes(scene, withEdges))
    for (const s of symbols)
      if (overlaps(label.box, s.box)) return `"${label.text}" (${label.owner}) over ${s.id}`;
  return undefined;
}

/**
 * Who must be drawn: the focus's family (parent-child links, partnerships, current households, from the focus
 * on), significant others (anyone with an emotional line to a family member) and persons with no relation of
 * any kind; who must not: persons known only through ties.
 */
function drawRule(doc: KringDocument): { must: Set<string>; never: Set<string> } {
  const pairs: [string, string][] = [
    ...doc.partnerships.map((p): [string, string] => [p.a, p.b]),
    ...doc.parentChild.map((l): [string, string] => [l.parent, l.child]),
    ...doc.households
      .filter((h) => h.current === true)
      .flatMap((h) => h.members.map((m): [string, string] => [h.members[0]!, m])),
  ];
  const must = new Set([doc.focus]);
  const significant = new Set<string>();
  for (let grown = true; grown;) {
    grown = false;
    for (const [a, b] of pairs)
      if (must.has(a) !== must.has(b)) {
        must.add(must.has(a) ? b : a);
        grown = true;
      }
  }
  for (const e of doc.emotional) {
    if (must.has(e.a)) significant.add(e.b);
    if (must.has(e.b)) significant.add(e.a);
  }
  const related = new Set([
    ...pairs.flat(),
    ...doc.emotional.flatMap((e) => [e.a, e.b]),
    ...doc.multipleBirths.flatMap((g) => g.members),
  ]);
  const tied = new Set(doc.ties.flatMap((t) => [t.from, t.to]));
  for (const id of significant) must.add(id);
  const never = new Set<string>();
  for (const p of doc.persons) {
    if (!related.has(p.id) && !tied.has(p.id)) must.add(p.id);
    if (!related.has(p.id) && tied.has(p.id) && p.id !== doc.focus) never.add(p.id);
  }
  return { must, never };
}

function checkScene(doc: KringDocument, scene: Scene): void {
  const ids = scene.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const { must, never } = drawRule(doc);
  expect(doc.persons.filter((p) => must.has(p.id) && !ids.includes(p.id)).map((p) => p.id)).toEqual([]);
  expect(ids.filter((id) => never.has(id))).toEqual([]);
  expect(symbolOverlap(scene)).toBeUndefined();
  expect(labelOverSymbol(scene)).toBeUndefined();
  // Emotional lines and links to a second family go around every symbol but their own two.
  expect(lineThroughSymbol(scene, ['emotional', 'descent'])).toBeUndefined();
}

describe('genogram properties', () => {
  it('draws synthetic families cleanly and deterministically', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 120 }), fc.integer({ min: 1, max: 1_000_000 }), (n, seed) => {
        const doc = syntheticFamily(n, seed);
        const scene = renderGenogram(doc, { locale: 'en' });
        checkScene(doc, scene);
        expect(renderGenogram(structuredClone(doc), { locale: 'en' })).toEqual(scene);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('draws awkward hand-rolled families cleanly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 1_000_000 }), (n, seed) => {
        const doc = randomFamily(seed, n);
        for (const symbols of ['mcgoldrick', 'nsgc'] as const) {
          doc.options.symbols = symbols;
          checkScene(doc, renderGenogram(doc, { locale: 'nl' }));
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('keeps pinned persons exactly where they were put, without overlap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 80 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(
          fc.record({
            who: fc.nat(),
            dx: fc.integer({ min: 0, max: 150 }),
            y: fc.integer({ min: 0, max: 500 }),
          }),
          { maxLength: 5 },
        ),
        (n, seed, pins) => {
          const doc = syntheticFamily(n, seed);
          const positions: Record<string, { x: number; y: number }> = {};
          pins.forEach((pin, i) => {
            const id = doc.persons[pin.who % doc.persons.length]!.id;
            if (!(id in positions)) positions[id] = { x: 100 + 400 * i + pin.dx + 0.25, y: pin.y };
          });
          doc.layouts.genogram = { positions };
          const scene = renderGenogram(doc, { locale: 'en' });
          for (const [id, p] of Object.entries(positions)) {
            const node = scene.nodes.find((m) => m.id === id)!;
            expect([node.x + node.width / 2, node.y + node.height / 2, node.pinned]).toEqual([
              p.x,
              p.y,
              true,
            ]);
          }
          expect(scene.nodes.filter((m) => m.pinned)).toHaveLength(Object.keys(positions).length);
          expect(symbolOverlap(scene)).toBeUndefined();
          // Couple labels sit between partners, wherever the user pinned them; person labels never cover a symbol.
          expect(labelOverSymbol(scene, false)).toBeUndefined();
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
  });
});
