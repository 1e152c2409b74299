/**
 * Twins' birth years stay readable: co-born children's lines slant from the apex they share down to above
 * the year labels, then drop straight between the years as every child's line does. They used to run
 * straight to the symbol's top, through the digits of the right twin's birth year (Noor's Thomas "2001",
 * Mila's Sara "2016").
 */
import type { KringDocument, MultipleBirth } from '@kring/core';
import type { Scene, TextShape } from '@kring/scene';
import { describe, expect, it } from 'vitest';
import { renderGenogram } from './index.js';
import { childOf, coupleWithTwoChildren, person } from './test-support/documents.js';
import { EXAMPLES_AND_SYNTHETIC_200 } from './test-support/example-documents.js';
import { pathPoints, textBox, type Box } from './test-support/geometry.js';

/** The year labels (birth and death, above the symbols) of the drawing's persons, by person. */
function yearBoxes(scene: Scene): { id: string; text: string; box: Box }[] {
  return scene.nodes.flatMap((n) =>
    n.shapes
      .filter((s): s is TextShape => s.type === 'text' && s.y < n.y && s.fill === 'muted')
      .map((s) => ({ id: n.id, text: s.text, box: textBox(s) })),
  );
}

/** Every year label a descent or twin line runs through, as "person year (line)". */
function yearsCrossed(scene: Scene): string[] {
  const years = yearBoxes(scene);
  const out: string[] = [];
  for (const e of scene.edges) {
    if (e.kind !== 'descent' && e.kind !== 'multiple-birth') continue;
    for (const s of e.shapes) {
      if (s.type !== 'path') continue;
      const points = pathPoints(s.d, 1);
      for (const { id, text, box: b } of years)
        if (
          points.some(
            ([x, y]) => x > b.left + 0.5 && x < b.right - 0.5 && y > b.top + 0.5 && y < b.bottom - 0.5,
          )
        )
          out.push(`${id} ${text} (${e.kind} ${e.id})`);
    }
  }
  return [...new Set(out)];
}

/** A couple with twins (or triplets) of the given zygosity between two other children. */
function twins(zygosity: MultipleBirth['zygosity'], count: number): KringDocument {
  const doc = coupleWithTwoChildren();
  const m = doc.partnerships[0]!;
  const ids = Array.from({ length: count }, (_, i) => `t${i}`);
  for (const id of ids) {
    const died = id === 't0' ? { death: '2020' } : {};
    doc.persons.push(person(id, id === 't1' ? 'man' : 'woman', '1991', { name: `Twin ${id}`, ...died }));
    doc.parentChild.push(...childOf(m, id));
  }
  doc.multipleBirths.push({ id: 'mb', members: ids, zygosity });
  return doc;
}

describe('no line runs through a year label', () => {
  it.each(EXAMPLES_AND_SYNTHETIC_200.slice(0, 3))('%s', (_, document) => {
    for (const locale of ['nl', 'en'] as const)
      expect(yearsCrossed(renderGenogram(document, { locale }))).toEqual([]);
  });

  it.each([
    ['fraternal twins', twins('dizygotic', 2)],
    ['identical twins (their bar too)', twins('monozygotic', 2)],
    ['triplets of unknown zygosity', twins('unknown', 3)],
  ])('%s', (_, document) => {
    const scene = renderGenogram(document, { locale: 'nl' });
    expect(yearBoxes(scene).filter((y) => y.id.startsWith('t')).length).toBeGreaterThan(2);
    expect(yearsCrossed(scene)).toEqual([]);
  });
});
