import type { SceneNode } from '@kring/scene';
import { describe, expect, it } from 'vitest';
import { nodeBounds } from './detail.js';
import { freeSide, nearTop, rowCover, uncover } from './row-corner.js';

describe('uncover: a selected symbol under the floating context row', () => {
  // A row 300×40 px at (8, 8) of the canvas; the drawing shown at zoom 2, its origin at (100, 50).
  const v = { x: 100, y: 50, k: 2 };
  const row = { x: 8, y: 8, width: 300, height: 40 };

  it('leaves the drawing where it is when nothing selected is under the row or within its margin', () => {
    // On screen at (100 + 2·150, 50 + 2·10) = (400, 70): right of the row and its 8 px margin.
    expect(uncover(v, [{ x: 150, y: 10, width: 20, height: 20 }], row)).toBe(v);
    // Below it: top at 50 + 2·3 = 56 = 8 + 40 + 8.
    expect(uncover(v, [{ x: -40, y: 3, width: 20, height: 20 }], row)).toBe(v);
    expect(uncover(v, [], row)).toBe(v);
  });

  it('moves the drawing down just below the row when that is the shorter way', () => {
    // On screen (20, 30)–(60, 70): 26 px down clears the row's bottom (48) and margin; 296 px across.
    const moved = uncover(v, [{ x: -40, y: -10, width: 20, height: 20 }], row);
    expect(moved).toEqual({ x: 100, y: 76, k: 2 });
    expect(uncover(moved, [{ x: -40, y: -10, width: 20, height: 20 }], row)).toBe(moved);
  });

  it('moves the drawing across when the symbol is at the row’s right end', () => {
    // On screen (300, 10)–(340, 50): 16 px across clears the row's right end (308) and margin; 46 down.
    expect(uncover(v, [{ x: 100, y: -20, width: 20, height: 20 }], row)).toEqual({ x: 116, y: 50, k: 2 });
  });

  it('clears every selected symbol at once (their common top or left)', () => {
    const boxes = [
      { x: -40, y: -10, width: 20, height: 20 },
      { x: -30, y: -20, width: 10, height: 10 },
    ];
    // The higher one's top at 10 px: 46 down.
    expect(uncover(v, boxes, row)).toEqual({ x: 100, y: 96, k: 2 });
  });
});

describe('freeSide: the upper corner the context row floats in', () => {
  const v = { x: 0, y: 0, k: 1 };
  const size = { width: 200, height: 40 };

  it('is the left one while it is free, or when the right one is no freer', () => {
    expect(freeSide(v, [{ x: 400, y: 20, width: 50, height: 50 }], size, 1000)).toBe('left');
    expect(freeSide(v, [], size, 1000)).toBe('left');
    const both = [
      { x: 100, y: 20, width: 50, height: 50 },
      { x: 900, y: 20, width: 50, height: 50 },
    ];
    expect(freeSide(v, both, size, 1000)).toBe('left');
  });

  it('is the right one when the left one covers a symbol the right one does not', () => {
    expect(freeSide(v, [{ x: 100, y: 20, width: 50, height: 50 }], size, 1000)).toBe('right');
    // The same symbol, shown further down by the viewport, is out of the row's way.
    expect(freeSide({ x: 0, y: 100, k: 1 }, [{ x: 100, y: 20, width: 50, height: 50 }], size, 1000)).toBe(
      'left',
    );
  });

  it('places the right one at the right edge, never past the left inset', () => {
    expect(rowCover('right', size, 1000)).toEqual({ x: 792, y: 8, width: 200, height: 40 });
    expect(rowCover('right', size, 150)).toEqual({ x: 8, y: 8, width: 200, height: 40 });
    expect(rowCover('left', size, 1000)).toEqual({ x: 8, y: 8, width: 200, height: 40 });
  });
});

describe('the boxes a row at the top may cover', () => {
  const node = (id: string, y: number, shapes: SceneNode['shapes'] = []): SceneNode => ({
    id,
    kind: 'person',
    x: 100,
    y,
    width: 40,
    height: 40,
    label: id,
    shapes,
  });

  it('a symbol with its labels, not the radii of an arc in its pie slice', () => {
    const ria = node('ria', 182, [
      { type: 'path', d: 'M 120 202 L 100 202 A 20 20 0 0 1 120 182 Z', fill: 'fill1', stroke: 'none' },
      { type: 'text', x: 120, y: 237, text: 'Ria Bakker', size: 11, anchor: 'middle', baseline: 'hanging' },
    ]);
    // Her quarter of the symbol (stroke allowance 0.5) and her name below it.
    const [box] = nearTop({ x: 0, y: -150, k: 1 }, [ria], 50, 1000);
    expect(box).toEqual(nodeBounds(ria));
    expect(box!.y).toBe(181.5);
    expect(box!.x).toBeGreaterThan(60);
    expect(box!.y + box!.height).toBeGreaterThan(237 + 11);
  });

  it('only the nodes near the top edge at this viewport, not those below, above or beside the canvas', () => {
    const nodes = [node('top', 10), node('far', 500)];
    expect(nearTop({ x: 0, y: 0, k: 1 }, nodes, 50, 1000).map((b) => b.y)).toEqual([10]);
    // Scrolled down: "far" is at the top edge now, "top" far above the canvas.
    expect(nearTop({ x: 0, y: -480, k: 1 }, nodes, 50, 1000).map((b) => b.y)).toEqual([500]);
    // Scrolled sideways: both beside the canvas.
    expect(nearTop({ x: -2000, y: 0, k: 1 }, nodes, 50, 1000)).toEqual([]);
    expect(nearTop({ x: 2000, y: 0, k: 1 }, nodes, 50, 1000)).toEqual([]);
  });
});
