/**
 * The cross or slash over a deceased person's symbol stops short of the years written above it. It reached
 * 3 units past the symbol's corners, into the digits of the years (Mila's grandmother Ineke: the slash through
 * "2016"; the Bakkers' grandparents: the cross's arms on "1940 2010").
 */
import type { KringDocument } from '@kring/core';
import type { Scene, TextShape } from '@kring/scene';
import { describe, expect, it } from 'vitest';
import { renderGenogram } from './index.js';
import { coupleWithTwoChildren } from './test-support/documents.js';
import { EXAMPLES_AND_SYNTHETIC_200 } from './test-support/example-documents.js';
import { pathPoints, textBox } from './test-support/geometry.js';

/** Every year of a person that a straight stroke of their own symbol (the death mark) runs into. */
function yearsStruck(scene: Scene): string[] {
  const out: string[] = [];
  for (const n of scene.nodes) {
    const years = n.shapes.filter((s): s is TextShape => s.type === 'text' && s.y < n.y);
    const strokes = n.shapes.filter(
      (s) => s.type === 'path' && (s.fill ?? 'none') === 'none' && /^[ML\d.\s-]+$/.test(s.d),
    );
    for (const year of years) {
      const b = textBox(year);
      for (const stroke of strokes)
        if (
          stroke.type === 'path' &&
          pathPoints(stroke.d, 0.5).some(([x, y]) => x > b.left && x < b.right && y > b.top && y < b.bottom)
        )
          out.push(`${n.id} ${year.text}`);
    }
  }
  return out;
}

/** Both parents deceased (a man and a woman, so a square and a circle), with birth and death years. */
function deceasedParents(mark: 'x' | 'slash'): KringDocument {
  const doc = coupleWithTwoChildren();
  doc.options.deathMark = mark;
  for (const p of doc.persons)
    if (p.id === 'jan' || p.id === 'els') {
      p.death = '2020';
      p.lifeStatus = 'deceased';
    }
  return doc;
}

describe("a death mark keeps off the person's years", () => {
  it.each(EXAMPLES_AND_SYNTHETIC_200.slice(0, 3))('%s', (_, document) => {
    expect(yearsStruck(renderGenogram(document, { locale: 'nl' }))).toEqual([]);
  });

  it.each(['x', 'slash'] as const)('%s over a square and a circle', (mark) => {
    const scene = renderGenogram(deceasedParents(mark), { locale: 'en' });
    const marked = scene.nodes.filter((n) => n.shapes.some((s) => s.type === 'path' && s.stroke === 'ink'));
    expect(marked.map((n) => n.id).sort()).toEqual(['els', 'jan']);
    expect(yearsStruck(scene)).toEqual([]);
  });
});
