/**
 * Pass 4 — ordering. Orders the units within each row to keep descent lines from crossing: a depth-first
 * walk from the focus's oldest ancestors gives a tree-like start, then barycentre sweeps (up: a unit goes
 * over its children; down: under its members' parent couples) reorder the rows, keeping the order with the
 * fewest crossings. Siblings under one couple tie on their barycentre and are ordered oldest-left. A unit may
 * be mirrored so a partner sits on the side of their own family.
 *
 * Hot path: per-unit adjacency is precomputed into flat arrays once, and the sweeps allocate nothing but
 * the row sorts.
 */
import type { Family } from '../model/family.js';
import type { Generations } from './generations.js';
import type { Units } from './units.js';

export interface Ordering {
  /** Units (cluster numbers) of each row, left to right. */
  rows: number[][];
  /** Members of each unit, left to right (possibly mirrored). */
  units: Units;
}

const SWEEPS = 10;
/** Stop after this many sweeps without fewer crossings. */
const PATIENCE = 3;

/** Flat adjacency lists: items of list i are data[start[i] .. start[i+1]). */
interface Csr {
  start: Int32Array;
  data: Int32Array;
}

function csr(lists: number[][]): Csr {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const data = new Int32Array(start[lists.length]!);
  lists.forEach((l, i) => data.set(l, start[i]!));
  return { start, data };
}

export function orderRows(family: Family, generations: Generations, unitsIn: Units): Ordering {
  const { clusterOf, rowOf, rowCount, clusterCount } = generations;
  const units = unitsIn.map((m) => [...m]);
  const n = family.persons.length;
  const unions = family.unions;
  const U = unions.length;
  const anchorOf = family.anchorOf;
  const ua = Int32Array.from(unions, (u) => u.a);
  const ub = Int32Array.from(unions, (u) => u.b);
  const rowOfPerson = (p: number) => rowOf[clusterOf[p]!]!;

  // Per unit: members hanging from a couple in a higher row; couples the unit parents with lower children.
  const upLists: number[][] = Array.from({ length: clusterCount }, () => []);
  const downLists: number[][] = Array.from({ length: clusterCount }, () => []);
  const siblingRank = new Int32Array(n);
  family.childrenOf.forEach((list, k) => {
    if (list.length === 0) return;
    const r = rowOfPerson(ua[k]!);
    let lower = false;
    list.forEach((c, i) => {
      if (rowOfPerson(c) <= r) return;
      lower = true;
      const cc = clusterOf[c]!;
      upLists[cc]!.push(c);
      siblingRank[c] = i;
    });
    if (lower) downLists[clusterOf[ua[k]!]!]!.push(k);
  });
  const up = csr(upLists);
  const down = csr(downLists);
  // Lower children of each couple.
  const lowerChildren = csr(
    family.childrenOf.map((list, k) => list.filter((c) => rowOfPerson(c) > rowOfPerson(ua[k]!))),
  );

  // Start: depth-first from the focus's topmost ancestor, children before the families partners came from.
  const rows: number[][] = Array.from({ length: rowCount }, () => []);
  const visited = new Uint8Array(clusterCount);
  const parentUnionsOf: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < U; k++) {
    if (family.childrenOf[k]!.length === 0) continue;
    parentUnionsOf[ua[k]!]!.push(k);
    if (ub[k]! >= 0) parentUnionsOf[ub[k]!]!.push(k);
  }
  const walk = (start: number) => {
    const stack = [start];
    const next: number[] = [];
    while (stack.length) {
      const c = stack.pop()!;
      if (visited[c]) continue;
      visited[c] = 1;
      rows[rowOf[c]!]!.push(c);
      next.length = 0;
      for (const m of units[c]!)
        for (const k of parentUnionsOf[m]!) for (const ch of family.childrenOf[k]!) next.push(clusterOf[ch]!);
      for (const m of units[c]!) {
        const a = anchorOf[m]!;
        if (a < 0) continue;
        next.push(clusterOf[ua[a]!]!);
        if (ub[a]! >= 0) next.push(clusterOf[ub[a]!]!);
      }
      for (let i = next.length - 1; i >= 0; i--) if (!visited[next[i]!]) stack.push(next[i]!);
    }
  };
  let top = clusterOf[family.focus] ?? 0;
  for (let guard = 0; guard < clusterCount; guard++) {
    const m = units[top]!.find((p) => anchorOf[p]! >= 0);
    if (m === undefined) break;
    const parent = clusterOf[ua[anchorOf[m]!]!]!;
    if (rowOf[parent]! >= rowOf[top]!) break;
    top = parent;
  }
  if (clusterCount > 0) walk(top);
  for (let c = 0; c < clusterCount; c++) if (!visited[c]) walk(c);

  const sweeper = SWEEPER.start(
    rows,
    units,
    up,
    down,
    lowerChildren,
    anchorOf,
    ua,
    ub,
    siblingRank,
    n,
    clusterCount,
  );
  rows.forEach((row) => sweeper.pack(row));
  let best = sweeper.crossings();
  let bestRows = rows.map((r) => [...r]);
  let bestUnits = units.map((m) => [...m]);
  let stale = 0;
  for (let sweep = 0; sweep < SWEEPS && (sweep === 0 || best > 0) && stale < PATIENCE; sweep++) {
    for (let r = rowCount - 2; r >= 0; r--) sweeper.sweepUp(r);
    for (let r = 1; r < rowCount; r++) sweeper.sweepDown(r);
    const now = sweeper.crossings();
    stale = now < best ? 0 : stale + 1;
    if (now <= best) {
      best = now;
      bestRows = rows.map((r) => [...r]);
      bestUnits = units.map((m) => [...m]);
    }
  }
  sweeper.finish();
  placePets(family, generations, bestRows, bestUnits);
  // Significant others go after the family, and persons not yet joined to it after everyone else.
  const looseUnit = (c: number) => family.loose[bestUnits[c]![0]!] === 1;
  const otherUnit = (c: number) => family.significantOf[bestUnits[c]![0]!]! >= 0;
  const apartAny = family.loose.includes(1) || family.significantOf.some((to) => to >= 0);
  for (const row of apartAny ? bestRows : []) {
    const side = row.filter(otherUnit);
    const apart = row.filter(looseUnit);
    if (apart.length === 0 && side.length === 0) continue;
    const kept = row.filter((c) => !looseUnit(c) && !otherUnit(c));
    row.length = 0;
    row.push(...kept, ...side, ...apart);
  }
  return { rows: bestRows, units: bestUnits };
}

/** Moves every household pet right after the last unit of its household in its row. */
function placePets(family: Family, generations: Generations, rows: number[][], units: Units): void {
  const { clusterOf, rowOf } = generations;
  for (const pet of generations.pets) {
    const c = clusterOf[pet]!;
    const row = rows[rowOf[c]!]!;
    row.splice(row.indexOf(c), 1);
    const h = family.householdOf[pet]!;
    let after = -1;
    row.forEach((u, i) => {
      if (units[u]!.some((m) => family.householdOf[m] === h)) after = i;
    });
    row.splice(after + 1, 0, c);
  }
}

const NO_LISTS: Csr = { start: new Int32Array(1), data: new Int32Array(0) };

/** `buffer` when it holds at least `length` numbers (zeroed up to there), else a new one. */
function zeroed(buffer: Float64Array, length: number): Float64Array {
  if (buffer.length < length) return new Float64Array(Math.max(length, 2 * buffer.length));
  buffer.fill(0, 0, length);
  return buffer;
}

/**
 * The barycentre sweeps over one ordering's state, one instance for every layout: its methods are the hot
 * loops, and as methods of an object that lives on (not closures, or an object, made per layout) their
 * optimised code stays valid through the garbage collections other work causes between two layouts — V8
 * drops optimised code when an object (a closure, a hidden class) it was built for is collected.
 */
class Sweeper {
  rows: number[][] = [];
  units: number[][] = [];
  /** Per unit: members hanging from a couple in a higher row. */
  up: Csr = NO_LISTS;
  /** Per unit: couples it parents with lower children. */
  down: Csr = NO_LISTS;
  /** Per couple: its children in lower rows. */
  lowerChildren: Csr = NO_LISTS;
  anchorOf: Int32Array = new Int32Array(0);
  ua: Int32Array = new Int32Array(0);
  ub: Int32Array = new Int32Array(0);
  siblingRank: Int32Array = new Int32Array(0);
  /** Position of each person in its row (whole slots). */
  pos: Float64Array = new Float64Array(0);
  /** Index of each unit in its row. */
  slot: Float64Array = new Float64Array(0);
  key: Float64Array = new Float64Array(0);
  tie: Float64Array = new Float64Array(0);
  /** Scratch for the crossing count, as long as `up.data`. */
  keys: Float64Array = new Float64Array(0);
  tmp: Float64Array = new Float64Array(0);
  readonly byKey = (x: number, y: number): number =>
    this.key[x]! - this.key[y]! || this.tie[x]! - this.tie[y]! || this.slot[x]! - this.slot[y]!;

  /** Takes one layout's state; the scratch buffers grow as needed and are reused. */
  start(
    rows: number[][],
    units: number[][],
    up: Csr,
    down: Csr,
    lowerChildren: Csr,
    anchorOf: Int32Array,
    ua: Int32Array,
    ub: Int32Array,
    siblingRank: Int32Array,
    persons: number,
    clusters: number,
  ): this {
    this.rows = rows;
    this.units = units;
    this.up = up;
    this.down = down;
    this.lowerChildren = lowerChildren;
    this.anchorOf = anchorOf;
    this.ua = ua;
    this.ub = ub;
    this.siblingRank = siblingRank;
    this.pos = zeroed(this.pos, persons);
    this.slot = zeroed(this.slot, clusters);
    this.key = zeroed(this.key, clusters);
    this.tie = zeroed(this.tie, clusters);
    this.keys = zeroed(this.keys, up.data.length);
    this.tmp = zeroed(this.tmp, up.data.length);
    return this;
  }

  /** Lets go of the layout's data (the scratch buffers stay). */
  finish(): void {
    this.rows = [];
    this.units = [];
    this.up = this.down = this.lowerChildren = NO_LISTS;
  }

  pack(row: number[]): void {
    const { slot, units, pos } = this;
    let cursor = 0;
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      slot[c] = i;
      const m = units[c]!;
      for (let j = 0; j < m.length; j++) pos[m[j]!] = cursor++;
      cursor += 1;
    }
  }

  anchorX(k: number): number {
    const { ua, ub, pos } = this;
    return ub[k]! < 0 ? pos[ua[k]!]! : (pos[ua[k]!]! + pos[ub[k]!]!) / 2;
  }

  mirror(c: number): void {
    const m = this.units[c]!;
    const start = this.pos[m[0]!]!;
    m.reverse();
    for (let i = 0; i < m.length; i++) this.pos[m[i]!] = start + i;
  }

  upCost(c: number): number {
    const { up, pos, anchorOf } = this;
    let cost = 0;
    for (let i = up.start[c]!; i < up.start[c + 1]!; i++) {
      const p = up.data[i]!;
      cost += Math.abs(pos[p]! - this.anchorX(anchorOf[p]!));
    }
    return cost;
  }

  childMean(k: number): number {
    const { lowerChildren, pos } = this;
    let sum = 0;
    for (let i = lowerChildren.start[k]!; i < lowerChildren.start[k + 1]!; i++)
      sum += pos[lowerChildren.data[i]!]!;
    return sum / (lowerChildren.start[k + 1]! - lowerChildren.start[k]!);
  }

  downCost(c: number): number {
    const { down } = this;
    let cost = 0;
    for (let i = down.start[c]!; i < down.start[c + 1]!; i++) {
      const k = down.data[i]!;
      cost += Math.abs(this.anchorX(k) - this.childMean(k));
    }
    return cost;
  }

  /** Mirrors a unit when that lowers its cost (towards its parents' couples going down, else its children). */
  settle(c: number, downward: boolean): void {
    if (this.units[c]!.length < 2) return;
    const before = downward ? this.upCost(c) : this.downCost(c);
    this.mirror(c);
    if ((downward ? this.upCost(c) : this.downCost(c)) >= before - 1e-9) this.mirror(c);
  }

  sweepDown(r: number): void {
    const { up, units, pos, key, tie, siblingRank, anchorOf } = this;
    const row = this.rows[r]!;
    for (const c of row) {
      const s = up.start[c]!;
      const e = up.start[c + 1]!;
      let sum = 0;
      let first = Infinity;
      for (let i = s; i < e; i++) {
        sum += this.anchorX(anchorOf[up.data[i]!]!);
        first = Math.min(first, siblingRank[up.data[i]!]!);
      }
      const m = units[c]!;
      key[c] = e > s ? sum / (e - s) : (pos[m[0]!]! + pos[m[m.length - 1]!]!) / 2;
      tie[c] = first;
    }
    row.sort(this.byKey);
    this.pack(row);
    for (const c of row) this.settle(c, true);
  }

  sweepUp(r: number): void {
    const { down, units, pos, key, tie } = this;
    const row = this.rows[r]!;
    for (const c of row) {
      const s = down.start[c]!;
      const e = down.start[c + 1]!;
      let sum = 0;
      for (let i = s; i < e; i++) sum += this.childMean(down.data[i]!);
      const m = units[c]!;
      key[c] = e > s ? sum / (e - s) : (pos[m[0]!]! + pos[m[m.length - 1]!]!) / 2;
      tie[c] = 0;
    }
    row.sort(this.byKey);
    this.pack(row);
    for (const c of row) this.settle(c, false);
  }

  /**
   * Crossings between descent edges (couple → child) of adjacent rows, counted as inversions. Positions are
   * whole slots (pack and mirror give every member an integer position), so an anchor (a person's slot or a
   * couple's midpoint) doubled is an integer too: each edge becomes one exact number `2·anchor·SPAN + child`,
   * sorted natively — by anchor, then child — and the children's slots are then counted for inversions.
   */
  crossings(): number {
    const { rows, up, pos, anchorOf, keys, tmp } = this;
    let total = 0;
    for (let r = 1; r < rows.length; r++) {
      let count = 0;
      for (const c of rows[r]!)
        for (let i = up.start[c]!; i < up.start[c + 1]!; i++) {
          const p = up.data[i]!;
          keys[count++] = 2 * this.anchorX(anchorOf[p]!) * SPAN + pos[p]!;
        }
      const row = keys.subarray(0, count).sort();
      for (let i = 0; i < count; i++) row[i] = row[i]! % SPAN;
      total += inversionsIn(row, tmp);
    }
    return total;
  }
}

const SWEEPER = new Sweeper();

/** Above every slot position (rows hold far fewer persons), below 2^53 / (4 · SPAN) for exact keys. */
const SPAN = 2 ** 22;

/** Number of pairs i < j with values[i] > values[j] (bottom-up merge sort). */
export function inversions(values: ArrayLike<number>): number {
  return inversionsIn(Float64Array.from(values), new Float64Array(values.length));
}

/** inversions() sorting `a` in place, with `tmp` (at least as long) as scratch. */
function inversionsIn(a: Float64Array, tmp: Float64Array): number {
  let count = 0;
  for (let width = 1; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length - width; lo += 2 * width) {
      const mid = lo + width;
      const hi = Math.min(lo + 2 * width, a.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (a[j]! < a[i]!) {
          count += mid - i;
          tmp[k++] = a[j++]!;
        } else tmp[k++] = a[i++]!;
      }
      while (i < mid) tmp[k++] = a[i++]!;
      while (j < hi) tmp[k++] = a[j++]!;
      for (let t = lo; t < hi; t++) a[t] = tmp[t]!;
    }
  }
  return count;
}
