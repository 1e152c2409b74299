import { describe, expect, it } from 'vitest';
import { shapeBounds } from './shape-bounds.js';

describe('shapeBounds', () => {
  it('widens each shape by half its stroke (0.5 when unset) and joins them', () => {
    expect(
      shapeBounds([
        { type: 'rect', x: 0, y: 0, width: 10, height: 10, stroke: 'ink', strokeWidth: 2 },
        { type: 'circle', cx: 30, cy: 5, r: 5, fill: 'ink' },
      ]),
    ).toEqual({ x: -1, y: -1, width: 36.5, height: 12 });
  });

  it("bounds a path by its drawn geometry: an arc's radii and flags are no points", () => {
    // The dome of side 40 about (100, 50) with a stroke of 2: its half circle reaches up to y = 30.
    const dome = {
      type: 'path',
      d: 'M 80 70 L 80 50 A 20 20 0 0 1 120 50 L 120 70 Z',
      stroke: 'ink',
    } as const;
    expect(shapeBounds([{ ...dome, strokeWidth: 2 }])).toEqual({ x: 79, y: 29, width: 42, height: 42 });
  });

  it('is empty for no shapes, and for path data that draws nothing', () => {
    expect(shapeBounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    expect(shapeBounds([{ type: 'path', d: 'L 5 5', stroke: 'ink' }])).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    });
  });
});
