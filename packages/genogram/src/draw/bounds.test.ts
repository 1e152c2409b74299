/**
 * The genogram's bounds builder reads paths as SVG does, whatever their spelling: every command (curves and
 * arcs where they turn), relative ones, commas and numbers without spaces — not only the M/L/H/V with single
 * spaces that geometry.ts writes today.
 */
import { describe, expect, it } from 'vitest';
import { BoundsBuilder } from './bounds.js';

/** The builder's bounds (margin 0) of one path. */
function boundsOf(d: string) {
  const b = new BoundsBuilder();
  b.shape({ type: 'path', d, stroke: 'ink' });
  return b.bounds(0);
}

describe('BoundsBuilder', () => {
  it('bounds the paths geometry.ts writes by their points, and arcs where they turn', () => {
    expect(boundsOf('M 10 20 L 30 40 H 50 V 5 Z')).toEqual({ x: 10, y: 5, width: 40, height: 35 });
    // A dome of side 40 centred on (100, 50): its half circle reaches y = 30.
    expect(boundsOf('M 80 70 L 80 50 A 20 20 0 0 1 120 50 L 120 70 Z')).toEqual({
      x: 80,
      y: 30,
      width: 40,
      height: 40,
    });
  });

  it('bounds curves by where they turn, not by their end or control points', () => {
    // A household's rounded corner and a route's bend are Q curves; the middle of this one is 20 above.
    expect(boundsOf('M 0 0 Q 50 -40 100 0')).toEqual({ x: 0, y: -20, width: 100, height: 20 });
    expect(boundsOf('M 0 0 C 0 -40 100 -40 100 0')).toEqual({ x: 0, y: -30, width: 100, height: 30 });
  });

  it('reads relative commands, commas and numbers without spaces', () => {
    expect(boundsOf('M10,20L30,40')).toEqual({ x: 10, y: 20, width: 20, height: 20 });
    expect(boundsOf('m 10 10 l 20 30 h -40 v -15')).toEqual({ x: -10, y: 10, width: 40, height: 30 });
    expect(boundsOf('M-5-5L5 5')).toEqual({ x: -5, y: -5, width: 10, height: 10 });
  });

  it('takes in rectangles and circles beside paths; nothing drawn is a box of the margin', () => {
    const b = new BoundsBuilder();
    b.shape({ type: 'rect', x: 0, y: 0, width: 10, height: 10, fill: 'paper' });
    b.shape({ type: 'circle', cx: 50, cy: 50, r: 5, fill: 'paper' });
    b.shape({ type: 'path', d: 'M 20 -10 L 30 -10', stroke: 'ink' });
    expect(b.bounds(2)).toEqual({ x: -2, y: -12, width: 59, height: 69 });
    expect(new BoundsBuilder().bounds(16)).toEqual({ x: 0, y: 0, width: 32, height: 32 });
  });
});
