/**
 * Pass 6 — y placement. Rows stack from the top: years above the symbols, the symbols, the couple lines
 * (one level deeper per partner sitting between two partners), the name labels, then the lanes of detoured
 * lines (passes/detours.ts; every corridor between two rows keeps RESERVED_LANES of them, so a new line does
 * not push the rows below down; the lanes above the top row grow upwards) and the sibling-bar tracks of the
 * next row's child groups (higher above a row with co-born children, whose lines slant from their apex).
 */
import type { Family } from '../model/family.js';
import {
  COUPLE_DROP,
  COUPLE_LEVEL_STEP,
  DETAIL_LINE,
  LANE_STEP,
  MARGIN,
  NAME_LINE,
  RESERVED_LANES,
  SYMBOL,
  TRACK_STEP,
  TWIN_RISE,
  YEAR_BAND,
} from '../model/metrics.js';
import type { Generations } from './generations.js';
import type { PersonMeasure } from './measure.js';
import { assignTracks, type Span } from './tracks.js';
import { descentX, type XPlacement } from './x-placement.js';

export interface RowBand {
  /** Top of the (full-size) symbols. */
  top: number;
  /** Couple line of adjacent partners; deeper levels add COUPLE_LEVEL_STEP each. */
  coupleY: number;
  labelTop: number;
  labelBottom: number;
  /** Lowest sibling bar above this row (track 0); higher tracks go up by TRACK_STEP. */
  barY: number;
  /** Number of sibling-bar tracks reserved above this row. */
  tracks: number;
}

/** Child groups (union numbers) whose children sit in row r, with their horizontal spans. */
export function childSpans(
  family: Family,
  measures: PersonMeasure[],
  x: Float64Array,
  persons: number[],
): Span[] {
  const spans = new Map<number, Span>();
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i]!;
    const k = family.anchorOf[p]!;
    if (k < 0) continue;
    let s = spans.get(k);
    if (!s) {
      const dx = descentX(family, measures, x, k);
      s = { key: k, left: dx, right: dx };
      spans.set(k, s);
    }
    s.left = Math.min(s.left, x[p]!);
    s.right = Math.max(s.right, x[p]!);
  }
  return [...spans.values()];
}

/** Level of each couple line: how many persons sit between the two partners. */
export function unionLevels(family: Family, placement: XPlacement): Int32Array {
  const slot = new Int32Array(family.persons.length);
  for (const persons of placement.rowPersons) for (let i = 0; i < persons.length; i++) slot[persons[i]!] = i;
  const levels = new Int32Array(family.unions.length);
  for (let k = 0; k < levels.length; k++) {
    const u = family.unions[k]!;
    levels[k] = u.b < 0 ? 0 : Math.max(0, Math.abs(slot[u.a]! - slot[u.b]!) - 1);
  }
  return levels;
}

export function placeRows(
  family: Family,
  generations: Generations,
  measures: PersonMeasure[],
  placement: XPlacement,
  levels: Int32Array,
  lanes: Int32Array = new Int32Array(placement.rowPersons.length + 1),
): RowBand[] {
  const rowCount = placement.rowPersons.length;
  const maxLevel = new Int32Array(rowCount);
  family.unions.forEach((u, k) => {
    const r = generations.rowOf[generations.clusterOf[u.a]!]!;
    maxLevel[r] = Math.max(maxLevel[r]!, levels[k]!);
  });
  const bands: RowBand[] = [];
  const coBorn = new Uint8Array(family.persons.length);
  for (const group of family.document.multipleBirths) {
    const members = group.members.map((id) => family.index.get(id)).filter((p) => p !== undefined);
    if (members.length > 1) for (const p of members) coBorn[p] = 1;
  }
  const laneRoom = (c: number) => Math.max(RESERVED_LANES, lanes[c] ?? 0) * LANE_STEP;
  // Corridor 0's lanes run above the top row, into the margin: the drawing grows upwards, no row moves.
  let top = MARGIN + YEAR_BAND;
  for (let r = 0; r < rowCount; r++) {
    const persons = placement.rowPersons[r]!;
    let lines = 1;
    let detail = false;
    let twins = false;
    for (let i = 0; i < persons.length; i++) {
      if (coBorn[persons[i]!]) twins = true;
      const m = measures[persons[i]!]!;
      lines = Math.max(lines, m.nameLines.length);
      if (m.detail) detail = true;
    }
    const tracks = r === 0 ? 0 : assignTracks(childSpans(family, measures, placement.x, persons)).count;
    const rise = r > 0 && twins ? TWIN_RISE : 0;
    if (r > 0) top += laneRoom(r) + Math.max(1, tracks) * TRACK_STEP + 10 + YEAR_BAND + rise;
    const coupleY = top + SYMBOL + COUPLE_DROP;
    const labelTop = coupleY + COUPLE_LEVEL_STEP * maxLevel[r]! + 5;
    const labelBottom = labelTop + lines * NAME_LINE + (detail ? DETAIL_LINE : 0);
    bands.push({ top, coupleY, labelTop, labelBottom, barY: top - YEAR_BAND - 8 - rise, tracks });
    top = labelBottom + 10;
  }
  return bands;
}
