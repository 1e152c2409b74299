/**
 * Where the context row floats over a wide editor's drawing (toolbar/ContextRow.svelte): the upper corner
 * that covers the fewest symbols, and the viewport moved just enough that the selection is not under it.
 * Pure functions over canvas px and drawing boxes, so they are testable without a browser.
 */
import type { Bounds, SceneNode } from '@kring/scene';
import { nodeBounds } from './detail.js';
import type { Viewport } from './viewport.js';

/**
 * The symbols with their labels (nodeBounds) of the nodes whose symbol lies within `reach` screen px of
 * the top `band` px of a `width`-wide canvas at viewport `v`: those a row along the top edge may cover. The
 * others are not measured (of a map of thousands few are near the top edge; most lie below or off screen).
 */
export function nearTop(
  v: Viewport,
  nodes: readonly SceneNode[],
  band: number,
  width: number,
  reach = 80,
): Bounds[] {
  const out: Bounds[] = [];
  for (const n of nodes) {
    const x = n.x * v.k + v.x;
    const y = n.y * v.k + v.y;
    if (y < band + reach && y + n.height * v.k > -reach && x < width + reach && x + n.width * v.k > -reach)
      out.push(nodeBounds(n));
  }
  return out;
}

/**
 * The viewport moved (not zoomed) just enough that none of the drawing boxes `boxes` lies under `cover` (a
 * rectangle in canvas px, such as the context row floating over the drawing's corner) or within `margin` px
 * of it: down below it or across to its right, whichever moves the drawing less. When none is under it, `v`
 * itself (the drawing does not move).
 */
export function uncover(
  v: Viewport,
  boxes: readonly { x: number; y: number; width: number; height: number }[],
  cover: { x: number; y: number; width: number; height: number },
  margin = 8,
): Viewport {
  const left = cover.x - margin;
  const top = cover.y - margin;
  const right = cover.x + cover.width + margin;
  const bottom = cover.y + cover.height + margin;
  let first = { x: Infinity, y: Infinity };
  let under = false;
  for (const b of boxes) {
    const x0 = b.x * v.k + v.x;
    const y0 = b.y * v.k + v.y;
    const x1 = x0 + b.width * v.k;
    const y1 = y0 + b.height * v.k;
    under ||= x0 < right && x1 > left && y0 < bottom && y1 > top;
    first = { x: Math.min(first.x, x0), y: Math.min(first.y, y0) };
  }
  if (!under) return v;
  const down = bottom - first.y;
  const across = right - first.x;
  return down <= across ? { ...v, y: v.y + down } : { ...v, x: v.x + across };
}

/** Where the context row floats: the drawing's upper left or upper right corner. */
export type RowSide = 'left' | 'right';

/**
 * The rectangle (canvas px) a `size` row takes in a `width`-wide canvas on `side`, `inset` px from the edges.
 */
export function rowCover(
  side: RowSide,
  size: { width: number; height: number },
  width: number,
  inset = 8,
): { x: number; y: number; width: number; height: number } {
  const x = side === 'left' ? inset : Math.max(inset, width - inset - size.width);
  return { x, y: inset, width: size.width, height: size.height };
}

/**
 * The upper corner where a `size` row covers the fewest of the drawing boxes `boxes` (symbols with their
 * labels) in a `width`-wide canvas: the left one unless the right one covers fewer.
 */
export function freeSide(
  v: Viewport,
  boxes: readonly { x: number; y: number; width: number; height: number }[],
  size: { width: number; height: number },
  width: number,
  inset = 8,
): RowSide {
  const covered = (side: RowSide) => {
    const c = rowCover(side, size, width, inset);
    let n = 0;
    for (const b of boxes) {
      const x0 = b.x * v.k + v.x;
      const y0 = b.y * v.k + v.y;
      if (x0 < c.x + c.width && x0 + b.width * v.k > c.x && y0 < c.y + c.height && y0 + b.height * v.k > c.y)
        n++;
    }
    return n;
  };
  const left = covered('left');
  return left > 0 && covered('right') < left ? 'right' : 'left';
}
