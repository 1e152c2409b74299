/**
 * Shapes moved by an offset, as the renderers would have written them there: every coordinate plus the
 * offset, rounded to 1/100 of a unit (the genogram's numbers are rounded so), path data as numbers separated
 * by single spaces. Whether the moved shapes are really what a renderer wrote is for the caller to check
 * (scene-delta.ts compares them with the new scene): a scene written otherwise is simply not taken as moved.
 */
import type { Shape } from '@kring/scene';

const r2 = (v: number) => Math.round(v * 100) / 100;

/** How many numbers each absolute path command takes, and which of them are x (1), y (2) or neither (0). */
const AXES: Record<string, readonly number[]> = {
  M: [1, 2],
  L: [1, 2],
  C: [1, 2],
  Q: [1, 2],
  H: [1],
  V: [2],
  A: [0, 0, 0, 0, 0, 1, 2],
  Z: [],
};

/** Path data moved by (dx, dy), or undefined when it is not written as this module writes it. */
export function translatePath(d: string, dx: number, dy: number): string | undefined {
  const tokens = d.split(' ');
  let axes: readonly number[] | undefined;
  let k = 0;
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > 0) out += ' ';
    const command = AXES[token];
    if (command !== undefined) {
      axes = command;
      k = 0;
      out += token;
      continue;
    }
    if (axes === undefined || axes.length === 0) return undefined;
    const v = Number(token);
    if (token === '' || !Number.isFinite(v)) return undefined;
    const axis = axes[k % axes.length];
    k++;
    out += String(axis === 1 ? r2(v + dx) : axis === 2 ? r2(v + dy) : v);
  }
  return out;
}

/** One shape moved by (dx, dy), or undefined when its path data cannot be moved here. */
export function translateShape(s: Shape, dx: number, dy: number): Shape | undefined {
  switch (s.type) {
    case 'rect':
    case 'text':
      return { ...s, x: r2(s.x + dx), y: r2(s.y + dy) };
    case 'circle':
      return { ...s, cx: r2(s.cx + dx), cy: r2(s.cy + dy) };
    case 'path': {
      const d = translatePath(s.d, dx, dy);
      return d === undefined ? undefined : { ...s, d };
    }
  }
}

/** The shapes moved by (dx, dy), or undefined when one of them cannot be moved here. */
export function translateShapes(shapes: readonly Shape[], dx: number, dy: number): Shape[] | undefined {
  const out = new Array<Shape>(shapes.length);
  for (let i = 0; i < shapes.length; i++) {
    const s = translateShape(shapes[i]!, dx, dy);
    if (s === undefined) return undefined;
    out[i] = s;
  }
  return out;
}

/** Whether `next` is token `p` of a path moved along `axis` (0: not moved) by (dx, dy), as translatePath writes it. */
function sameToken(p: string, n: string, axis: number | undefined, dx: number, dy: number): boolean {
  const v = Number(p);
  if (p === '' || !Number.isFinite(v)) return false;
  return String(axis === 1 ? r2(v + dx) : axis === 2 ? r2(v + dy) : v) === n;
}

/** Whether `translatePath(p, dx, dy)` is `n`, without writing it. */
function pathMovedTo(p: string, n: string, dx: number, dy: number): boolean {
  let axes: readonly number[] | undefined;
  let k = 0;
  let i = 0;
  let j = 0;
  for (;;) {
    const ie = p.indexOf(' ', i);
    const je = n.indexOf(' ', j);
    const pt = ie < 0 ? p.slice(i) : p.slice(i, ie);
    const nt = je < 0 ? n.slice(j) : n.slice(j, je);
    const command = AXES[pt];
    if (command !== undefined) {
      if (pt !== nt) return false;
      axes = command;
      k = 0;
    } else {
      if (axes === undefined || axes.length === 0) return false;
      if (!sameToken(pt, nt, axes[k % axes.length], dx, dy)) return false;
      k++;
    }
    if (ie < 0 || je < 0) return ie < 0 && je < 0;
    i = ie + 1;
    j = je + 1;
  }
}

/** The field of a shape that says its x, and its y (a path's data says both). */
const COORDINATES: Record<Shape['type'], readonly [string, string]> = {
  rect: ['x', 'y'],
  text: ['x', 'y'],
  circle: ['cx', 'cy'],
  path: ['d', 'd'],
};

/** Whether `translateShape(p, dx, dy)` is deeply equal to `n`, without making it. */
function shapeMovedTo(
  p: Shape,
  n: Shape,
  dx: number,
  dy: number,
  same: (a: unknown, b: unknown) => boolean,
): boolean {
  if (p.type !== n.type) return false;
  const [kx, ky] = COORDINATES[p.type];
  const a = p as unknown as Record<string, unknown>;
  const b = n as unknown as Record<string, unknown>;
  let count = 0;
  for (const key in a) {
    count++;
    const x = a[key];
    const y = b[key];
    if (key === 'd') {
      if (typeof x !== 'string' || typeof y !== 'string' || !pathMovedTo(x, y, dx, dy)) return false;
    } else if (key === kx) {
      if (typeof x !== 'number' || y !== r2(x + dx)) return false;
    } else if (key === ky) {
      if (typeof x !== 'number' || y !== r2(x + dy)) return false;
    } else if (x !== y && (typeof x !== 'object' || !same(x, y))) return false;
    if (y === undefined && !(key in b)) return false;
  }
  for (const _ in b) count--;
  return count === 0;
}

/**
 * Whether `translateShapes(prev, dx, dy)` would be deeply equal to `next` (`same` is the deep equality of the
 * other fields), without making it: what the layout worker checks for every node and line an edit moved.
 */
export function shapesMovedTo(
  prev: readonly Shape[],
  next: readonly Shape[],
  dx: number,
  dy: number,
  same: (a: unknown, b: unknown) => boolean,
): boolean {
  if (prev.length !== next.length) return false;
  for (let i = 0; i < prev.length; i++) if (!shapeMovedTo(prev[i]!, next[i]!, dx, dy, same)) return false;
  return true;
}

/** The first point of a shape (where a path starts), from which an offset between two versions is read. */
export function anchorOf(s: Shape | undefined): { x: number; y: number } | undefined {
  if (s === undefined) return undefined;
  switch (s.type) {
    case 'rect':
    case 'text':
      return { x: s.x, y: s.y };
    case 'circle':
      return { x: s.cx, y: s.cy };
    case 'path': {
      // "M x y …": read in place (this runs for every line of a large scene).
      const d = s.d;
      const a = d.indexOf(' ', 2);
      const b = d.indexOf(' ', a + 1);
      if (!d.startsWith('M ') || a < 0) return undefined;
      const px = Number(d.slice(2, a));
      const py = Number(b < 0 ? d.slice(a + 1) : d.slice(a + 1, b));
      return a > 2 && Number.isFinite(px) && Number.isFinite(py) ? { x: px, y: py } : undefined;
    }
  }
}

/** The offset (rounded as the coordinates are) that moves shape `a` onto `b`, if both have a first point. */
export function offsetBetween(
  a: Shape | undefined,
  b: Shape | undefined,
): { dx: number; dy: number } | undefined {
  const p = anchorOf(a);
  const q = anchorOf(b);
  return p && q ? { dx: r2(q.x - p.x), dy: r2(q.y - p.y) } : undefined;
}
