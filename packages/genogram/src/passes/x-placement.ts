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

/** Least squares `Σ w (x − d)²` subject to `x[i+1] − x[i] ≥ sep[i]`, by pool-adjacent-violators. */
export function solveRow(desired: Float64Array, weight: Float64Array, sep: Float64Array): Float64Array {
  const n = desired.length;
  const shift = new Float64Array(n);
  for (let i = 1; i < n; i++) shift[i] = shift[i - 1]! + sep[i - 1]!;
  const blockW = new Float64Array(n);
  const blockWT = new Float64Array(n);
  const blockStart = new Int32Array(n);
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
  const x = new Float64Array(n);
  for (let b = 0; b <= top; b++) {
    const value = blockWT[b]! / blockW[b]!;
    const end = b < top ? blockStart[b + 1]! : n;
    for (let i = blockStart[b]!; i < end; i++) x[i] = value + shift[i]!;
  }
  return x;
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

  const place = (r: number, delta: Float64Array, weighted: Float64Array) => {
    const persons = rowPersons[r]!;
    const desired = new Float64Array(persons.length);
    const weight = new Float64Array(persons.length);
    persons.forEach((p, i) => {
      const c = clusterOf[p]!;
      const pin = pinnedX[p];
      desired[i] = pin ?? x[p]! + delta[c]!;
      weight[i] = pin !== undefined ? PINNED : weighted[c]! > 0 ? 1 : FREE;
    });
    const solved = solveRow(desired, weight, rowSeps[r]!);
    persons.forEach((p, i) => (x[p] = solved[i]!));
  };

  const delta = new Float64Array(generations.clusterCount);
  const weighted = new Float64Array(generations.clusterCount);
  const groupCentre = new Map<number, number>();
  const down = (r: number) => {
    groupCentre.clear();
    const lo = new Map<number, number>();
    const hi = new Map<number, number>();
    for (const p of rowPersons[r]!) {
      const a = anchorOf[p]!;
      if (a < 0) continue;
      lo.set(a, Math.min(lo.get(a) ?? Infinity, x[p]!));
      hi.set(a, Math.max(hi.get(a) ?? -Infinity, x[p]!));
    }
    for (const [a, l] of lo) groupCentre.set(a, (l + hi.get(a)!) / 2);
    for (const c of rows[r]!) {
      let sum = 0;
      let count = 0;
      for (const m of units[c]!) {
        const a = anchorOf[m]!;
        if (a < 0 || rowOfPerson(unions[a]!.a) >= r) continue;
        sum += descentX(family, measures, x, a) - groupCentre.get(a)!;
        count++;
      }
      delta[c] = count ? sum / count : 0;
      weighted[c] = count;
    }
    place(r, delta, weighted);
  };
  const up = (r: number) => {
    for (const c of rows[r]!) {
      let sum = 0;
      let count = 0;
      for (const m of units[c]!)
        for (const k of family.unionsOf[m]!.concat(lone(m))) {
          const u = unions[k]!;
          if (u.a !== m) continue;
          let l = Infinity;
          let h = -Infinity;
          for (const ch of family.childrenOf[k]!) {
            if (rowOfPerson(ch) <= r) continue;
            l = Math.min(l, x[ch]!);
            h = Math.max(h, x[ch]!);
          }
          if (l === Infinity) continue;
          sum += (l + h) / 2 - descentX(family, measures, x, k);
          count++;
        }
      delta[c] = count ? sum / count : 0;
      weighted[c] = count;
    }
    place(r, delta, weighted);
  };
  const loneOf = new Map<number, number>();
  unions.forEach((u, k) => {
    if (u.b < 0) loneOf.set(u.a, k);
  });
  const lone = (m: number): number[] => {
    const k = loneOf.get(m);
    return k === undefined ? [] : [k];
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
