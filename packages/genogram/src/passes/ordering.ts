/**
 * Pass 4 — ordering. Orders the units within each row: a depth-first walk from the focus's oldest ancestors
 * gives a tree-like order, which the block placement (block-placement.ts) takes as it is — it orders children
 * itself (birth order), and this order only decides, for a partner who married in and stands in the middle of
 * their unit, on which side their parents' family goes. Pets follow their household; significant others and
 * persons not yet joined go after the family.
 *
 * Barycentre sweeps that reordered the rows for fewer crossings served the least-squares x placement, which is
 * gone (maps with pins are placed by blocks too): they were global, so an edit anywhere could reorder a row
 * and flip which side a partner's family stands on, and they were the largest part of the first layout in a
 * fresh process.
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
 * passes into typed arrays.
 */
export function orderRows(family: Family, generations: Generations, unitsIn: Units): Ordering {
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

  const bestRows = rows;
  const bestUnits = unitsIn;
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
