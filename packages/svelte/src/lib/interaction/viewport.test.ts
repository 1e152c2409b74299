import { describe, expect, it } from 'vitest';
import { pinch, reveal, toDrawing, type Viewport } from '../canvas/viewport.js';

const v: Viewport = { x: 100, y: 50, k: 2 };

describe('reveal', () => {
  it('leaves the viewport alone when the box is already visible', () => {
    expect(reveal(v, { x: 0, y: 0, width: 20, height: 20 }, 800, 600)).toBe(v);
  });

  it('pans just enough to bring a box right of the canvas inside, with the margin', () => {
    const next = reveal(v, { x: 400, y: 0, width: 20, height: 20 }, 800, 600, 48);
    expect(next.k).toBe(2);
    expect(next.y).toBe(50);
    // The box's right edge now lies 48 px inside the right edge of the canvas.
    expect((400 + 20) * next.k + next.x).toBeCloseTo(800 - 48);
  });

  it('pans a box above and left of the canvas down and right', () => {
    const next = reveal(v, { x: -200, y: -100, width: 10, height: 10 }, 800, 600, 48);
    expect(-200 * next.k + next.x).toBeCloseTo(48);
    expect(-100 * next.k + next.y).toBeCloseTo(48);
  });

  it('centres a box larger than the canvas', () => {
    const next = reveal({ x: 0, y: 0, k: 1 }, { x: 0, y: 0, width: 2000, height: 10 }, 800, 600, 48);
    expect(1000 + next.x).toBeCloseTo(400);
  });
});

describe('pinch', () => {
  const a0 = { x: 100, y: 100 };
  const b0 = { x: 300, y: 100 };

  it('zooms by the change of distance between the two pointers', () => {
    const next = pinch(v, a0, b0, { x: 0, y: 100 }, { x: 400, y: 100 });
    expect(next.k).toBeCloseTo(4);
  });

  it('keeps the drawing point under the midpoint under it', () => {
    const before = toDrawing(v, 200, 100);
    const next = pinch(v, a0, b0, { x: 50, y: 100 }, { x: 350, y: 100 });
    const after = toDrawing(next, 200, 100);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('pans with two fingers moved together', () => {
    const next = pinch(v, a0, b0, { x: 130, y: 80 }, { x: 330, y: 80 });
    expect(next).toEqual({ k: 2, x: 130, y: 30 });
  });

  it('keeps the zoom within its limits', () => {
    expect(pinch(v, a0, b0, { x: 199, y: 100 }, { x: 200, y: 100 }).k).toBe(0.1);
  });
});
