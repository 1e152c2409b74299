/**
 * Pass 4 — ordering. Orders the units within each row to keep descent lines from crossing: a depth-first
 * walk from the focus's oldest ancestors gives a tree-like start, then barycentre sweeps (up: a unit goes
 * over its children; down: under its members' parent couples) reorder the rows, keeping the order with the
 * fewest crossings. Siblings under one couple tie on their barycentre and are ordered oldest-left. A unit may
 * be mirrored so a partner sits on the side of their own family.
 *
 * The sweeps serve the least-squares x placement of maps with pinned persons. The block placement orders
 * children itself (birth order) and takes the start order as it is (`sweeps` 0): the sweeps are global, so an
 * edit anywhere could reorder a row and flip which side a partner's family stands on, and they were the
 * largest part of the first layout in a fresh process.
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

/** Turns per-list counts (in `start[i + 1]`) into starts, and returns the write cursors (a copy of them). */
function prefix(start: Int32Array): Int32Array {
  for (let i = 1; i < start.length; i++) start[i] = start[i]! + start[i - 1]!;
  return start.slice();
}

/*
 * The first layout of a process runs this code in V8's interpreter (issue 16: the cold layout), so the passes
 * below are written for it as much as for the optimising compiler: index loops, not for-of (an array
 * iterator allocates a result object per step until the code is optimised); lists built in two counting
 * passes into typed arrays; no closures or copies of arrays per sweep.
 */
export function orderRows(
  family: Family,
  generations: Generations,
  unitsIn: Units,
  /** Barycentre sweeps at most (0: the depth-first start order, each unit as the units pass made it). */
  sweeps = SWEEPS,
): Ordering {
  const { clusterOf, rowOf, rowCount, clusterCount } = generations;
  const n = family.persons.length;
  const { unions, anchorOf, childrenOf } = family;
  const U = unions.length;
  const ua = new Int32Array(U);
  const ub = new Int32Array(U);
  for (let k = 0; k < U; k++) {
    ua[k] = unions[k]!.a;
    ub[k] = unions[k]!.b;
  }

  // Members of every unit, flat: unit c is members[memberStart[c] .. memberStart[c + 1]).
  const memberStart = new Int32Array(clusterCount + 1);
  for (let c = 0; c < clusterCount; c++) memberStart[c + 1] = memberStart[c]! + unitsIn[c]!.length;
  const members = new Int32Array(memberStart[clusterCount]!);
  for (let c = 0; c < clusterCount; c++) members.set(unitsIn[c]!, memberStart[c]!);

  // Per person: the couples with children they head.
  const parentUnions: Csr = { start: new Int32Array(n + 1), data: new Int32Array(0) };
  for (let k = 0; k < U; k++) {
    if (childrenOf[k]!.length === 0) continue;
    parentUnions.start[ua[k]! + 1]!++;
    if (ub[k]! >= 0) parentUnions.start[ub[k]! + 1]!++;
  }
  const parentAt = prefix(parentUnions.start);
  parentUnions.data = new Int32Array(parentUnions.start[n]!);
  for (let k = 0; k < U; k++) {
    if (childrenOf[k]!.length === 0) continue;
    parentUnions.data[parentAt[ua[k]!]!++] = k;
    if (ub[k]! >= 0) parentUnions.data[parentAt[ub[k]!]!++] = k;
  }

  // Start: depth-first from the focus's topmost ancestor, children before the families partners came from.
  const rows: number[][] = [];
  for (let r = 0; r < rowCount; r++) rows.push([]);
  const visited = new Uint8Array(clusterCount);
  let top = clusterOf[family.focus] ?? 0;
  for (let guard = 0; guard < clusterCount; guard++) {
    let m = -1;
    for (let j = memberStart[top]!; j < memberStart[top + 1]! && m < 0; j++)
      if (anchorOf[members[j]!]! >= 0) m = members[j]!;
    if (m < 0) break;
    const parent = clusterOf[ua[anchorOf[m]!]!]!;
    if (rowOf[parent]! >= rowOf[top]!) break;
    top = parent;
  }
  const stack: number[] = [];
  const next: number[] = [];
  for (let from = -1; from < clusterCount; from++) {
    const start = from < 0 ? top : from;
    if (start >= clusterCount || visited[start]) continue;
    stack.push(start);
    while (stack.length) {
      const c = stack.pop()!;
      if (visited[c]) continue;
      visited[c] = 1;
      rows[rowOf[c]!]!.push(c);
      next.length = 0;
      const ms = memberStart[c]!;
      const me = memberStart[c + 1]!;
      for (let j = ms; j < me; j++) {
        const m = members[j]!;
        for (let i = parentUnions.start[m]!; i < parentUnions.start[m + 1]!; i++) {
          const children = childrenOf[parentUnions.data[i]!]!;
          for (let h = 0; h < children.length; h++) next.push(clusterOf[children[h]!]!);
        }
      }
      for (let j = ms; j < me; j++) {
        const a = anchorOf[members[j]!]!;
        if (a < 0) continue;
        next.push(clusterOf[ua[a]!]!);
        if (ub[a]! >= 0) next.push(clusterOf[ub[a]!]!);
      }
      for (let i = next.length - 1; i >= 0; i--) if (!visited[next[i]!]) stack.push(next[i]!);
    }
  }

  const ordered =
    sweeps > 0
      ? sweep(family, generations, rows, members, memberStart, ua, ub, sweeps)
      : { rows, units: unitsIn };
  const bestRows = ordered.rows;
  const bestUnits = ordered.units;
  placePets(family, generations, bestRows, bestUnits);
  // Significant others go after the family, and persons not yet joined to it after everyone else.
  const { loose, significantOf } = family;
  let apartAny = loose.includes(1);
  for (let p = 0; p < n && !apartAny; p++) if (significantOf[p]! >= 0) apartAny = true;
  for (let r = 0; r < rowCount && apartAny; r++) {
    const row = bestRows[r]!;
    const kept: number[] = [];
    const side: number[] = [];
    const apart: number[] = [];
    for (let i = 0; i < row.length; i++) {
      const first = bestUnits[row[i]!]![0]!;
      (loose[first] === 1 ? apart : significantOf[first]! >= 0 ? side : kept).push(row[i]!);
    }
    if (apart.length === 0 && side.length === 0) continue;
    row.length = 0;
    row.push(...kept, ...side, ...apart);
  }
  return { rows: bestRows, units: bestUnits };
}

/**
 * Reorders `rows` (in place, and returns the best order found) by up to `sweeps` barycentre sweeps, keeping
 * the order with the fewest crossings; units may come out mirrored. Per unit: members hanging from a couple in
 * a higher row (up); couples the unit parents with lower children (down). Per couple: its children in lower
 * rows.
 */
function sweep(
  family: Family,
  generations: Generations,
  rows: number[][],
  members: Int32Array,
  memberStart: Int32Array,
  ua: Int32Array,
  ub: Int32Array,
  sweeps: number,
): Ordering {
  const { clusterOf, rowOf, rowCount, clusterCount } = generations;
  const n = family.persons.length;
  const { anchorOf, childrenOf } = family;
  const U = ua.length;
  const personRow = new Int32Array(n);
  for (let p = 0; p < n; p++) personRow[p] = rowOf[clusterOf[p]!]!;
  const siblingRank = new Int32Array(n);
  const up: Csr = { start: new Int32Array(clusterCount + 1), data: new Int32Array(0) };
  const down: Csr = { start: new Int32Array(clusterCount + 1), data: new Int32Array(0) };
  const lowerChildren: Csr = { start: new Int32Array(U + 1), data: new Int32Array(0) };
  for (let k = 0; k < U; k++) {
    const list = childrenOf[k]!;
    if (list.length === 0) continue;
    const r = personRow[ua[k]!]!;
    let lower = 0;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (personRow[c]! <= r) continue;
      lower++;
      up.start[clusterOf[c]! + 1]!++;
      siblingRank[c] = i;
    }
    lowerChildren.start[k + 1] = lower;
    if (lower > 0) down.start[clusterOf[ua[k]!]! + 1]!++;
  }
  const upAt = prefix(up.start);
  const downAt = prefix(down.start);
  const lowerAt = prefix(lowerChildren.start);
  up.data = new Int32Array(up.start[clusterCount]!);
  down.data = new Int32Array(down.start[clusterCount]!);
  lowerChildren.data = new Int32Array(lowerChildren.start[U]!);
  for (let k = 0; k < U; k++) {
    const list = childrenOf[k]!;
    if (list.length === 0) continue;
    const r = personRow[ua[k]!]!;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (personRow[c]! <= r) continue;
      up.data[upAt[clusterOf[c]!]!++] = c;
      lowerChildren.data[lowerAt[k]!++] = c;
    }
    if (lowerChildren.start[k + 1]! > lowerChildren.start[k]!) down.data[downAt[clusterOf[ua[k]!]!]!++] = k;
  }

  const sweeper = SWEEPER.start(
    rows,
    members,
    memberStart,
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
  for (let r = 0; r < rowCount; r++) sweeper.pack(rows[r]!);
  // The best order so far, flat: its rows one after another, and its units' members (a unit may be mirrored).
  const bestRowData = new Int32Array(clusterCount);
  const bestMembers = members.slice();
  const keep = (): void => {
    let at = 0;
    for (let r = 0; r < rowCount; r++) {
      const row = rows[r]!;
      for (let i = 0; i < row.length; i++) bestRowData[at++] = row[i]!;
    }
    bestMembers.set(members);
  };
  let best = sweeper.crossings();
  keep();
  let stale = 0;
  for (let round = 0; round < sweeps && (round === 0 || best > 0) && stale < PATIENCE; round++) {
    for (let r = rowCount - 2; r >= 0; r--) sweeper.sweepUp(r);
    for (let r = 1; r < rowCount; r++) sweeper.sweepDown(r);
    const now = sweeper.crossings();
    stale = now < best ? 0 : stale + 1;
    if (now <= best) {
      best = now;
      keep();
    }
  }
  sweeper.finish();
  const bestRows: number[][] = [];
  let at = 0;
  for (let r = 0; r < rowCount; r++) {
    const row = new Array<number>(rows[r]!.length);
    for (let i = 0; i < row.length; i++) row[i] = bestRowData[at++]!;
    bestRows.push(row);
  }
  const bestUnits: Units = [];
  for (let c = 0; c < clusterCount; c++) {
    const unit = new Array<number>(memberStart[c + 1]! - memberStart[c]!);
    for (let i = 0; i < unit.length; i++) unit[i] = bestMembers[memberStart[c]! + i]!;
    bestUnits.push(unit);
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

/** zeroed() for whole numbers. */
function zeroedInts(buffer: Int32Array, length: number): Int32Array {
  if (buffer.length < length) return new Int32Array(Math.max(length, 2 * buffer.length));
  buffer.fill(0, 0, length);
  return buffer;
}

/** No sibling rank (above every rank). */
const NONE = 0x7fffffff;

/**
 * The barycentre sweeps over one ordering's state, one instance for every layout: its methods are the hot
 * loops, and as methods of an object that lives on (not closures, or an object, made per layout) their
 * optimised code stays valid through the garbage collections other work causes between two layouts — V8
 * drops optimised code when an object (a closure, a hidden class) it was built for is collected. The anchor
 * of a couple (a lone parent's slot, or the middle of the two partners') is written out where it is needed:
 * until the code is optimised, every call costs.
 */
class Sweeper {
  rows: number[][] = [];
  /** Members of every unit, flat (unit c: members[memberStart[c] .. memberStart[c + 1])); mirrored in place. */
  members: Int32Array = new Int32Array(0);
  memberStart: Int32Array = new Int32Array(1);
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
  /** Position of each person in its row (whole slots). Whole numbers in Int32Arrays: until the code is
   * optimised, every number read from a Float64Array is a new heap object. */
  pos: Int32Array = new Int32Array(0);
  /** Index of each unit in its row. */
  slot: Int32Array = new Int32Array(0);
  key: Float64Array = new Float64Array(0);
  /** The lowest sibling rank among a unit's members hanging from a couple above (NONE: no such member). */
  tie: Int32Array = new Int32Array(0);
  /** Per couple: the mean slot of its lower children (set by sweepUp for the row it sweeps). */
  mean: Float64Array = new Float64Array(0);
  /** Scratch for the crossing count, as long as `up.data` (Int32Array while the edge keys fit). */
  keys: Int32Array | Float64Array = new Int32Array(0);
  tmp: Int32Array | Float64Array = new Int32Array(0);
  /** Above every slot of a row: edge keys are `anchor·2·span + slot`. */
  span = 1;
  readonly byKey = (x: number, y: number): number =>
    this.key[x]! - this.key[y]! || this.tie[x]! - this.tie[y]! || this.slot[x]! - this.slot[y]!;

  /** Takes one layout's state; the scratch buffers grow as needed and are reused. */
  start(
    rows: number[][],
    members: Int32Array,
    memberStart: Int32Array,
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
    this.members = members;
    this.memberStart = memberStart;
    this.up = up;
    this.down = down;
    this.lowerChildren = lowerChildren;
    this.anchorOf = anchorOf;
    this.ua = ua;
    this.ub = ub;
    this.siblingRank = siblingRank;
    this.pos = zeroedInts(this.pos, persons);
    this.slot = zeroedInts(this.slot, clusters);
    this.key = zeroed(this.key, clusters);
    this.tie = zeroedInts(this.tie, clusters);
    this.mean = zeroed(this.mean, lowerChildren.start.length - 1);
    // A row's slots run to its members plus its units (a gap after each).
    this.span = persons + clusters + 1;
    const edges = up.data.length;
    if (2 * this.span * this.span < 2 ** 31) {
      this.keys = zeroedInts(this.keys instanceof Int32Array ? this.keys : new Int32Array(0), edges);
      this.tmp = zeroedInts(this.tmp instanceof Int32Array ? this.tmp : new Int32Array(0), edges);
    } else {
      this.keys = zeroed(this.keys instanceof Float64Array ? this.keys : new Float64Array(0), edges);
      this.tmp = zeroed(this.tmp instanceof Float64Array ? this.tmp : new Float64Array(0), edges);
    }
    return this;
  }

  /** Lets go of the layout's data (the scratch buffers stay). */
  finish(): void {
    this.rows = [];
    this.members = new Int32Array(0);
    this.memberStart = new Int32Array(1);
    this.up = this.down = this.lowerChildren = NO_LISTS;
  }

  pack(row: number[]): void {
    const { slot, members, memberStart, pos } = this;
    let cursor = 0;
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      slot[c] = i;
      for (let j = memberStart[c]!; j < memberStart[c + 1]!; j++) pos[members[j]!] = cursor++;
      cursor += 1;
    }
  }

  mirror(c: number): void {
    const { members, pos } = this;
    let i = this.memberStart[c]!;
    let j = this.memberStart[c + 1]! - 1;
    const start = pos[members[i]!]!;
    const first = i;
    for (; i < j; i++, j--) {
      const m = members[i]!;
      members[i] = members[j]!;
      members[j] = m;
    }
    for (let k = first; k < this.memberStart[c + 1]!; k++) pos[members[k]!] = start + (k - first);
  }

  /**
   * How far unit c's members that hang from a couple above sit from that couple's anchor, summed and doubled
   * (the cost going down); with `mirrored`, as if the unit were mirrored. Mirroring maps a member's slot s to
   * `first + last − s` (first and last: the unit's end slots) and moves no couple above, so both costs come
   * from one pass, exactly (slots are whole, anchors whole or halves).
   */
  upCost(c: number, mirrored: boolean): number {
    const { up, pos, anchorOf, ua, ub, members, memberStart } = this;
    const ends = mirrored ? pos[members[memberStart[c]!]!]! + pos[members[memberStart[c + 1]! - 1]!]! : 0;
    // Doubled (anchors are whole or halves), so every term is a whole number.
    let cost = 0;
    for (let i = up.start[c]!; i < up.start[c + 1]!; i++) {
      const p = up.data[i]!;
      const k = anchorOf[p]!;
      const anchor2 = ub[k]! < 0 ? 2 * pos[ua[k]!]! : pos[ua[k]!]! + pos[ub[k]!]!;
      cost += Math.abs(2 * (mirrored ? ends - pos[p]! : pos[p]!) - anchor2);
    }
    return cost;
  }

  childMean(k: number): number {
    const { lowerChildren, pos } = this;
    const s = lowerChildren.start[k]!;
    const e = lowerChildren.start[k + 1]!;
    let sum = 0;
    for (let i = s; i < e; i++) sum += pos[lowerChildren.data[i]!]!;
    return sum / (e - s);
  }

  /**
   * How far the couples unit c heads sit from the middle of their lower children, summed (the cost going
   * up), with each couple's child mean from `mean`; with `mirrored`, as if the unit were mirrored (both
   * partners of a couple are in the unit, so its anchor a maps to `first + last − a`).
   */
  downCost(c: number, mirrored: boolean): number {
    const { down, pos, ua, ub, members, memberStart, mean } = this;
    const ends = mirrored ? pos[members[memberStart[c]!]!]! + pos[members[memberStart[c + 1]! - 1]!]! : 0;
    let cost = 0;
    for (let i = down.start[c]!; i < down.start[c + 1]!; i++) {
      const k = down.data[i]!;
      const ax = ub[k]! < 0 ? pos[ua[k]!]! : (pos[ua[k]!]! + pos[ub[k]!]!) / 2;
      cost += Math.abs((mirrored ? ends - ax : ax) - mean[k]!);
    }
    return cost;
  }

  /** Mirrors a unit when that lowers its cost (towards its parents' couples going down, else its children). */
  settle(c: number, downward: boolean): void {
    if (this.memberStart[c + 1]! - this.memberStart[c]! < 2) return;
    const before = downward ? this.upCost(c, false) : this.downCost(c, false);
    const after = downward ? this.upCost(c, true) : this.downCost(c, true);
    if (after < before - 1e-9) this.mirror(c);
  }

  sweepDown(r: number): void {
    const { up, members, memberStart, pos, key, tie, siblingRank, anchorOf, ua, ub } = this;
    const row = this.rows[r]!;
    for (let j = 0; j < row.length; j++) {
      const c = row[j]!;
      const s = up.start[c]!;
      const e = up.start[c + 1]!;
      // The anchors' sum doubled (whole); the quotient is the same number as the plain sum's over e − s.
      let sum2 = 0;
      let first = NONE;
      for (let i = s; i < e; i++) {
        const p = up.data[i]!;
        const k = anchorOf[p]!;
        sum2 += ub[k]! < 0 ? 2 * pos[ua[k]!]! : pos[ua[k]!]! + pos[ub[k]!]!;
        first = Math.min(first, siblingRank[p]!);
      }
      key[c] =
        e > s
          ? sum2 / (2 * (e - s))
          : (pos[members[memberStart[c]!]!]! + pos[members[memberStart[c + 1]! - 1]!]!) / 2;
      tie[c] = first;
    }
    row.sort(this.byKey);
    this.pack(row);
    for (let j = 0; j < row.length; j++) this.settle(row[j]!, true);
  }

  sweepUp(r: number): void {
    const { down, members, memberStart, pos, key, tie, mean } = this;
    const row = this.rows[r]!;
    for (let j = 0; j < row.length; j++) {
      const c = row[j]!;
      const s = down.start[c]!;
      const e = down.start[c + 1]!;
      let sum = 0;
      for (let i = s; i < e; i++) {
        const k = down.data[i]!;
        mean[k] = this.childMean(k);
        sum += mean[k]!;
      }
      key[c] =
        e > s
          ? sum / (e - s)
          : (pos[members[memberStart[c]!]!]! + pos[members[memberStart[c + 1]! - 1]!]!) / 2;
      tie[c] = 0;
    }
    row.sort(this.byKey);
    this.pack(row);
    for (let j = 0; j < row.length; j++) this.settle(row[j]!, false);
  }

  /**
   * Crossings between descent edges (couple → child) of adjacent rows, counted as inversions. Positions are
   * whole slots (pack and mirror give every member an integer position), so an anchor (a person's slot or a
   * couple's midpoint) doubled is an integer too: each edge becomes one exact number `2·anchor·span + child`
   * (an Int32 while it fits), sorted natively — by anchor, then child — and the children's slots are then
   * counted for inversions.
   */
  crossings(): number {
    const { rows, up, pos, anchorOf, ua, ub, keys, tmp, span } = this;
    let total = 0;
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r]!;
      let count = 0;
      for (let j = 0; j < row.length; j++) {
        const c = row[j]!;
        for (let i = up.start[c]!; i < up.start[c + 1]!; i++) {
          const p = up.data[i]!;
          const k = anchorOf[p]!;
          const anchor2 = ub[k]! < 0 ? 2 * pos[ua[k]!]! : pos[ua[k]!]! + pos[ub[k]!]!;
          keys[count++] = anchor2 * span + pos[p]!;
        }
      }
      const edges = keys.subarray(0, count).sort();
      for (let i = 0; i < count; i++) edges[i] = edges[i]! % span;
      total += inversionsIn(edges, tmp);
    }
    return total;
  }
}

const SWEEPER = new Sweeper();

/** Number of pairs i < j with values[i] > values[j] (bottom-up merge sort). */
export function inversions(values: ArrayLike<number>): number {
  return inversionsIn(Float64Array.from(values), new Float64Array(values.length));
}

/** inversions() sorting `a` in place, with `tmp` (at least as long) as scratch. */
function inversionsIn(a: Int32Array | Float64Array, tmp: Int32Array | Float64Array): number {
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
