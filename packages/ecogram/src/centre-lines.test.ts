/**
 * The small genogram in the household circle: its partner and descent lines keep off the members' names, as
 * in the genogram (the partner line under the symbols, the names under it, a single parent's line turning
 * down beside their name). The lines used to run straight through the names ("Erik Jansen—Marieke",
 * "Ria·Bakker", "Sanne de Jong" cut by the line down to her children).
 */
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { textWidth, type Scene, type TextShape } from '@kring/scene';
import { describe, expect, it } from 'vitest';
import { renderEcogram } from './render-ecogram.js';
import { documentWith } from './test-support/documents.js';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function textBox(t: TextShape): Box {
  const w = textWidth(t.text, t.size, t.weight === 'bold');
  const left = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
  const top =
    t.baseline === 'hanging' ? t.y : t.baseline === 'middle' ? t.y - t.size / 2 : t.y - t.size * 0.8;
  return { left, top, right: left + w, bottom: top + t.size };
}

/** The corners of an `M x y L x y …` path (the centre's lines are orthogonal polylines). */
function corners(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Does the segment a–b (horizontal or vertical) pass through the inside of the box? */
function crosses(a: [number, number], b: [number, number], box: Box): boolean {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return x0 < box.right && x1 > box.left && y0 < box.bottom && y1 > box.top;
}

/** Every name of a household member that a line of the household circle runs through. */
function namesCrossed(scene: Scene): string[] {
  const household = scene.nodes.find((n) => n.kind === 'household');
  if (!household) return [];
  const lines = household.shapes.flatMap((s) => (s.type === 'path' ? [corners(s.d)] : []));
  const out: string[] = [];
  for (const member of scene.nodes.filter((n) => n.kind === 'person'))
    for (const name of member.shapes) {
      if (name.type !== 'text') continue;
      const box = textBox(name);
      for (const line of lines)
        for (let i = 1; i < line.length; i++)
          if (crosses(line[i - 1]!, line[i]!, box)) out.push(`${member.id}: "${name.text}"`);
    }
  return out;
}

const examples: [string, KringDocument][] = EXAMPLES.map((e) => {
  const read = readDocument(e.document);
  if (!read.ok) throw new Error(`${e.slug} does not read`);
  return [e.slug, read.document];
});

/** Two partners with a child of both, and one of them with a child of their own (as Noor at her aunt's). */
const blended = documentWith({
  persons: [
    { id: 'a', name: 'Marieke Jansen', gender: 'woman', birth: '1979' },
    { id: 'b', name: 'Erik Jansen', gender: 'man', birth: '1976' },
    { id: 'c', name: 'Lotte Jansen', gender: 'woman', birth: '2010' },
  ],
  partnerships: [{ id: 'u', a: 'b', b: 'a', type: 'marriage', events: [] }],
  parentChild: [
    { id: 'pc1', parent: 'a', child: 'c', kind: 'biological' },
    { id: 'pc2', parent: 'b', child: 'c', kind: 'biological' },
    { id: 'pc3', parent: 'a', child: 'f', kind: 'guardian' },
  ],
  households: [{ id: 'h', members: ['a', 'b', 'c', 'f'], current: true }],
});

/** A single parent with two children: the line down to them used to cut her name in two. */
const single = documentWith({
  persons: [
    { id: 'm', name: 'Sanne de Jong', gender: 'woman', birth: '1989' },
    { id: 'd', name: 'Daan de Jong', gender: 'man', birth: '2017' },
  ],
  parentChild: [
    { id: 'pc1', parent: 'm', child: 'f', kind: 'biological' },
    { id: 'pc2', parent: 'm', child: 'd', kind: 'biological' },
  ],
  households: [{ id: 'h', members: ['m', 'f', 'd'], current: true }],
});

describe('the household circle’s lines keep off the names', () => {
  it.each(examples)('%s, in Dutch and English', (_, document) => {
    for (const locale of ['nl', 'en'] as const)
      expect(namesCrossed(renderEcogram(document, { locale }))).toEqual([]);
  });

  it.each([
    ['partners with a child of both and one of her own', blended],
    ['a single parent with two children', single],
  ])('%s', (_, document) => {
    const scene = renderEcogram(document, { locale: 'nl' });
    expect(scene.nodes.find((n) => n.kind === 'household')!.shapes.length).toBeGreaterThan(2);
    expect(namesCrossed(scene)).toEqual([]);
  });
});
