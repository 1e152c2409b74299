/**
 * What the canvas draws at a zoom and pan (not what the scene holds, nor what the SVG export writes):
 * - level of detail: a text (a node's or a line's) is drawn only when it is readable on screen
 *   (LABEL_MIN_PX or larger), so far away the symbols and lines stand without their labels;
 * - culling: only what lies inside the visible area grown by a margin is drawn. The window is kept while the
 *   same while the view pans within a grid cell (so panning a little redraws nothing), and the caller always
 *   draws the symbols that hold the keyboard or the selection.
 * Pure functions, testable without a browser.
 */
import type { Bounds, SceneEdge, SceneNode, Shape } from '@kring/scene';
import { drawnAs } from '../state/scene-delta.js';
import { boxOf } from './shape-box.js';
import type { Viewport } from './viewport.js';

/** Texts smaller than this on screen (CSS px) are not drawn. */
export const LABEL_MIN_PX = 6;

/** The culling window: a drawing-units rectangle (x0, y0)–(x1, y1). */
export interface CullWindow {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Everything: nothing is culled. */
export const EVERYWHERE: CullWindow = { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
/** Nowhere, for a canvas without a size yet (it shows nothing; the symbols that must be drawn still are). */
export const NOWHERE: CullWindow = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };

/**
 * The smallest text size (drawing units) drawn at zoom `k`, chosen among the sizes the scene uses: the
 * result changes only when the zoom crosses one of them, so zooming redraws labels only then.
 */
export function labelMinSize(sizes: readonly number[], k: number): number {
  let min = Infinity;
  for (const s of sizes) if (s * k >= LABEL_MIN_PX && s < min) min = s;
  return min;
}

/** The text sizes used by the nodes' and the lines' shapes, ascending. */
export function textSizes(nodes: readonly SceneNode[], edges: readonly SceneEdge[] = []): number[] {
  const sizes = new Set<number>();
  for (const n of nodes) for (const s of n.shapes) if (s.type === 'text') sizes.add(s.size);
  for (const e of edges) for (const s of e.shapes) if (s.type === 'text') sizes.add(s.size);
  return [...sizes].sort((a, b) => a - b);
}

const readable = new WeakMap<readonly Shape[], { min: number; shapes: readonly Shape[] }>();

/**
 * A line's shapes without its texts smaller than `min` (drawing units; e.g. a marriage's "geh. 1947",
 * unreadable at a middle zoom). The same list when none is dropped, and cached per list and `min`, so a
 * zoom that crosses no threshold hands the line the same shapes and redraws nothing.
 */
export function readableShapes(shapes: readonly Shape[], min: number): readonly Shape[] {
  const hit = readable.get(shapes);
  if (hit?.min === min) return hit.shapes;
  const kept = shapes.filter((s) => s.type !== 'text' || s.size >= min);
  const out = kept.length === shapes.length ? shapes : kept;
  readable.set(shapes, { min, shapes: out });
  return out;
}

/** The visible area of a width×height canvas in drawing units, grown by `margin` screen px on every side. */
export function viewWindow(v: Viewport, width: number, height: number, margin: number): CullWindow {
  if (width <= 0 || height <= 0) return NOWHERE;
  return {
    x0: (-margin - v.x) / v.k,
    y0: (-margin - v.y) / v.k,
    x1: (width + margin - v.x) / v.k,
    y1: (height + margin - v.y) / v.k,
  };
}

/**
 * The culling window for viewport `v`: the visible area grown to a grid of `margin` screen px cells, plus
 * one cell on every side (so between `margin` and twice that around what is seen). A function of the
 * viewport alone (a canvas drawn afresh draws the same), and panning within a cell keeps the same window,
 * so nothing is redrawn.
 */
export function cullWindow(v: Viewport, width: number, height: number, margin: number): CullWindow {
  const seen = viewWindow(v, width, height, 0);
  if (seen === NOWHERE) return NOWHERE;
  const cell = margin / v.k;
  return {
    x0: (Math.floor(seen.x0 / cell) - 1) * cell,
    y0: (Math.floor(seen.y0 / cell) - 1) * cell,
    x1: (Math.ceil(seen.x1 / cell) + 1) * cell,
    y1: (Math.ceil(seen.y1 / cell) + 1) * cell,
  };
}

/** Whether two windows are the same rectangle. */
export function sameWindow(a: CullWindow, b: CullWindow): boolean {
  return a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
}

/** Whether a box overlaps the window. */
export function overlaps(w: CullWindow, b: Bounds): boolean {
  return b.x <= w.x1 && b.x + b.width >= w.x0 && b.y <= w.y1 && b.y + b.height >= w.y0;
}

/**
 * The box of a node's or line's shapes; of one the layout worker's delta moved, the box of the shapes it was
 * moved from, moved (no path data read again).
 */
function shapesBox(item: SceneNode | SceneEdge): Bounds {
  const moved = drawnAs(item);
  if (!moved) return boxOf(item.shapes);
  const b = boxOf(moved.shapes);
  return { x: b.x + moved.dx, y: b.y + moved.dy, width: b.width, height: b.height };
}

/** The box of a line's shapes. */
export function edgeBounds(edge: SceneEdge): Bounds {
  return shapesBox(edge);
}

const nodeBoxes = new WeakMap<SceneNode, Bounds>();

/** The box of a node's symbol and labels, and at least its symbol's box (cached per node object). */
export function nodeBounds(node: SceneNode): Bounds {
  let b = nodeBoxes.get(node);
  if (!b) {
    // A node without shapes has an empty shape box at (0, 0): its symbol's box alone.
    const s = node.shapes.length > 0 ? shapesBox(node) : node;
    const x = Math.min(s.x, node.x);
    const y = Math.min(s.y, node.y);
    b = {
      x,
      y,
      width: Math.max(s.x + s.width, node.x + node.width) - x,
      height: Math.max(s.y + s.height, node.y + node.height) - y,
    };
    nodeBoxes.set(node, b);
  }
  return b;
}

/** The nodes to draw: those whose symbol or labels overlap the window, and every one in `always`. */
export function visibleNodes(
  nodes: readonly SceneNode[],
  w: CullWindow,
  always: ReadonlySet<string>,
): readonly SceneNode[] {
  if (w === EVERYWHERE) return nodes;
  const out = nodes.filter((n) => always.has(n.id) || overlaps(w, nodeBounds(n)));
  return out.length === nodes.length ? nodes : out;
}

/** The lines to draw: those whose box overlaps the window. */
export function visibleEdges(edges: readonly SceneEdge[], w: CullWindow): readonly SceneEdge[] {
  if (w === EVERYWHERE) return edges;
  const out = edges.filter((e) => overlaps(w, edgeBounds(e)));
  return out.length === edges.length ? edges : out;
}
