/**
 * Pass 5 — x placement. Within the order fixed by the ordering pass, every row is placed by a least-squares
 * fit (pool-adjacent-violators, exact and linear) of desired centres under minimum separations: going down,
 * a child group wants to be centred under its couple; going up, a couple wants to sit centred over its
 * children. A few alternating rounds end with a downward pass. Pinned persons want their pinned x with a
 * very large weight; the pins pass puts them exactly there afterwards.
 */
import type { Family } from '../model/family.js';
import { FAMILY_GAP, MARGIN, PARTNER_GAP, SIBLING_GAP } from '../model/metrics.js';
import type { Generations } from './generations.js';
import type { PersonMeasure } from './measure.js';
import type { Ordering } from './ordering.js';

const ROUNDS = 4;
const FREE = 1e-3;
const PINNED = 1e4;
/** A lone parent's descent line leaves at the side of their label, this far beyond its half width. */
export const LONE_OFFSET = 6;
/** Room between the family and the group of persons not yet joined to it. */
export const LOOSE_GAP = 72;
/** Room between the family and its significant others at the right. */
export const OTHERS_GAP = 56;

export interface XPlacement {
  /** Centre x of each person. */
  x: Float64Array;
  /** Persons of each row, left to right. */
  rowPersons: number[][];
  /** Minimum distance between the centres of each row's consecutive persons. */
  rowSeps: Float64Array[];
}

/** Where the descent line of a union leaves its couple line. */
export function descentX(family: Family, measures: PersonMeasure[], x: Float64Array, k: number): number {
  const u = family.unions[k]!;
  return u.b < 0 ? x[u.a]! + measures[u.a]!.half + LONE_OFFSET : (x[u.a]! + x[u.b]!) / 2;
}

/** Scratch buffers of solveRow, grown on demand and reused across rows and calls. */
class RowScratch {
  shift = new Float64Array(0);
  blockW = new Float64Array(0);
  blockWT = new Float64Array(0);
  blockStart = new Int32Array(0);
  ensure(n: number): void {
    if (this.shift.length >= n) return;
    const size = Math.max(n, 2 * this.shift.length);
    this.shift = new Float64Array(size);
    this.blockW = new Float64Array(size);
    this.blockWT = new Float64Array(size);
    this.blockStart = new Int32Array(size);
  }
}
const scratch = new RowScratch();

/** Least squares `Σ w (x − d)²` subject to `x[i+1] − x[i] ≥ sep[i]`, by pool-adjacent-violators. */
export function solveRow(desired: Float64Array, weight: Float64Array, sep: Float64Array): Float64Array {
  const x = new Float64Array(desired.length);
  solveRowInto(desired, weight, sep, desired.length, x);
  return x;
}

/** solveRow on the first `n` entries, writing the result into `x` (no allocation once warm). */
function solveRowInto(
  desired: Float64Array,
  weight: Float64Array,
  sep: Float64Array,
  n: number,
  x: Float64Array,
): void {
  scratch.ensure(n);
  const { shift, blockW, blockWT, blockStart } = scratch;
  if (n > 0) shift[0] = 0;
  for (let i = 1; i < n; i++) shift[i] = shift[i - 1]! + sep[i - 1]!;
  let top = -1;
  for (let i = 0; i < n; i++) {
    top++;
    blockW[top] = weight[i]!;
    blockWT[top] = weight[i]! * (desired[i]! - shift[i]!);
    blockStart[top] = i;
    while (top > 0 && blockWT[top - 1]! / blockW[top - 1]! > blockWT[top]! / blockW[top]!) {
      blockW[top - 1] = blockW[top - 1]! + blockW[top]!;
      blockWT[top - 1] = blockWT[top - 1]! + blockWT[top]!;
      top--;
    }
  }
  for (let b = 0; b <= top; b++) {
    const value = blockWT[b]! / blockW[b]!;
    const end = b < top ? blockStart[b + 1]! : n;
    for (let i = blockStart[b]!; i < end; i++) x[i] = value + shift[i]!;
  }
}

export function placeX(
  family: Family,
  generations: Generations,
  ordering: Ordering,
  measures: PersonMeasure[],
  unionLabelWidth: Float64Array,
  pinnedX: (number | undefined)[],
): XPlacement {
  const { clusterOf, rowOf } = generations;
  const { rows, units } = ordering;
  const n = family.persons.length;
  const anchorOf = family.anchorOf;
  const unions = family.unions;
  const rowOfPerson = (p: number) => rowOf[clusterOf[p]!]!;
  const hasLoneChildren = new Uint8Array(n);
  unions.forEach((u, k) => {
    if (u.b < 0 && family.childrenOf[k]!.length) hasLoneChildren[u.a] = 1;
  });

  const rowPersons = rows.map((row) => row.flatMap((c) => units[c]!));
  const rowSeps = rowPersons.map((persons) => {
    const sep = new Float64Array(Math.max(0, persons.length - 1));
    for (let i = 0; i + 1 < persons.length; i++) {
      const p = persons[i]!;
      const q = persons[i + 1]!;
      const hp = measures[p]!.half;
      const hq = measures[q]!.half;
      if (clusterOf[p] === clusterOf[q]) {
        let label = 0;
        for (const k of family.unionsOf[p]!) {
          const u = unions[k]!;
          if (u.a === q || u.b === q) label = Math.max(label, unionLabelWidth[k]!);
        }
        sep[i] = Math.max(
          2 * Math.max(hp, hq) + PARTNER_GAP,
          (measures[p]!.size + measures[q]!.size) / 2 + label + 26,
        );
      } else {
        const siblings = anchorOf[p]! >= 0 && anchorOf[p] === anchorOf[q];
        sep[i] = hp + hq + (siblings ? SIBLING_GAP : FAMILY_GAP) + (hasLoneChildren[p] ? LONE_OFFSET + 8 : 0);
      }
    }
    return sep;
  });

  const x = new Float64Array(n);
  rowPersons.forEach((persons, r) => {
    let cursor = 0;
    persons.forEach((p, i) => {
      x[p] = cursor;
      if (i < persons.length - 1) cursor += rowSeps[r]![i]!;
    });
  });

  // Scratch rows for the solver, as long as the longest row.
  const longest = rowPersons.reduce((m, persons) => Math.max(m, persons.length), 0);
  const desired = new Float64Array(longest);
  const weight = new Float64Array(longest);
  const solved = new Float64Array(longest);
  const place = (r: number, delta: Float64Array, weighted: Float64Array) => {
    const persons = rowPersons[r]!;
    const count = persons.length;
    for (let i = 0; i < count; i++) {
      const p = persons[i]!;
      const c = clusterOf[p]!;
      const pin = pinnedX[p];
      desired[i] = pin ?? x[p]! + delta[c]!;
      weight[i] = pin !== undefined ? PINNED : weighted[c]! > 0 ? 1 : FREE;
    }
    solveRowInto(desired, weight, rowSeps[r]!, count, solved);
    for (let i = 0; i < count; i++) x[persons[i]!] = solved[i]!;
  };

  const delta = new Float64Array(generations.clusterCount);
  const weighted = new Float64Array(generations.clusterCount);
  // Per union: the span of its children in the row being placed (lo = Infinity: none seen yet).
  const U = unions.length;
  const lo = new Float64Array(U).fill(Infinity);
  const hi = new Float64Array(U).fill(-Infinity);
  const down = (r: number) => {
    const persons = rowPersons[r]!;
    for (let i = 0; i < persons.length; i++) {
      const p = persons[i]!;
      const a = anchorOf[p]!;
      if (a < 0) continue;
      if (x[p]! < lo[a]!) lo[a] = x[p]!;
      if (x[p]! > hi[a]!) hi[a] = x[p]!;
    }
    for (const c of rows[r]!) {
      let sum = 0;
      let count = 0;
      for (const m of units[c]!) {
        const a = anchorOf[m]!;
        if (a < 0 || rowOfPerson(unions[a]!.a) >= r) continue;
        sum += descentX(family, measures, x, a) - (lo[a]! + hi[a]!) / 2;
        count++;
      }
      delta[c] = count ? sum / count : 0;
      weighted[c] = count;
    }
    for (let i = 0; i < persons.length; i++) {
      const a = anchorOf[persons[i]!]!;
      if (a < 0) continue;
      lo[a] = Infinity;
      hi[a] = -Infinity;
    }
    place(r, delta, weighted);
  };
  // Per person: the unions they head (as `a`), partnerships in unionsOf order, then their lone-parent union;
  // per union: its children in lower rows than its head.
  const ownStart = new Int32Array(n + 1);
  const ownData: number[] = [];
  const loneOf = new Int32Array(n).fill(-1);
  unions.forEach((u, k) => {
    if (u.b < 0) loneOf[u.a] = k;
  });
  for (let m = 0; m < n; m++) {
    for (const k of family.unionsOf[m]!) if (unions[k]!.a === m) ownData.push(k);
    if (loneOf[m]! >= 0) ownData.push(loneOf[m]!);
    ownStart[m + 1] = ownData.length;
  }
  const lowerStart = new Int32Array(U + 1);
  const lowerData: number[] = [];
  for (let k = 0; k < U; k++) {
    const r = rowOfPerson(unions[k]!.a);
    for (const ch of family.childrenOf[k]!) if (rowOfPerson(ch) > r) lowerData.push(ch);
    lowerStart[k + 1] = lowerData.length;
  }
  const up = (r: number) => {
    for (const c of rows[r]!) {
      let sum = 0;
      let count = 0;
      for (const m of units[c]!)
        for (let j = ownStart[m]!; j < ownStart[m + 1]!; j++) {
          const k = ownData[j]!;
          const s = lowerStart[k]!;
          const e = lowerStart[k + 1]!;
          if (s === e) continue;
          let l = Infinity;
          let h = -Infinity;
          for (let i = s; i < e; i++) {
            const cx = x[lowerData[i]!]!;
            if (cx < l) l = cx;
            if (cx > h) h = cx;
          }
          sum += (l + h) / 2 - descentX(family, measures, x, k);
          count++;
        }
      delta[c] = count ? sum / count : 0;
      weighted[c] = count;
    }
    place(r, delta, weighted);
  };

  const rowCount = rows.length;
  for (let round = 0; round < ROUNDS; round++) {
    for (let r = 1; r < rowCount; r++) down(r);
    for (let r = rowCount - 2; r >= 0; r--) up(r);
  }
  for (let r = 1; r < rowCount; r++) down(r);

  // Significant others stand in a column right of the family, each row's group starting at the same x.
  let kinRight = -Infinity;
  for (let p = 0; p < n; p++)
    if (!family.loose[p] && family.significantOf[p]! < 0)
      kinRight = Math.max(kinRight, x[p]! + measures[p]!.half);
  if (kinRight !== -Infinity)
    for (const persons of rowPersons) {
      const first = persons.find((p) => family.significantOf[p]! >= 0);
      if (first === undefined) continue;
      const shift = kinRight + OTHERS_GAP - (x[first]! - measures[first]!.half);
      for (const p of persons) if (family.significantOf[p]! >= 0) x[p] = x[p]! + shift;
    }

  // The group of persons not yet joined to the family stands apart at the right.
  let familyRight = -Infinity;
  let looseLeft = Infinity;
  for (let p = 0; p < n; p++)
    if (family.loose[p]) looseLeft = Math.min(looseLeft, x[p]! - measures[p]!.half);
    else familyRight = Math.max(familyRight, x[p]! + measures[p]!.half);
  if (looseLeft !== Infinity && familyRight !== -Infinity) {
    const shift = familyRight + LOOSE_GAP - looseLeft;
    for (let p = 0; p < n; p++) if (family.loose[p]) x[p] = x[p]! + shift;
  }

  if (!pinnedX.some((v) => v !== undefined)) {
    let min = Infinity;
    for (let p = 0; p < n; p++) min = Math.min(min, x[p]! - measures[p]!.half);
    if (min !== Infinity) for (let p = 0; p < n; p++) x[p] = x[p]! - min + MARGIN;
  }
  return { x, rowPersons, rowSeps };
}
