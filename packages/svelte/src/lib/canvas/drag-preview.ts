/**
 * What the drawing shows during a drag, before anything is committed. Two ways, chosen by how long the
 * current view took to render and how big it is (see useLiveDrag):
 * - live: the scene rendered again (once per animation frame) from a working document in which the dragged
 *   nodes are pinned where they are being dragged to, so every line and label follows exactly;
 * - geometric: for large maps, where a render costs more than a frame allows, only the lines attached to the
 *   dragged nodes change: their points on or near a dragged symbol move with it (a line between two dragged
 *   symbols moves whole). Cheap (only those lines are touched), and the full render follows on release.
 */
import type { Id, KringDocument, Point, View } from '@kring/core';
import type { SceneEdge, SceneNode, Shape } from '@kring/scene';

/** Re-render live during a drag only when the last render of this view took at most this long (ms)… */
export const LIVE_RENDER_MS = 4;
/** …and the map has at most this many symbols, so the choice does not flip with machine load on big maps. */
export const LIVE_MAX_NODES = 150;

/** Whether a drag re-renders the whole drawing each frame (live) or moves only the attached lines. */
export function useLiveDrag(lastRenderMs: number, nodeCount: number): boolean {
  return nodeCount <= LIVE_MAX_NODES && lastRenderMs <= LIVE_RENDER_MS;
}

/** How far from a dragged symbol's box (drawing units) a line's point still counts as attached to it. */
export const ATTACH_MARGIN = 12;

export interface Move {
  id: Id;
  to: Point;
}

/** The centres the dragged nodes move to, from the scene's boxes and the drag offset. */
export function dragMoves(nodes: readonly SceneNode[], ids: readonly Id[], dx: number, dy: number): Move[] {
  const wanted = new Set(ids);
  return nodes
    .filter((n) => wanted.has(n.id))
    .map((n) => ({ id: n.id, to: { x: n.x + n.width / 2 + dx, y: n.y + n.height / 2 + dy } }));
}

/** A working copy of `doc` with the moved nodes pinned at their new centres in `view` (not a history step). */
export function withPinned(doc: KringDocument, view: View, moves: readonly Move[]): KringDocument {
  const positions = { ...doc.layouts[view]?.positions };
  for (const m of moves) positions[m.id] = m.to;
  return { ...doc, layouts: { ...doc.layouts, [view]: { ...doc.layouts[view], positions } } };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function boxesOf(nodes: readonly SceneNode[], dragged: ReadonlySet<Id>): Box[] {
  return nodes
    .filter((n) => dragged.has(n.id))
    .map((n) => ({
      x0: n.x - ATTACH_MARGIN,
      y0: n.y - ATTACH_MARGIN,
      x1: n.x + n.width + ATTACH_MARGIN,
      y1: n.y + n.height + ATTACH_MARGIN,
    }));
}

/** The shapes of the edges attached to dragged nodes, moved with them; other edges are returned as they are. */
export function followEdges(
  edges: readonly SceneEdge[],
  nodes: readonly SceneNode[],
  dragged: ReadonlySet<Id>,
  dx: number,
  dy: number,
): SceneEdge[] {
  const boxes = boxesOf(nodes, dragged);
  const near = (x: number, y: number) => boxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
  const moveAll = (x: number, y: number): Point => ({ x: x + dx, y: y + dy });
  const moveNear = (x: number, y: number): Point => (near(x, y) ? moveAll(x, y) : { x, y });
  return edges.map((edge) => {
    const from = edge.from !== undefined && dragged.has(edge.from);
    const to = edge.to !== undefined && dragged.has(edge.to);
    if (!from && !to) return edge;
    const whole = (from || edge.from === undefined) && (to || edge.to === undefined);
    const move = whole ? moveAll : moveNear;
    return { ...edge, shapes: edge.shapes.map((s) => moveShape(s, move, whole)) };
  });
}

function moveShape(shape: Shape, move: (x: number, y: number) => Point, whole: boolean): Shape {
  switch (shape.type) {
    case 'path':
      return { ...shape, d: movePath(shape.d, move) };
    case 'circle': {
      const c = move(shape.cx, shape.cy);
      return { ...shape, cx: c.x, cy: c.y };
    }
    case 'rect': {
      const p = move(shape.x + shape.width / 2, shape.y + shape.height / 2);
      return { ...shape, x: p.x - shape.width / 2, y: p.y - shape.height / 2 };
    }
    case 'text': {
      if (!whole) return shape;
      const p = move(shape.x, shape.y);
      return { ...shape, x: p.x, y: p.y };
    }
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A path's points moved by `move`. Absolute commands only (the scene contract): M L H V C Q A Z. H and V
 * become L, since a moved end may no longer be level with the other.
 */
export function movePath(d: string, move: (x: number, y: number) => Point): string {
  const tokens = d.match(/[MLHVCQAZ]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
  const out: string[] = [];
  let cx = 0;
  let cy = 0;
  let i = 0;
  let command = '';
  const num = () => Number(tokens[i++]);
  const point = (x: number, y: number) => {
    const p = move(x, y);
    cx = x;
    cy = y;
    return `${round(p.x)} ${round(p.y)}`;
  };
  while (i < tokens.length) {
    if (/^[a-z]$/i.test(tokens[i]!)) command = tokens[i++]!.toUpperCase();
    switch (command) {
      case 'M':
      case 'L':
        out.push(`${command}${point(num(), num())}`);
        if (command === 'M') command = 'L';
        break;
      case 'H':
        out.push(`L${point(num(), cy)}`);
        break;
      case 'V':
        out.push(`L${point(cx, num())}`);
        break;
      case 'C': {
        const [x1, y1, x2, y2] = [num(), num(), num(), num()];
        const c1 = move(x1, y1);
        const c2 = move(x2, y2);
        out.push(`C${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${point(num(), num())}`);
        break;
      }
      case 'Q': {
        const c1 = move(num(), num());
        out.push(`Q${round(c1.x)} ${round(c1.y)} ${point(num(), num())}`);
        break;
      }
      case 'A': {
        const arc = [num(), num(), num(), num(), num()];
        out.push(`A${arc.join(' ')} ${point(num(), num())}`);
        break;
      }
      case 'Z':
        out.push('Z');
        command = '';
        break;
      default:
        i++; // not a path command: skip the token
    }
  }
  return out.join(' ');
}
