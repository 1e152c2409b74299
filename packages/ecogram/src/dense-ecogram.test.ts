import { describe, expect, it } from 'vitest';
import { textWidth, type Shape } from '@kring/scene';
import { renderEcogram } from './render-ecogram.js';
import { SATELLITE_R } from './satellite-glyph.js';
import { denseDocument } from './test-support/dense.js';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const textBox = (s: Extract<Shape, { type: 'text' }>): Box => {
  const w = textWidth(s.text, s.size, s.weight === 'bold');
  const x0 = s.anchor === 'middle' ? s.x - w / 2 : s.anchor === 'end' ? s.x - w : s.x;
  const y0 = s.baseline === 'middle' ? s.y - s.size / 2 : s.baseline === 'hanging' ? s.y : s.y - s.size;
  return { x0, y0, x1: x0 + w, y1: y0 + s.size };
};
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const boxHitsCircle = (b: Box, c: { cx: number; cy: number; r: number }) =>
  Math.hypot(Math.min(Math.max(c.cx, b.x0), b.x1) - c.cx, Math.min(Math.max(c.cy, b.y0), b.y1) - c.cy) < c.r;
/** The points of a path made of M/L/Q commands, the curves sampled. */
function pathPoints(d: string): { x: number; y: number }[] {
  const parts = d.match(/[MLQ][^MLQ]*/g) ?? [];
  const out: { x: number; y: number }[] = [];
  for (const part of parts) {
    const n = part
      .slice(1)
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (part[0] === 'Q') {
      const p = out[out.length - 1]!;
      for (let i = 1; i <= 40; i++) {
        const t = i / 40;
        out.push({
          x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * n[0]! + t * t * n[2]!,
          y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * n[1]! + t * t * n[3]!,
        });
      }
    } else out.push({ x: n[0]!, y: n[1]! });
  }
  return out;
}
const segmentDistance = (
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
) => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
};

describe('renderEcogram with the client alone and 40 satellites', () => {
  const document = denseDocument(40);
  const scene = renderEcogram(document, { locale: 'nl' });
  const letters = scene.edges.flatMap((e) =>
    e.shapes.flatMap((s) => (s.type === 'text' ? [{ edge: e.id, box: textBox(s) }] : [])),
  );
  const satellites = scene.nodes.filter((n) => n.id !== 'f');

  it('draws all satellites and writes letters for every tie with support', () => {
    expect(satellites).toHaveLength(40);
    // Every centre tie carries received and given letters.
    expect(letters.length).toBe(80);
  });

  it('puts no letter over another letter', () => {
    for (let i = 0; i < letters.length; i++) {
      for (let j = i + 1; j < letters.length; j++) {
        expect(overlap(letters[i]!.box, letters[j]!.box), `${letters[i]!.edge} / ${letters[j]!.edge}`).toBe(
          false,
        );
      }
    }
  });

  it('puts no letter over a name or a symbol', () => {
    for (const n of scene.nodes) {
      for (const s of n.shapes) {
        for (const l of letters) {
          if (s.type === 'text') expect(overlap(l.box, textBox(s)), `${l.edge} on ${n.id}`).toBe(false);
          if (s.type === 'circle') expect(boxHitsCircle(l.box, s), `${l.edge} on ${n.id}`).toBe(false);
        }
      }
    }
  });

  it('runs no tie through a satellite other than its ends', () => {
    for (const e of scene.edges) {
      const main = e.shapes[0]!;
      if (main.type !== 'path') throw new Error('a tie starts with its line');
      const points = pathPoints(main.d);
      for (const n of satellites) {
        if (n.id === e.from || n.id === e.to) continue;
        const c = { x: n.x + n.width / 2, y: n.y + n.height / 2 };
        for (let i = 1; i < points.length; i++) {
          const d = segmentDistance(c, points[i - 1]!, points[i]!);
          // Grazing the outline (a few units) is allowed; passing through the circle is not.
          expect(d, `${e.id} through ${n.id}`).toBeGreaterThanOrEqual(SATELLITE_R - 4);
        }
      }
    }
  });

  it('is deterministic', () => {
    expect(renderEcogram(denseDocument(40), { locale: 'nl' })).toEqual(scene);
  });
});
