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

/**
 * Keeps track of where support letters may go: a letter's box must not overlap the satellites, the household
 * circle's members, or any letter placed before it. One per ecogram, shared by all its ties, in tie order.
 */
export class LetterRoom {
  private readonly boxes: Box[] = [];

  constructor(
    private readonly discs: readonly Disc[],
    extraBoxes: readonly Box[] = [],
  ) {
    this.boxes.push(...extraBoxes);
  }

  private free(b: Box): boolean {
    for (const o of this.boxes) if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return false;
    for (const d of this.discs) {
      const nx = Math.min(Math.max(d.x, b.x0), b.x1);
      const ny = Math.min(Math.max(d.y, b.y0), b.y1);
      if (Math.hypot(nx - d.x, ny - d.y) < d.r) return false;
    }
    return true;
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
    this.boxes.push(boxAt(chosen));
    return at(chosen);
  }
}
