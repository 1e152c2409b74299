/**
 * The outline of a block of the genogram (a couple with what hangs from it) per row: its leftmost and
 * rightmost person's centre, in the block's own coordinates. Two blocks side by side keep every row's
 * persons apart by the row separations (`sep`), as Reingold–Tilford's contours keep subtrees apart.
 */

/** Minimum distance between the centres of persons p (left) and q (right) side by side in one row. */
export type Separation = (p: number, q: number) => number;

export class Contour {
  /** Row of the first entry. */
  top: number;
  l: number[];
  lp: number[];
  r: number[];
  rp: number[];

  constructor(row: number, left: number, leftPerson: number, right: number, rightPerson: number) {
    this.top = row;
    this.l = [left];
    this.lp = [leftPerson];
    this.r = [right];
    this.rp = [rightPerson];
  }

  get bottom(): number {
    return this.top + this.l.length - 1;
  }

  /** Smallest offset of `piece` that keeps it right of this contour in every row both hold (−∞: none). */
  rightOf(piece: Contour, sep: Separation): number {
    let o = -Infinity;
    const from = Math.max(this.top, piece.top);
    const to = Math.min(this.bottom, piece.bottom);
    for (let row = from; row <= to; row++) {
      const a = row - this.top;
      const b = row - piece.top;
      if (this.l[a] === Infinity || piece.l[b] === Infinity) continue;
      const need = this.r[a]! + sep(this.rp[a]!, piece.lp[b]!) - piece.l[b]!;
      if (need > o) o = need;
    }
    return o;
  }

  /** Largest offset of `piece` that keeps it left of this contour in every row both hold (+∞: none). */
  leftOf(piece: Contour, sep: Separation): number {
    let o = Infinity;
    const from = Math.max(this.top, piece.top);
    const to = Math.min(this.bottom, piece.bottom);
    for (let row = from; row <= to; row++) {
      const a = row - this.top;
      const b = row - piece.top;
      if (this.l[a] === Infinity || piece.l[b] === Infinity) continue;
      const room = this.l[a]! - sep(piece.rp[b]!, this.lp[a]!) - piece.r[b]!;
      if (room < o) o = room;
    }
    return o;
  }

  /** Takes `piece`, shifted by `offset`, into this contour. */
  merge(piece: Contour, offset: number): void {
    while (piece.top < this.top) {
      this.top--;
      this.l.unshift(Infinity);
      this.lp.unshift(-1);
      this.r.unshift(-Infinity);
      this.rp.unshift(-1);
    }
    while (piece.bottom > this.bottom) {
      this.l.push(Infinity);
      this.lp.push(-1);
      this.r.push(-Infinity);
      this.rp.push(-1);
    }
    for (let b = 0; b < piece.l.length; b++) {
      if (piece.l[b] === Infinity) continue;
      const a = b + piece.top - this.top;
      const left = piece.l[b]! + offset;
      const right = piece.r[b]! + offset;
      if (left < this.l[a]!) {
        this.l[a] = left;
        this.lp[a] = piece.lp[b]!;
      }
      if (right > this.r[a]!) {
        this.r[a] = right;
        this.rp[a] = piece.rp[b]!;
      }
    }
  }
}
