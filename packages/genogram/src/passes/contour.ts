/**
 * Outlines of blocks of the genogram (a couple with what hangs from it) per row: the leftmost and rightmost
 * person's centre in each row, in the block's own coordinates. Two blocks side by side keep every row's
 * persons apart by the row separations (`sep`), as Reingold–Tilford's contours keep subtrees apart.
 *
 * All outlines of one layout live in one pool of typed arrays, reused across layouts (a layout allocates no
 * outline objects): an outline is a handle, the index of its header; its rows are `len` slots from `base`.
 */

/** Least distance between the centres of persons p (left) and q (right) side by side in one row. */
export type Separation = (p: number, q: number) => number;

function grown<T extends Float64Array | Int32Array>(a: T, length: number, make: (n: number) => T): T {
  if (a.length >= length) return a;
  const b = make(Math.max(length, 2 * a.length));
  b.set(a);
  return b;
}

export class ContourPool {
  /** Per outline: first row, number of rows, first slot. */
  top = new Int32Array(64);
  len = new Int32Array(64);
  base = new Int32Array(64);
  count = 0;
  /** Per slot: left and right centre (Infinity / −Infinity: the row is empty) and who stands there. */
  l = new Float64Array(1024);
  r = new Float64Array(1024);
  lp = new Int32Array(1024);
  rp = new Int32Array(1024);
  used = 0;
  sep: Separation = () => 0;

  reset(sep: Separation): void {
    this.count = 0;
    this.used = 0;
    this.sep = sep;
  }

  /** A new empty outline over rows top … bottom. */
  make(top: number, bottom: number): number {
    const h = this.count++;
    if (h >= this.top.length) {
      this.top = grown(this.top, h + 1, (n) => new Int32Array(n));
      this.len = grown(this.len, h + 1, (n) => new Int32Array(n));
      this.base = grown(this.base, h + 1, (n) => new Int32Array(n));
    }
    const len = bottom - top + 1;
    const base = this.used;
    this.used += len;
    if (this.used > this.l.length) {
      this.l = grown(this.l, this.used, (n) => new Float64Array(n));
      this.r = grown(this.r, this.used, (n) => new Float64Array(n));
      this.lp = grown(this.lp, this.used, (n) => new Int32Array(n));
      this.rp = grown(this.rp, this.used, (n) => new Int32Array(n));
    }
    this.top[h] = top;
    this.len[h] = len;
    this.base[h] = base;
    this.l.fill(Infinity, base, base + len);
    this.r.fill(-Infinity, base, base + len);
    return h;
  }

  /** Puts persons p … q (centres at left … right) into row `row` of outline h. */
  put(h: number, row: number, left: number, p: number, right: number, q: number): void {
    const s = this.base[h]! + row - this.top[h]!;
    if (left < this.l[s]!) {
      this.l[s] = left;
      this.lp[s] = p;
    }
    if (right > this.r[s]!) {
      this.r[s] = right;
      this.rp[s] = q;
    }
  }

  /** Smallest offset of outline b that keeps it right of outline a in every row both hold (−∞: none). */
  rightOf(a: number, b: number): number {
    const { l, r, lp, rp, sep } = this;
    const at = this.top[a]!;
    const bt = this.top[b]!;
    const from = Math.max(at, bt);
    const to = Math.min(at + this.len[a]!, bt + this.len[b]!);
    const ab = this.base[a]! - at;
    const bb = this.base[b]! - bt;
    let o = -Infinity;
    for (let row = from; row < to; row++) {
      const i = ab + row;
      const j = bb + row;
      if (l[i] === Infinity || l[j] === Infinity) continue;
      const need = r[i]! + sep(rp[i]!, lp[j]!) - l[j]!;
      if (need > o) o = need;
    }
    return o;
  }

  /** Smallest offset of person p (their centre at 0) in row `row` that keeps them right of outline a there
   * (−∞: a holds nobody in that row, or not that row). */
  rightOfPerson(a: number, row: number, p: number): number {
    const k = row - this.top[a]!;
    if (k < 0 || k >= this.len[a]!) return -Infinity;
    const i = this.base[a]! + k;
    return this.l[i] === Infinity ? -Infinity : this.r[i]! + this.sep(this.rp[i]!, p);
  }

  /** Largest offset of outline b that keeps it left of outline a in every row both hold (+∞: none). */
  leftOf(a: number, b: number): number {
    const { l, r, lp, rp, sep } = this;
    const at = this.top[a]!;
    const bt = this.top[b]!;
    const from = Math.max(at, bt);
    const to = Math.min(at + this.len[a]!, bt + this.len[b]!);
    const ab = this.base[a]! - at;
    const bb = this.base[b]! - bt;
    let o = Infinity;
    for (let row = from; row < to; row++) {
      const i = ab + row;
      const j = bb + row;
      if (l[i] === Infinity || l[j] === Infinity) continue;
      const room = l[i]! - sep(rp[j]!, lp[i]!) - r[j]!;
      if (room < o) o = room;
    }
    return o;
  }

  /** Takes outline b, shifted by `offset`, into outline a (whose rows must cover b's). */
  merge(a: number, b: number, offset: number): void {
    const { l, r, lp, rp } = this;
    const bt = this.top[b]!;
    const bb = this.base[b]!;
    const ab = this.base[a]! + bt - this.top[a]!;
    for (let k = 0; k < this.len[b]!; k++) {
      const j = bb + k;
      if (l[j] === Infinity) continue;
      const i = ab + k;
      const left = l[j]! + offset;
      const right = r[j]! + offset;
      if (left < l[i]!) {
        l[i] = left;
        lp[i] = lp[j]!;
      }
      if (right > r[i]!) {
        r[i] = right;
        rp[i] = rp[j]!;
      }
    }
  }
}
