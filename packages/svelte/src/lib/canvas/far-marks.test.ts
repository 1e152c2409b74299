import { describe, expect, it } from 'vitest';
import type { PathShape, SceneEdge, SceneNode } from '@kring/scene';
import { farDrawing, isFar, MARK_MAX_PX, markOf, symbolSize } from './far-marks.js';

const man = (id: string, x: number, dead = false): SceneNode => ({
  id,
  kind: 'person',
  x,
  y: 0,
  width: 40,
  height: 40,
  label: id,
  shapes: [
    { type: 'rect', x, y: 0, width: 40, height: 40, fill: 'paper', strokeWidth: 1.6 },
    ...(dead ? [{ type: 'path' as const, d: `M ${x} 0 L ${x + 40} 40`, strokeWidth: 1.4 }] : []),
    { type: 'text', x: x + 20, y: 56, text: id, size: 11 },
  ],
});
const woman = (id: string, x: number): SceneNode => ({
  ...man(id, x),
  shapes: [
    { type: 'circle', cx: x + 20, cy: 20, r: 20, fill: 'paper', strokeWidth: 1.6 },
    { type: 'text', x: x + 20, y: 56, text: id, size: 11 },
  ],
});
const line = (id: string, d: string, extra: Partial<PathShape> = {}): SceneEdge => ({
  id,
  kind: 'partnership',
  from: 'a',
  to: 'b',
  shapes: [
    { type: 'path', d, strokeWidth: 1.6, ...extra },
    { type: 'text', x: 0, y: 0, text: 'm. 1840', size: 9.5 },
  ],
});

describe('far away', () => {
  it('is when a symbol is under MARK_MAX_PX on screen', () => {
    const nodes = [man('a', 0), man('b', 60), { ...man('c', 120), height: 200 }];
    expect(symbolSize(nodes)).toBe(40);
    expect(symbolSize([])).toBe(0);
    expect(isFar(0.1, 40)).toBe(true);
    expect(isFar(MARK_MAX_PX / 40, 40)).toBe(false);
    expect(isFar(0.01, 0)).toBe(false);
  });

  it('a symbol is its outline: no inner shapes, no texts', () => {
    expect(markOf(man('a', 0, true))).toEqual(man('a', 0).shapes[0]);
    expect(markOf({ ...man('a', 0), shapes: [{ type: 'text', x: 0, y: 0, text: 'a', size: 11 }] })).toBe(
      undefined,
    );
  });

  it('draws the marks and lines of one style as one path, texts left out, greyed out apart', () => {
    const nodes = [man('a', 0, true), woman('b', 60), man('c', 120), woman('d', 180)];
    const edges = [
      line('e1', 'M 40 20 L 60 20'),
      line('e2', 'M 160 20 L 180 20'),
      line('e3', 'M 0 0 L 1 1', { stroke: 'negative', dash: [4, 3] }),
    ];
    const far = farDrawing(
      nodes,
      edges,
      (n) => n.id === 'd',
      (e) => e.id === 'e2',
    );
    // Squares and circles share a style (paper fill, ink outline 1.6): one path for the three drawn normally.
    expect(far.marks).toEqual([
      {
        type: 'path',
        fill: 'paper',
        strokeWidth: 1.6,
        d:
          'M 0 0 H 40 V 40 H 0 Z ' +
          'M 60 20 A 20 20 0 1 0 100 20 A 20 20 0 1 0 60 20 Z ' +
          'M 120 0 H 160 V 40 H 120 Z',
      },
    ]);
    expect(far.dimmedMarks).toEqual([
      {
        type: 'path',
        fill: 'paper',
        strokeWidth: 1.6,
        d: 'M 180 20 A 20 20 0 1 0 220 20 A 20 20 0 1 0 180 20 Z',
      },
    ]);
    expect(far.lines).toEqual([
      { type: 'path', strokeWidth: 1.6, d: 'M 40 20 L 60 20' },
      { type: 'path', strokeWidth: 1.6, stroke: 'negative', dash: [4, 3], d: 'M 0 0 L 1 1' },
    ]);
    expect(far.dimmedLines).toEqual([{ type: 'path', strokeWidth: 1.6, d: 'M 160 20 L 180 20' }]);
  });

  it('the path data stays within what the canvas draws (absolute M H V A L Z and numbers)', () => {
    const far = farDrawing([man('a', -12.5), woman('b', 1e-7)], []);
    for (const shape of far.marks) expect(shape.d).toMatch(/^[MLHVCQAZ0-9eE.,+\- ]*$/);
  });
});
