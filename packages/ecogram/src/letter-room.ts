import { textWidth } from '@kring/scene';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** Side of a grid cell, in drawing units: about a letter's box. */
const CELL = 48;
/** An item over more cells than this is checked against every query instead. */
const MAX_CELLS = 64;
const OFFSET = 2 ** 20;

/**
 * Cells a closed range covers (its corners in either order), or undefined when it is not finite, too far
 * out or too large.
 */
function cellRange(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): [number, number, number, number] | undefined {
  const cx0 = Math.floor(Math.min(x0, x1) / CELL);
  const cy0 = Math.floor(Math.min(y0, y1) / CELL);
  const cx1 = Math.floor(Math.max(x0, x1) / CELL);
  const cy1 = Math.floor(Math.max(y0, y1) / CELL);
  if (!(Math.abs(cx0) < OFFSET && Math.abs(cy0) < OFFSET && Math.abs(cx1) < OFFSET && Math.abs(cy1) < OFFSET))
    return undefined;
  if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > MAX_CELLS) return undefined;
  return [cx0, cy0, cx1, cy1];
}

const cellKey = (cx: number, cy: number) => (cx + OFFSET) * 2 * OFFSET + (cy + OFFSET);

/**
 * Items by the grid cells their bounding box touches. Two shapes that overlap share a point, and so a cell:
 * a query looks only at the items of its own cells (plus the few too large to file), which finds every
 * overlap a scan of all items finds.
 */
class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  private readonly wide: T[] = [];
  readonly all: T[] = [];

  add(item: T, x0: number, y0: number, x1: number, y1: number): void {
    this.all.push(item);
    const range = cellRange(x0, y0, x1, y1);
    if (!range) {
      this.wide.push(item);
      return;
    }
    const [cx0, cy0, cx1, cy1] = range;
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(item);
        else this.cells.set(key, [item]);
      }
  }

  /** Whether `hit` holds for any item that may touch the box (every item when the box is too large). */
  some(b: Box, hit: (item: T) => boolean): boolean {
    for (const item of this.wide) if (hit(item)) return true;
    const range = cellRange(b.x0, b.y0, b.x1, b.y1);
    if (!range) {
      for (const item of this.all) if (hit(item)) return true;
      return false;
    }
    const [cx0, cy0, cx1, cy1] = range;
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (list) for (const item of list) if (hit(item)) return true;
      }
    return false;
  }
}

const overlaps = (b: Box) => (o: Box) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1;
const covers = (b: Box) => (d: Disc) => {
  const nx = Math.min(Math.max(d.x, b.x0), b.x1);
  const ny = Math.min(Math.max(d.y, b.y0), b.y1);
  return Math.hypot(nx - d.x, ny - d.y) < d.r;
};

/**
 * Keeps track of where support letters may go: a letter's box must not overlap the satellites, the household
 * circle's members, or any letter placed before it. One per ecogram, shared by all its ties, in tie order.
 * Boxes and discs are filed in a grid, so a large network does not compare every candidate spot with every
 * letter and satellite.
 */
export class LetterRoom {
  private readonly boxes = new Grid<Box>();
  private readonly discs = new Grid<Disc>();

  constructor(discs: readonly Disc[], extraBoxes: readonly Box[] = []) {
    // A disc reaches no box unless its radius is positive; its square holds every point it covers.
    for (const d of discs) this.discs.add(d, d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r);
    for (const b of extraBoxes) this.take(b);
  }

  private take(b: Box): void {
    this.boxes.add(b, b.x0, b.y0, b.x1, b.y1);
  }

  private free(b: Box): boolean {
    return !this.boxes.some(b, overlaps(b)) && !this.discs.some(b, covers(b));
  }

  /**
   * The first free spot for `text` on the line at(s), trying distances from `from` towards `to` in small
   * steps, then on past `to` up to the end of [lo, hi] it points to, then back from `from` to the other end;
   * when none is free, `from`. The chosen box is taken.
   */
  place(
    text: string,
    size: number,
    at: (s: number) => { x: number; y: number },
    from: number,
    to: number,
    lo = Math.min(from, to),
    hi = Math.max(from, to),
  ) {
    const w = textWidth(text, size, true) / 2 + 2;
    const h = size / 2 + 2;
    const boxAt = (s: number): Box => {
      const p = at(s);
      return { x0: p.x - w, y0: p.y - h, x1: p.x + w, y1: p.y + h };
    };
    const step = from <= to ? 4 : -4;
    const forwardEnd = step > 0 ? hi : lo;
    const backEnd = step > 0 ? lo : hi;
    const scan = (start: number, end: number, dir: number): number | undefined => {
      for (let s = start; dir > 0 ? s <= end : s >= end; s += dir) if (this.free(boxAt(s))) return s;
      return undefined;
    };
    const chosen = scan(from, forwardEnd, step) ?? scan(from - step, backEnd, -step) ?? from;
    this.take(boxAt(chosen));
    return at(chosen);
  }
}
