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
import { placeByBlocks } from './block-placement.js';

const ROUNDS = 4;
const FREE = 1e-3;
const PINNED = 1e4;
/** A lone parent's descent line leaves at the side of their label, this far beyond its half width. */
export const LONE_OFFSET = 6;
/** Room between the family and the group of persons not yet joined to it. */
export const LOOSE_GAP = 72;
/** Room between the family and its significant others at the right. */
export const OTHERS_GAP = 56;
/** The column of significant others and the group not yet joined start on a grid of this step. */
export const APART_STEP = 160;

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
  from = 0,
): void {
  scratch.ensure(n);
  const { shift, blockW, blockWT, blockStart } = scratch;
  if (n > from) shift[from] = 0;
  for (let i = from + 1; i < n; i++) shift[i] = shift[i - 1]! + sep[i - 1]!;
  let top = -1;
  for (let i = from; i < n; i++) {
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

/** `buffer` when it holds at least `length` numbers, else a new one. */
function atLeast(buffer: Float64Array, length: number): Float64Array {
  return buffer.length >= length ? buffer : new Float64Array(Math.max(length, 2 * buffer.length));
}

/**
 * The alternating row placement, one instance for every layout: its methods are the hot loops, and as
 * methods of an object that lives on (not closures, or an object, made per layout) their optimised code
 * stays valid through the garbage collections other work causes between two layouts — V8 drops optimised
 * code when an object (a closure, a hidden class) it was built for is collected.
 */
class RowPlacer {
  family: Family | undefined;
  generations: Generations | undefined;
  ordering: Ordering | undefined;
  measures: PersonMeasure[] = [];
  pinnedX: (number | undefined)[] = [];
  rowPersons: number[][] = [];
  rowSeps: Float64Array[] = [];
  x: Float64Array = new Float64Array(0);
  desired: Float64Array = new Float64Array(0);
  weight: Float64Array = new Float64Array(0);
  solved: Float64Array = new Float64Array(0);
  /** Wanted shift of each unit, and how many lines want it (0: free). */
  delta: Float64Array = new Float64Array(0);
  weighted: Float64Array = new Float64Array(0);
  /** Per union: the span of its children in the row being placed (lo = Infinity: none seen yet). */
  lo: Float64Array = new Float64Array(0);
  hi: Float64Array = new Float64Array(0);
  /** Per person: the unions they head (as `a`), partnerships in unionsOf order, then their lone-parent one. */
  ownStart: Int32Array = new Int32Array(0);
  ownData: Int32Array = new Int32Array(0);
  /** Per union: its children in lower rows than its head. */
  lowerStart: Int32Array = new Int32Array(0);
  lowerData: Int32Array = new Int32Array(0);
  /** Per row: where its family ends and its significant others end (the ordering puts them in that order,
   * persons not yet joined last). */
  kinEnd: Int32Array = new Int32Array(0);
  othersEnd: Int32Array = new Int32Array(0);

  /** Takes one layout's state; the scratch buffers grow as needed and are reused. */
  start(
    family: Family,
    generations: Generations,
    ordering: Ordering,
    measures: PersonMeasure[],
    pinnedX: (number | undefined)[],
    rowPersons: number[][],
    rowSeps: Float64Array[],
    x: Float64Array,
  ): this {
    this.family = family;
    this.generations = generations;
    this.ordering = ordering;
    this.measures = measures;
    this.pinnedX = pinnedX;
    this.rowPersons = rowPersons;
    this.rowSeps = rowSeps;
    this.x = x;
    const longest = rowPersons.reduce((m, persons) => Math.max(m, persons.length), 0);
    this.desired = atLeast(this.desired, longest);
    this.weight = atLeast(this.weight, longest);
    this.solved = atLeast(this.solved, longest);
    this.delta = atLeast(this.delta, generations.clusterCount).fill(0);
    this.weighted = atLeast(this.weighted, generations.clusterCount).fill(0);
    const { unions } = family;
    const n = family.persons.length;
    const U = unions.length;
    this.lo = atLeast(this.lo, U).fill(Infinity);
    this.hi = atLeast(this.hi, U).fill(-Infinity);
    const { clusterOf, rowOf } = generations;
    const ownStart = new Int32Array(n + 1);
    const own: number[] = [];
    const loneOf = new Int32Array(n).fill(-1);
    for (let k = 0; k < U; k++) if (unions[k]!.b < 0) loneOf[unions[k]!.a] = k;
    for (let m = 0; m < n; m++) {
      for (const k of family.unionsOf[m]!) if (unions[k]!.a === m) own.push(k);
      if (loneOf[m]! >= 0) own.push(loneOf[m]!);
      ownStart[m + 1] = own.length;
    }
    const lowerStart = new Int32Array(U + 1);
    const lower: number[] = [];
    for (let k = 0; k < U; k++) {
      const r = rowOf[clusterOf[unions[k]!.a]!]!;
      for (const ch of family.childrenOf[k]!) if (rowOf[clusterOf[ch]!]! > r) lower.push(ch);
      lowerStart[k + 1] = lower.length;
    }
    this.ownStart = ownStart;
    this.ownData = Int32Array.from(own);
    this.lowerStart = lowerStart;
    this.lowerData = Int32Array.from(lower);
    const { loose, significantOf } = family;
    this.kinEnd = new Int32Array(rowPersons.length);
    this.othersEnd = new Int32Array(rowPersons.length);
    rowPersons.forEach((persons, r) => {
      let i = persons.length;
      while (i > 0 && loose[persons[i - 1]!]) i--;
      this.othersEnd[r] = i;
      while (i > 0 && !loose[persons[i - 1]!] && significantOf[persons[i - 1]!]! >= 0) i--;
      this.kinEnd[r] = i;
    });
    return this;
  }

  /** Lets go of the layout's data (the scratch buffers stay). */
  finish(): void {
    this.family = this.generations = this.ordering = undefined;
    this.measures = [];
    this.pinnedX = [];
    this.rowPersons = [];
    this.rowSeps = [];
    this.x = new Float64Array(0);
  }

  /**
   * Solves row r for the wanted shifts in `delta`: the family, its significant others and the persons not yet
   * joined to it as three separate runs, so who stands apart (moved aside afterwards) does not shift the
   * family by a fraction of a unit.
   */
  place(r: number): void {
    const { desired, weight, solved, delta, weighted, x, pinnedX } = this;
    const { clusterOf } = this.generations!;
    const persons = this.rowPersons[r]!;
    const count = persons.length;
    for (let i = 0; i < count; i++) {
      const p = persons[i]!;
      const c = clusterOf[p]!;
      const pin = pinnedX[p];
      desired[i] = pin ?? x[p]! + delta[c]!;
      weight[i] = pin !== undefined ? PINNED : weighted[c]! > 0 ? 1 : FREE;
    }
    const kinEnd = this.kinEnd[r]!;
    const othersEnd = this.othersEnd[r]!;
    solveRowInto(desired, weight, this.rowSeps[r]!, kinEnd, solved);
    if (othersEnd > kinEnd) solveRowInto(desired, weight, this.rowSeps[r]!, othersEnd, solved, kinEnd);
    if (count > othersEnd) solveRowInto(desired, weight, this.rowSeps[r]!, count, solved, othersEnd);
    for (let i = 0; i < count; i++) x[persons[i]!] = solved[i]!;
  }

  /** Going down: each child group wants to be centred under its couple. */
  down(r: number): void {
    const { x, lo, hi, delta, weighted, measures } = this;
    const family = this.family!;
    const { anchorOf, unions } = family;
    const { clusterOf, rowOf } = this.generations!;
    const { rows, units } = this.ordering!;
    const persons = this.rowPersons[r]!;
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
        if (a < 0 || rowOf[clusterOf[unions[a]!.a]!]! >= r) continue;
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
    this.place(r);
  }

  /** Going up: each couple wants to sit centred over its children. */
  up(r: number): void {
    const { x, delta, weighted, measures, ownStart, ownData, lowerStart, lowerData } = this;
    const family = this.family!;
    const { rows, units } = this.ordering!;
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
    this.place(r);
  }
}

const PLACER = new RowPlacer();

/** The least-squares placement, kept for maps with pinned persons (they pull their neighbours along). */
function leastSquares(
  family: Family,
  generations: Generations,
  ordering: Ordering,
  measures: PersonMeasure[],
  pinnedX: (number | undefined)[],
  rowPersons: number[][],
  rowSeps: Float64Array[],
): Float64Array {
  const x = new Float64Array(family.persons.length);
  rowPersons.forEach((persons, r) => {
    let cursor = 0;
    persons.forEach((p, i) => {
      x[p] = cursor;
      if (i < persons.length - 1) cursor += rowSeps[r]![i]!;
    });
  });
  const placer = PLACER.start(family, generations, ordering, measures, pinnedX, rowPersons, rowSeps, x);
  const rowCount = rowPersons.length;
  for (let round = 0; round < ROUNDS; round++) {
    for (let r = 1; r < rowCount; r++) placer.down(r);
    for (let r = rowCount - 2; r >= 0; r--) placer.up(r);
  }
  for (let r = 1; r < rowCount; r++) placer.down(r);
  placer.finish();
  return x;
}

/** The unit of the focus's topmost ancestor (following each unit's first member with parents upwards). */
function topAncestor(family: Family, generations: Generations, units: number[][]): number {
  const { clusterOf, rowOf, clusterCount } = generations;
  const { anchorOf, unions } = family;
  let top = clusterOf[family.focus] ?? 0;
  for (let guard = 0; guard < clusterCount; guard++) {
    const m = units[top]!.find((p) => anchorOf[p]! >= 0);
    if (m === undefined) break;
    const parent = clusterOf[unions[anchorOf[m]!]!.a]!;
    if (rowOf[parent]! >= rowOf[top]!) break;
    top = parent;
  }
  return top;
}

export function placeX(
  family: Family,
  generations: Generations,
  ordering: Ordering,
  measures: PersonMeasure[],
  unionLabelWidth: Float64Array,
  pinnedX: (number | undefined)[],
  /** The units pass's member order, which the block placement keeps (default: the ordering's). */
  blockUnits?: number[][],
): XPlacement {
  const { clusterOf } = generations;
  const { rows, units } = ordering;
  const n = family.persons.length;
  const anchorOf = family.anchorOf;
  const unions = family.unions;
  const hasLoneChildren = new Uint8Array(n);
  unions.forEach((u, k) => {
    if (u.b < 0 && family.childrenOf[k]!.length) hasLoneChildren[u.a] = 1;
  });
  /** Least distance between the centres of p and q side by side (p left). */
  const separation = (p: number, q: number): number => {
    const hp = measures[p]!.half;
    const hq = measures[q]!.half;
    if (clusterOf[p] === clusterOf[q]) {
      let label = 0;
      for (const k of family.unionsOf[p]!) {
        const u = unions[k]!;
        if (u.a === q || u.b === q) label = Math.max(label, unionLabelWidth[k]!);
      }
      return Math.max(
        2 * Math.max(hp, hq) + PARTNER_GAP,
        (measures[p]!.size + measures[q]!.size) / 2 + label + 26,
      );
    }
    const siblings = anchorOf[p]! >= 0 && anchorOf[p] === anchorOf[q];
    return hp + hq + (siblings ? SIBLING_GAP : FAMILY_GAP) + (hasLoneChildren[p] ? LONE_OFFSET + 8 : 0);
  };
  const seps = (persons: number[]): Float64Array => {
    const sep = new Float64Array(Math.max(0, persons.length - 1));
    for (let i = 0; i + 1 < persons.length; i++) sep[i] = separation(persons[i]!, persons[i + 1]!);
    return sep;
  };

  const pinnedAny = pinnedX.some((v) => v !== undefined);
  let rowPersons = rows.map((row) => row.flatMap((c) => units[c]!));
  let rowSeps: Float64Array[];
  let x: Float64Array;
  if (pinnedAny) {
    rowSeps = rowPersons.map(seps);
    x = leastSquares(family, generations, ordering, measures, pinnedX, rowPersons, rowSeps);
  } else {
    const run = new Uint8Array(generations.clusterCount);
    for (let c = 0; c < run.length; c++) {
      const first = units[c]![0]!;
      run[c] = family.loose[first] ? 2 : family.significantOf[first]! >= 0 ? 1 : 0;
    }
    const root = topAncestor(family, generations, blockUnits ?? units);
    x = placeByBlocks(
      family,
      generations,
      ordering,
      measures,
      separation,
      blockUnits ?? units,
      run,
      root,
      LONE_OFFSET,
      APART_STEP,
    );
    // Rows in the order the blocks gave them; where two blocks still overlap (an order the blocks could not
    // follow) the later is pushed right.
    const runOf = (p: number) => run[clusterOf[p]!]!;
    rowPersons = rowPersons.map((persons) =>
      [...persons].sort((p, q) => runOf(p) - runOf(q) || x[p]! - x[q]!),
    );
    rowSeps = rowPersons.map(seps);
    rowPersons.forEach((persons, r) => {
      for (let i = 1; i < persons.length; i++) {
        const least = x[persons[i - 1]!]! + rowSeps[r]![i - 1]!;
        if (runOf(persons[i - 1]!) === runOf(persons[i]!) && x[persons[i]!]! < least) x[persons[i]!] = least;
      }
    });
  }

  // Groups apart from the family start at a multiple of APART_STEP: the family growing or shrinking a little
  // leaves them where they are.
  const apart = (least: number): number => (pinnedAny ? least : Math.ceil(least / APART_STEP) * APART_STEP);
  // Significant others stand in a column right of the family, each row's group starting at the same x.
  let kinRight = -Infinity;
  for (let p = 0; p < n; p++)
    if (!family.loose[p] && family.significantOf[p]! < 0)
      kinRight = Math.max(kinRight, x[p]! + measures[p]!.half);
  if (kinRight !== -Infinity)
    for (const persons of rowPersons) {
      const first = persons.find((p) => family.significantOf[p]! >= 0);
      if (first === undefined) continue;
      const shift = apart(kinRight + OTHERS_GAP) - (x[first]! - measures[first]!.half);
      for (const p of persons) if (family.significantOf[p]! >= 0) x[p] = x[p]! + shift;
    }

  // The group of persons not yet joined to the family stands apart at the right.
  let familyRight = -Infinity;
  let looseLeft = Infinity;
  for (let p = 0; p < n; p++)
    if (family.loose[p]) looseLeft = Math.min(looseLeft, x[p]! - measures[p]!.half);
    else familyRight = Math.max(familyRight, x[p]! + measures[p]!.half);
  if (looseLeft !== Infinity && familyRight !== -Infinity) {
    const shift = apart(familyRight + LOOSE_GAP) - looseLeft;
    for (let p = 0; p < n; p++) if (family.loose[p]) x[p] = x[p]! + shift;
  }

  // The family's topmost ancestor stands at the margin, so an edit elsewhere does not move it; what lies left
  // of it may have negative coordinates (the scene's bounds hold them).
  if (!pinnedAny && generations.clusterCount > 0) {
    const first = (blockUnits ?? units)[topAncestor(family, generations, blockUnits ?? units)]![0]!;
    for (let p = 0; p < n; p++) x[p] = x[p]! + MARGIN + measures[first]!.half;
  }
  return { x, rowPersons, rowSeps };
}
