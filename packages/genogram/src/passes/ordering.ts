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

  const pos = new Float64Array(n);
  const slot = new Float64Array(clusterCount);
  const pack = (row: number[]) => {
    let cursor = 0;
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      slot[c] = i;
      for (const m of units[c]!) pos[m] = cursor++;
      cursor += 1;
    }
  };
  rows.forEach(pack);
  const anchorX = (k: number) => (ub[k]! < 0 ? pos[ua[k]!]! : (pos[ua[k]!]! + pos[ub[k]!]!) / 2);

  const key = new Float64Array(clusterCount);
  const tie = new Float64Array(clusterCount);
  const byKey = (x: number, y: number) => key[x]! - key[y]! || tie[x]! - tie[y]! || slot[x]! - slot[y]!;
  const mirror = (c: number) => {
    const m = units[c]!;
    const start = pos[m[0]!]!;
    m.reverse();
    for (let i = 0; i < m.length; i++) pos[m[i]!] = start + i;
  };

  const upCost = (c: number): number => {
    let cost = 0;
    for (let i = up.start[c]!; i < up.start[c + 1]!; i++) {
      const p = up.data[i]!;
      cost += Math.abs(pos[p]! - anchorX(anchorOf[p]!));
    }
    return cost;
  };
  const childMean = (k: number): number => {
    let sum = 0;
    for (let i = lowerChildren.start[k]!; i < lowerChildren.start[k + 1]!; i++)
      sum += pos[lowerChildren.data[i]!]!;
    return sum / (lowerChildren.start[k + 1]! - lowerChildren.start[k]!);
  };
  const downCost = (c: number): number => {
    let cost = 0;
    for (let i = down.start[c]!; i < down.start[c + 1]!; i++) {
      const k = down.data[i]!;
      cost += Math.abs(anchorX(k) - childMean(k));
    }
    return cost;
  };
  /** Mirrors a unit when that lowers `cost`. */
  const settle = (c: number, cost: (c: number) => number) => {
    if (units[c]!.length < 2) return;
    const before = cost(c);
    mirror(c);
    if (cost(c) >= before - 1e-9) mirror(c);
  };

  const sweepDown = (r: number) => {
    const row = rows[r]!;
    for (const c of row) {
      const s = up.start[c]!;
      const e = up.start[c + 1]!;
      let sum = 0;
      let first = Infinity;
      for (let i = s; i < e; i++) {
        sum += anchorX(anchorOf[up.data[i]!]!);
        first = Math.min(first, siblingRank[up.data[i]!]!);
      }
      const m = units[c]!;
      key[c] = e > s ? sum / (e - s) : (pos[m[0]!]! + pos[m[m.length - 1]!]!) / 2;
      tie[c] = first;
    }
    row.sort(byKey);
    pack(row);
    for (const c of row) settle(c, upCost);
  };
  const sweepUp = (r: number) => {
    const row = rows[r]!;
    for (const c of row) {
      const s = down.start[c]!;
      const e = down.start[c + 1]!;
      let sum = 0;
      for (let i = s; i < e; i++) sum += childMean(down.data[i]!);
      const m = units[c]!;
      key[c] = e > s ? sum / (e - s) : (pos[m[0]!]! + pos[m[m.length - 1]!]!) / 2;
      tie[c] = 0;
    }
    row.sort(byKey);
    pack(row);
    for (const c of row) settle(c, downCost);
  };

  const keys = new Float64Array(up.data.length);
  const tmp = new Float64Array(up.data.length);
  const crossings = () => countCrossings(rows, up, pos, anchorOf, anchorX, keys, tmp);
  let best = crossings();
  let bestRows = rows.map((r) => [...r]);
  let bestUnits = units.map((m) => [...m]);
  let stale = 0;
  for (let sweep = 0; sweep < SWEEPS && (sweep === 0 || best > 0) && stale < PATIENCE; sweep++) {
    for (let r = rowCount - 2; r >= 0; r--) sweepUp(r);
    for (let r = 1; r < rowCount; r++) sweepDown(r);
    const now = crossings();
    stale = now < best ? 0 : stale + 1;
    if (now <= best) {
      best = now;
      bestRows = rows.map((r) => [...r]);
      bestUnits = units.map((m) => [...m]);
    }
  }
  placePets(family, generations, bestRows, bestUnits);
  // Significant others go after the family, and persons not yet joined to it after everyone else.
  const looseUnit = (c: number) => family.loose[bestUnits[c]![0]!] === 1;
  const otherUnit = (c: number) => family.significantOf[bestUnits[c]![0]!]! >= 0;
  for (const row of bestRows) {
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

/**
 * Crossings between descent edges (couple → child) of adjacent rows, counted as inversions. Positions are
 * whole slots (pack and mirror give every member an integer position), so an anchor (a person's slot or a
 * couple's midpoint) doubled is an integer too: each edge becomes one exact number `2·anchor·SPAN + child`,
 * sorted natively — by anchor, then child — and the children's slots are then counted for inversions.
 * `keys` and `tmp` are scratch buffers at least as long as `up.data`.
 */
function countCrossings(
  rows: number[][],
  up: Csr,
  pos: Float64Array,
  anchorOf: Int32Array,
  anchorX: (k: number) => number,
  keys: Float64Array,
  tmp: Float64Array,
): number {
  let total = 0;
  for (let r = 1; r < rows.length; r++) {
    let count = 0;
    for (const c of rows[r]!)
      for (let i = up.start[c]!; i < up.start[c + 1]!; i++) {
        const p = up.data[i]!;
        keys[count++] = 2 * anchorX(anchorOf[p]!) * SPAN + pos[p]!;
      }
    const row = keys.subarray(0, count).sort();
    for (let i = 0; i < count; i++) row[i] = row[i]! % SPAN;
    total += inversionsIn(row, tmp);
  }
  return total;
}

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
