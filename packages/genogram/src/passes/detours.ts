/**
 * Detours — lines that join two persons anywhere in the drawing (emotional lines, links to a second family)
 * never run through a symbol or a label. A line between neighbours in one row goes straight across; every
 * other line leaves its symbol sideways, drops or climbs through the free gap beside it to a lane in a
 * corridor between rows, runs along the lane, passes lower rows through their free gaps, and enters the other
 * symbol sideways the same way. Each line gets its own lane in a corridor; the y-placement pass reserves the
 * lanes (`assignLanes`) before the rows are stacked.
 *
 * Corridor c lies above row c; corridor rowCount lies below the last row.
 */
import { LANE_STEP, YEAR_BAND } from '../model/metrics.js';
import type { PersonMeasure } from './measure.js';
import type { Positions } from './pins.js';
import { assignTracks } from './tracks.js';
import type { RowBand } from './y-placement.js';

export type Point = [number, number];

/** The two persons a line joins. */
export interface DetourEnds {
  a: number;
  b: number;
}

/** Straight between neighbours, or the corridors the line runs through, top to bottom. */
export type DetourPlan = { straight: true } | { straight: false; corridors: number[] };

/** Row and position in the row of every person, from the x-placement. */
export interface RowSlots {
  row: Int32Array;
  slot: Int32Array;
  rowCount: number;
}

export function rowSlots(rowPersons: number[][], n: number): RowSlots {
  const row = new Int32Array(n);
  const slot = new Int32Array(n);
  rowPersons.forEach((persons, r) =>
    persons.forEach((p, i) => {
      row[p] = r;
      slot[p] = i;
    }),
  );
  return { row, slot, rowCount: rowPersons.length };
}

export function planDetour(slots: RowSlots, { a, b }: DetourEnds): DetourPlan {
  const ra = slots.row[a]!;
  const rb = slots.row[b]!;
  if (ra === rb) {
    if (Math.abs(slots.slot[a]! - slots.slot[b]!) === 1) return { straight: true };
    // Under the last row the corridor is free of lines; elsewhere the corridor above the row.
    return { straight: false, corridors: [ra === slots.rowCount - 1 ? slots.rowCount : ra] };
  }
  const lo = Math.min(ra, rb);
  const hi = Math.max(ra, rb);
  const corridors: number[] = [];
  for (let c = lo + 1; c <= hi; c++) corridors.push(c);
  return { straight: false, corridors };
}

/**
 * The lane of every detoured line in each corridor it runs through (key `line:corridor`), and the lanes each
 * corridor needs. Lines whose horizontal extents (their end points' x, widened by 30) do not overlap share a
 * lane. The y-placement reserves exactly these lanes and the routing runs the lines along them. Without `x`
 * (persons pinned by hand move after the rows are stacked) every line gets a lane of its own.
 */
export interface LaneAssignment {
  laneOf: Map<string, number>;
  /** Lanes used in each corridor (0..rowCount). */
  lanes: Int32Array;
}

export function assignLanes(slots: RowSlots, lines: DetourEnds[], x?: Float64Array): LaneAssignment {
  const spansByCorridor = new Map<number, { key: number; left: number; right: number }[]>();
  lines.forEach((line, i) => {
    const plan = planDetour(slots, line);
    if (plan.straight) return;
    const left = x ? Math.min(x[line.a]!, x[line.b]!) - 30 : -Infinity;
    const right = x ? Math.max(x[line.a]!, x[line.b]!) + 30 : Infinity;
    for (const c of plan.corridors) {
      const list = spansByCorridor.get(c) ?? [];
      list.push({ key: i, left, right });
      spansByCorridor.set(c, list);
    }
  });
  const laneOf = new Map<string, number>();
  const lanes = new Int32Array(slots.rowCount + 1);
  for (const [c, spans] of spansByCorridor) {
    const { track, count } = assignTracks(spans, 4);
    lanes[c] = count;
    for (const [i, t] of track) laneOf.set(`${i}:${c}`, t);
  }
  return { laneOf, lanes };
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Distance kept from a symbol where a line starts or ends. */
const END_GAP = 5;
/** Spacing of lines sharing one gap between two persons. */
const GAP_STEP = 7;

export function routeDetours(
  lines: DetourEnds[],
  slots: RowSlots,
  laneOf: ReadonlyMap<string, number>,
  measures: PersonMeasure[],
  bands: RowBand[],
  positions: Positions,
  labels: Box[] = [],
): Point[][] {
  if (lines.length === 0) return [];
  const { x, top, labelBottom } = positions;
  const n = x.length;
  const boxes: Box[] = [];
  for (let p = 0; p < n; p++) {
    const m = measures[p]!;
    const w = m.half - 2;
    boxes.push({
      left: x[p]! - w,
      right: x[p]! + w,
      top: top[p]! - YEAR_BAND,
      bottom: Math.max(labelBottom[p]!, top[p]! + m.size),
    });
  }
  boxes.push(...labels);
  const lefts = Float64Array.from(boxes, (b) => b.left);
  const byLeft = boxes.map((_, i) => i).sort((i, j) => lefts[i]! - lefts[j]! || i - j);
  const laneY = (c: number, lane: number): number =>
    c === 0
      ? bands[0]!.top - YEAR_BAND - 8 - lane * LANE_STEP
      : bands[c - 1]!.labelBottom + 12 + lane * LANE_STEP;

  /** Free x-intervals for a vertical run between y0 and y1, leaving out persons `skip`. */
  const freeIntervals = (y0: number, y1: number, skip: number[]): [number, number][] => {
    const lo = Math.min(y0, y1);
    const hi = Math.max(y0, y1);
    const out: [number, number][] = [];
    let cursor = -Infinity;
    for (const i of byLeft) {
      if (skip.includes(i)) continue;
      const b = boxes[i]!;
      if (b.bottom <= lo || b.top >= hi) continue;
      if (b.left > cursor) out.push([cursor, b.left]);
      cursor = Math.max(cursor, b.right);
    }
    out.push([cursor, Infinity]);
    return out;
  };
  const verticals: { x: number; lo: number; hi: number }[] = [];
  /** An x inside the interval for a vertical run from y0 to y1, clear of the vertical runs placed before. */
  const inGap = ([l, r]: [number, number], want: number, y0: number, y1: number): number => {
    const lo = l === -Infinity ? r - 40 : l;
    const hi = r === Infinity ? lo + 40 : r;
    const base =
      hi - lo < 16
        ? (lo + hi) / 2
        : Number.isFinite(want)
          ? Math.min(Math.max(want, lo + 8), hi - 8)
          : (lo + hi) / 2;
    const ylo = Math.min(y0, y1);
    const yhi = Math.max(y0, y1);
    let chosen = base;
    for (let k = 0; k < 12; k++) {
      const cand = base + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * GAP_STEP;
      if (cand < lo + 3 || cand > hi - 3) continue;
      if (!verticals.some((v) => Math.abs(v.x - cand) < GAP_STEP - 0.5 && v.lo < yhi && ylo < v.hi)) {
        chosen = cand;
        break;
      }
    }
    verticals.push({ x: chosen, lo: ylo, hi: yhi });
    return chosen;
  };
  const ends = new Map<string, number>();
  /** Height where a line meets person p on `side`: lines meeting one side are spread apart. */
  const endY = (p: number, s: number): number => {
    const key = `${p}:${s}`;
    const k = ends.get(key) ?? 0;
    ends.set(key, k + 1);
    const size = measures[p]!.size;
    const dy = Math.min((k % 2 ? -1 : 1) * Math.ceil(k / 2) * 8, size / 2 - 3);
    return top[p]! + size / 2 + Math.max(dy, -(size / 2 - 3));
  };
  /** The free gap beside person p on `side` for a run from p's middle to y. */
  /** The free interval beside person p on side s for a run from p's symbol to y, if there is one. */
  const exitGap = (p: number, s: number, y: number): [number, number] | undefined => {
    const own = boxes[p]!;
    const edge = s > 0 ? own.right : own.left;
    const y0 = top[p]!;
    const y1 = y0 + measures[p]!.size;
    // The exit runs sideways at the symbol's height: it stops at the first box there.
    let limit = s * Infinity;
    for (const b of boxes) {
      if (b === own || b.bottom <= y0 || b.top >= y1) continue;
      if (s > 0 && b.left >= edge - 0.5) limit = Math.min(limit, b.left);
      if (s < 0 && b.right <= edge + 0.5) limit = Math.max(limit, b.right);
    }
    const free = freeIntervals(Math.min(y0, y), Math.max(y1, y), [p]);
    const clipped = free
      .map(([l, r]): [number, number] =>
        s > 0 ? [Math.max(l, edge), Math.min(r, limit)] : [Math.max(l, limit), Math.min(r, edge)],
      )
      .filter(([l, r]) => r - l >= 4);
    return s > 0 ? clipped[0] : clipped[clipped.length - 1];
  };
  /** The side and x where a line leaving p runs to y: the preferred side when it has room, else the other. */
  const besideGap = (p: number, s: number, y: number): { side: number; x: number; y: number } => {
    for (const side of [s, -s]) {
      const gap = exitGap(p, side, y);
      if (!gap) continue;
      const at = endY(p, side);
      return { side, x: inGap(gap, side > 0 ? gap[0] + 12 : gap[1] - 12, at, y), y: at };
    }
    // No clean gap either side: stay just beside the symbol.
    const at = endY(p, s);
    const edge = x[p]! + s * (measures[p]!.size / 2 + END_GAP + 6);
    return { side: s, x: inGap(s > 0 ? [edge, edge + 12] : [edge - 12, edge], NaN, at, y), y: at };
  };
  /** The gap through a row, from lane y0 to lane y1, nearest to `want`. */
  const throughGap = (y0: number, y1: number, want: number): number => {
    let best: [number, number] = [want, want];
    let bestD = Infinity;
    for (const iv of freeIntervals(y0, y1, [])) {
      const d = want < iv[0] ? iv[0] - want : want > iv[1] ? want - iv[1] : 0;
      if (d < bestD) {
        bestD = d;
        best = iv;
      }
    }
    return inGap(best, want, y0, y1);
  };
  const side = (p: number, toward: number): number => (toward >= x[p]! ? 1 : -1);
  const endX = (p: number, s: number): number => x[p]! + s * (measures[p]!.size / 2 + END_GAP);

  // First the corridors of every route, then one lane per route in each corridor.
  const drafts = lines.map((line) => {
    const plan = planDetour(slots, line);
    return plan.straight
      ? { line, straight: true, s: side(line.a, x[line.b]!), legs: [] as number[] }
      : { line, straight: false, s: 0, legs: plan.corridors };
  });
  // Straight lines between neighbours first, so they keep the middle of the symbols' sides.
  const straight = drafts.map((d) =>
    d.straight
      ? ([
          [endX(d.line.a, d.s), endY(d.line.a, d.s)],
          [endX(d.line.b, -d.s), endY(d.line.b, -d.s)],
        ] satisfies Point[])
      : undefined,
  );
  return drafts.map((d, i) => {
    const { a, b } = d.line;
    const line = straight[i];
    if (line) return line;
    const rowA = slots.row[a]!;
    const rowB = slots.row[b]!;
    // Route from the upper end (or, in one row, the left end) and reverse at the end if needed.
    const flip = rowA > rowB || (rowA === rowB && x[a]! > x[b]!);
    const [p, q] = flip ? [b, a] : [a, b];
    const ys = d.legs.map((c) => laneY(c, laneOf.get(`${i}:${c}`) ?? 0));
    const points: Point[] = [];
    const ep = besideGap(p, side(p, x[q]!), ys[0]!);
    points.push([endX(p, ep.side), ep.y], [ep.x, ep.y], [ep.x, ys[0]!]);
    const gp = ep.x;
    let cx = gp;
    for (let k = 1; k < ys.length; k++) {
      const gx = throughGap(ys[k - 1]!, ys[k]!, x[q]!);
      points.push([gx, ys[k - 1]!], [gx, ys[k]!]);
      cx = gx;
    }
    const eq = besideGap(q, side(q, cx), ys[ys.length - 1]!);
    points.push([eq.x, ys[ys.length - 1]!], [eq.x, eq.y], [endX(q, eq.side), eq.y]);
    const route = simplify(points);
    return flip ? route.reverse() : route;
  });
}

/** Drops repeated points and the middle of three collinear points. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const pt of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - pt[0]) < 1e-6 && Math.abs(last[1] - pt[1]) < 1e-6) continue;
    if (out.length >= 2) {
      const [ax, ay] = out[out.length - 2]!;
      const [bx, by] = last!;
      const cross = (bx - ax) * (pt[1] - by) - (by - ay) * (pt[0] - bx);
      const dot = (bx - ax) * (pt[0] - bx) + (by - ay) * (pt[1] - by);
      if (Math.abs(cross) < 1e-6 && dot >= 0) {
        out[out.length - 1] = pt;
        continue;
      }
    }
    out.push(pt);
  }
  return out;
}
