/**
 * Pass 4 — ordering. Orders the units within each row to keep descent lines from crossing: a depth-first
 * walk from the focus's oldest ancestors gives a tree-like start, then barycentre sweeps (down: a unit goes
 * under its members' parent couples; up: over its children) reorder the rows, keeping the order with the
 * fewest crossings. Siblings under one couple tie on their barycentre and are ordered oldest-left. A unit may
 * be mirrored so a partner sits on the side of their own family.
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

const SWEEPS = 8;

export function orderRows(family: Family, generations: Generations, unitsIn: Units): Ordering {
  const { clusterOf, rowOf, rowCount, clusterCount } = generations;
  const units = unitsIn.map((m) => [...m]);
  const n = family.persons.length;
  const unions = family.unions;
  const anchorOf = family.anchorOf;
  const rowOfPerson = (p: number) => rowOf[clusterOf[p]!]!;

  // Unions each person parents (lone-parent unions included).
  const parentOf: number[][] = Array.from({ length: n }, () => []);
  unions.forEach((u, k) => {
    if (family.childrenOf[k]!.length === 0) return;
    parentOf[u.a]!.push(k);
    if (u.b >= 0) parentOf[u.b]!.push(k);
  });
  const siblingRank = new Int32Array(n);
  for (const list of family.childrenOf) list.forEach((c, i) => (siblingRank[c] = i));

  // Start: depth-first from the focus's topmost ancestor, children before the families partners came from.
  const rows: number[][] = Array.from({ length: rowCount }, () => []);
  const visited = new Uint8Array(clusterCount);
  const walk = (start: number) => {
    const stack = [start];
    while (stack.length) {
      const c = stack.pop()!;
      if (visited[c]) continue;
      visited[c] = 1;
      rows[rowOf[c]!]!.push(c);
      const next: number[] = [];
      for (const m of units[c]!)
        for (const k of parentOf[m]!) for (const ch of family.childrenOf[k]!) next.push(clusterOf[ch]!);
      for (const m of units[c]!) {
        const a = anchorOf[m]!;
        if (a < 0) continue;
        next.push(clusterOf[unions[a]!.a]!);
        if (unions[a]!.b >= 0) next.push(clusterOf[unions[a]!.b]!);
      }
      for (let i = next.length - 1; i >= 0; i--) if (!visited[next[i]!]) stack.push(next[i]!);
    }
  };
  let top = clusterOf[family.focus] ?? 0;
  for (let guard = 0; guard < clusterCount && clusterCount > 0; guard++) {
    const m = units[top]!.find((p) => anchorOf[p]! >= 0);
    if (m === undefined) break;
    const up = clusterOf[unions[anchorOf[m]!]!.a]!;
    if (rowOf[up]! >= rowOf[top]!) break;
    top = up;
  }
  if (clusterCount > 0) walk(top);
  for (let c = 0; c < clusterCount; c++) if (!visited[c]) walk(c);

  const pos = new Float64Array(n);
  const pack = (row: number[]) => {
    let cursor = 0;
    for (const c of row) {
      for (const m of units[c]!) pos[m] = cursor++;
      cursor += 1;
    }
  };
  rows.forEach(pack);
  const anchorX = (k: number) => {
    const u = unions[k]!;
    return u.b < 0 ? pos[u.a]! : (pos[u.a]! + pos[u.b]!) / 2;
  };
  const centre = (c: number) => {
    const m = units[c]!;
    return (pos[m[0]!]! + pos[m[m.length - 1]!]!) / 2;
  };

  const key = new Float64Array(clusterCount);
  const tie = new Float64Array(clusterCount);
  const sortRow = (row: number[]) => {
    const current = new Map<number, number>();
    row.forEach((c, i) => current.set(c, i));
    row.sort((x, y) => key[x]! - key[y]! || tie[x]! - tie[y]! || current.get(x)! - current.get(y)!);
  };
  const mirrorIfBetter = (c: number, cost: (mirrored: boolean) => number) => {
    const m = units[c]!;
    if (m.length < 2) return;
    if (cost(true) < cost(false) - 1e-9) {
      m.reverse();
      const start = pos[m[m.length - 1]!]!;
      m.forEach((p, i) => (pos[p] = start + i));
    }
  };

  const sweepDown = (r: number) => {
    const row = rows[r]!;
    for (const c of row) {
      let sum = 0;
      let count = 0;
      let rank = Infinity;
      for (const m of units[c]!) {
        const a = anchorOf[m]!;
        if (a < 0 || rowOfPerson(unions[a]!.a) >= r) continue;
        sum += anchorX(a);
        count++;
        rank = Math.min(rank, siblingRank[m]!);
      }
      key[c] = count ? sum / count : centre(c);
      tie[c] = rank;
    }
    sortRow(row);
    pack(row);
    for (const c of row) {
      const m = units[c]!;
      const first = pos[m[0]!]!;
      const last = pos[m[m.length - 1]!]!;
      mirrorIfBetter(c, (mirrored) => {
        let cost = 0;
        for (const p of m) {
          const a = anchorOf[p]!;
          if (a < 0 || rowOfPerson(unions[a]!.a) >= r) continue;
          const x = mirrored ? first + last - pos[p]! : pos[p]!;
          cost += Math.abs(x - anchorX(a));
        }
        return cost;
      });
    }
  };

  const childMean = (k: number, r: number): number | undefined => {
    let sum = 0;
    let count = 0;
    for (const ch of family.childrenOf[k]!) {
      if (rowOfPerson(ch) <= r) continue;
      sum += pos[ch]!;
      count++;
    }
    return count ? sum / count : undefined;
  };
  const sweepUp = (r: number) => {
    const row = rows[r]!;
    for (const c of row) {
      let sum = 0;
      let count = 0;
      for (const m of units[c]!)
        for (const k of parentOf[m]!) {
          if (unions[k]!.a !== m && unions[k]!.b >= 0) continue; // count each couple once
          const mean = childMean(k, r);
          if (mean === undefined) continue;
          sum += mean;
          count++;
        }
      key[c] = count ? sum / count : centre(c);
      tie[c] = 0;
    }
    sortRow(row);
    pack(row);
    for (const c of row) {
      const m = units[c]!;
      const first = pos[m[0]!]!;
      const last = pos[m[m.length - 1]!]!;
      const mirror = (p: number, mirrored: boolean) => (mirrored ? first + last - pos[p]! : pos[p]!);
      mirrorIfBetter(c, (mirrored) => {
        let cost = 0;
        for (const p of m)
          for (const k of parentOf[p]!) {
            if (unions[k]!.a !== p && unions[k]!.b >= 0) continue;
            const mean = childMean(k, r);
            if (mean === undefined) continue;
            const u = unions[k]!;
            const x = u.b < 0 ? mirror(u.a, mirrored) : (mirror(u.a, mirrored) + mirror(u.b, mirrored)) / 2;
            cost += Math.abs(x - mean);
          }
        return cost;
      });
    }
  };

  const crossings = () => countCrossings(family, rows, units, pos, rowOfPerson, anchorX);
  let best = crossings();
  let bestRows = rows.map((r) => [...r]);
  let bestUnits = units.map((m) => [...m]);
  for (let sweep = 0; sweep < SWEEPS && (sweep === 0 || best > 0); sweep++) {
    for (let r = rowCount - 2; r >= 0; r--) sweepUp(r);
    for (let r = 1; r < rowCount; r++) sweepDown(r);
    const now = crossings();
    if (now <= best) {
      best = now;
      bestRows = rows.map((r) => [...r]);
      bestUnits = units.map((m) => [...m]);
    }
  }
  return { rows: bestRows, units: bestUnits };
}

/** Crossings between descent edges (couple → child) of adjacent rows, counted as inversions. */
function countCrossings(
  family: Family,
  rows: number[][],
  units: Units,
  pos: Float64Array,
  rowOfPerson: (p: number) => number,
  anchorX: (k: number) => number,
): number {
  let total = 0;
  for (let r = 1; r < rows.length; r++) {
    const edges: [number, number][] = [];
    for (const c of rows[r]!)
      for (const m of units[c]!) {
        const a = family.anchorOf[m]!;
        if (a >= 0 && rowOfPerson(family.unions[a]!.a) === r - 1) edges.push([anchorX(a), pos[m]!]);
      }
    edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    total += inversions(edges.map((e) => e[1]));
  }
  return total;
}

/** Number of pairs i < j with values[i] > values[j] (merge sort). */
export function inversions(values: number[]): number {
  const a = Float64Array.from(values);
  const tmp = new Float64Array(a.length);
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
