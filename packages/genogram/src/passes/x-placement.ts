/**
 * Pass 5 — x placement, by blocks (block-placement.ts: every unit placed from its own contents, so an edit
 * moves only its family's block and what must make room for it). The significant others and the persons not
 * yet joined to the family stand apart at the right, the family's topmost ancestor at the margin; then persons
 * pinned by hand go to their pins with their blocks, and the rest make room (pinned-blocks.ts).
 */
import type { Family } from '../model/family.js';
import { FAMILY_GAP, MARGIN, PARTNER_GAP, SIBLING_GAP } from '../model/metrics.js';
import type { Generations } from './generations.js';
import type { PersonMeasure } from './measure.js';
import type { Ordering } from './ordering.js';
import { placeByBlocks } from './block-placement.js';
import { pinBlocks } from './pinned-blocks.js';

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
}

/** Where the descent line of a union leaves its couple line. */
export function descentX(family: Family, measures: PersonMeasure[], x: Float64Array, k: number): number {
  const u = family.unions[k]!;
  return u.b < 0 ? x[u.a]! + measures[u.a]!.half + LONE_OFFSET : (x[u.a]! + x[u.b]!) / 2;
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
  const run = new Uint8Array(generations.clusterCount);
  for (let c = 0; c < run.length; c++) {
    const first = units[c]![0]!;
    run[c] = family.loose[first] ? 2 : family.significantOf[first]! >= 0 ? 1 : 0;
  }
  const root = topAncestor(family, generations, blockUnits ?? units);
  const blocks = placeByBlocks(
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
  const x = blocks.x;
  // Rows in the order the blocks gave them; where two blocks still overlap (an order the blocks could not
  // follow) the later is pushed right.
  const runOf = (p: number) => run[clusterOf[p]!]!;
  const rowPersons = rows.map((row) =>
    row.flatMap((c) => units[c]!).sort((p, q) => runOf(p) - runOf(q) || x[p]! - x[q]!),
  );
  for (const persons of rowPersons)
    for (let i = 1; i < persons.length; i++) {
      const least = x[persons[i - 1]!]! + separation(persons[i - 1]!, persons[i]!);
      if (runOf(persons[i - 1]!) === runOf(persons[i]!) && x[persons[i]!]! < least) x[persons[i]!] = least;
    }

  // Groups apart from the family start at a multiple of APART_STEP: the family growing or shrinking a little
  // leaves them where they are.
  const apart = (least: number): number => Math.ceil(least / APART_STEP) * APART_STEP;
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

  // The family's topmost ancestor's block stands at the margin (the ancestor too, unless their row is taken
  // there by what hangs from their children: block-placement.ts), so an edit elsewhere does not move it; what
  // lies left of it may have negative coordinates (the scene's bounds hold them). Pins are in this frame too.
  if (generations.clusterCount > 0) {
    const first = (blockUnits ?? units)[root]![0]!;
    for (let p = 0; p < n; p++) x[p] = x[p]! + MARGIN + measures[first]!.half;
  }
  if (pinnedX.some((v) => v !== undefined))
    pinBlocks(generations, blocks, blockUnits ?? units, separation, pinnedX, x, rowPersons);
  return { x, rowPersons };
}
