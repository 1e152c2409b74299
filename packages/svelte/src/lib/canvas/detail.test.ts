import { describe, expect, it } from 'vitest';
import type { SceneEdge, SceneNode } from '@kring/scene';
import {
  cullWindow,
  EVERYWHERE,
  labelMinSize,
  NOWHERE,
  readableShapes,
  textSizes,
  visibleEdges,
  visibleNodes,
} from './detail.js';

const node = (id: string, x: number, y: number, label = false): SceneNode => ({
  id,
  kind: 'person',
  x,
  y,
  width: 40,
  height: 40,
  label: id,
  shapes: [
    { type: 'rect', x, y, width: 40, height: 40 },
    ...(label
      ? [{ type: 'text' as const, x: x + 20, y: y + 60, text: 'a long name under it', size: 12 }]
      : []),
  ],
});

describe('level of detail', () => {
  it('draws a text size only when it is at least 6 screen px', () => {
    expect(labelMinSize([10, 12], 1)).toBe(10);
    expect(labelMinSize([10, 12], 0.55)).toBe(12);
    expect(labelMinSize([10, 12], 0.4)).toBe(Infinity);
    expect(textSizes([node('a', 0, 0, true), node('b', 0, 0)])).toEqual([12]);
  });

  it("a line's texts too: a marriage label is dropped below the readable size, its line stays", () => {
    const marriage: SceneEdge = {
      id: 'm',
      kind: 'partnership',
      shapes: [
        { type: 'path', d: 'M 0 0 L 100 0' },
        { type: 'text', x: 50, y: 10, text: 'geh. 1947', size: 9 },
      ],
    };
    const sizes = textSizes([node('a', 0, 0, true)], [marriage]);
    expect(sizes).toEqual([9, 12]);
    // At zoom 1 the 9-unit label is 9 px: drawn, the very same list (nothing to redraw).
    expect(readableShapes(marriage.shapes, labelMinSize(sizes, 1))).toBe(marriage.shapes);
    // At zoom 0.55 it would be ~5 px: only the line is drawn; the node's 12-unit name (6.6 px) still is.
    const middle = labelMinSize(sizes, 0.55);
    expect(middle).toBe(12);
    expect(readableShapes(marriage.shapes, middle)).toEqual([marriage.shapes[0]]);
    // The same answer again for the same zoom threshold, not a new list.
    expect(readableShapes(marriage.shapes, middle)).toBe(readableShapes(marriage.shapes, middle));
    expect(readableShapes(marriage.shapes, labelMinSize(sizes, 0.2))).toEqual([marriage.shapes[0]]);
  });
});

describe('culling', () => {
  it('a window between one and two margins around the visible area, the same while panning within a cell', () => {
    const v = { x: -1020, y: -500, k: 2 };
    const w = cullWindow(v, 800, 600, 200);
    // Visible: x 510..910, y 250..550 (drawing units); a cell is 100 units.
    expect(w).toEqual({ x0: 400, y0: 100, x1: 1100, y1: 700 });
    expect(cullWindow({ ...v, x: -1040 }, 800, 600, 200)).toEqual(w);
    expect(cullWindow({ ...v, x: -1200 }, 800, 600, 200)).not.toEqual(w);
    expect(cullWindow(v, 0, 600, 200)).toBe(NOWHERE);
  });

  it('draws what overlaps the window (labels count) and always the symbols asked for', () => {
    const w = { x0: 0, y0: 0, x1: 100, y1: 100 };
    const nodes = [
      node('in', 10, 10),
      node('out', 500, 500),
      node('kept', 900, 900),
      node('label', 50, 60, true),
    ];
    // 'label' has its symbol box at y 60..100 and its name below: in either way.
    expect(visibleNodes(nodes, w, new Set(['kept'])).map((n) => n.id)).toEqual(['in', 'kept', 'label']);
    expect(visibleNodes(nodes, EVERYWHERE, new Set())).toBe(nodes);
    expect(visibleNodes([node('below', 0, 120, true)], w, new Set())).toEqual([]);
    const edges: SceneEdge[] = [
      { id: 'a', kind: 'tie', shapes: [{ type: 'path', d: 'M 50 50 L 400 400' }] },
      { id: 'b', kind: 'tie', shapes: [{ type: 'path', d: 'M 300 300 L 400 400' }] },
    ];
    expect(visibleEdges(edges, w).map((e) => e.id)).toEqual(['a']);
  });
});
