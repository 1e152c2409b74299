import { SATELLITE_R } from './satellite-glyph.js';

/** Centre-to-centre distance kept between two satellites (and between orbits). */
export const SATELLITE_SPACING = 2 * SATELLITE_R + 12;
/** Room between the centre circle and the first orbit, for the tie's letters and arrows. */
const LINE_ROOM = 88;
/**
 * Room between a tie to an outer-orbit satellite and the inner satellites beside it: the outer satellite sits
 * half-way between two inner ones, whose centres must stay this far from the line between them.
 */
const PASSING_ROOM = SATELLITE_R + 16;
/** A gap of this many slots separates two groups. */
const GROUP_GAP = 0.6;
/**
 * One orbit may widen into an ellipse up to this many times as wide as high before a second orbit is used:
 * screens and landscape paper are wide, so a wider ring of contacts keeps the picture low and its text large.
 */
const MAX_ASPECT = 1.7;

export interface SatelliteSlot {
  group: string;
  pinned?: { x: number; y: number };
}

/**
 * Places satellites evenly around the centre (cx, cy, radius `centreR`), in the given order, clockwise from
 * 12 o'clock, with a gap between groups. When one circle would get too wide, neighbours alternate between
 * two orbits (staggered): each outer satellite sits half-way between two inner ones, and the orbits grow
 * until its tie passes between them with room to spare. Pinned satellites stay where they
 * are; a free satellite that would overlap one moves outward until it does not.
 */
export function placeSatellites(
  slots: SatelliteSlot[],
  cx: number,
  cy: number,
  centreR: number,
): { x: number; y: number }[] {
  const free = slots.map((s, i) => ({ s, i })).filter(({ s }) => !s.pinned);
  const steps: number[] = [];
  let total = 0;
  free.forEach(({ s }, j) => {
    if (j > 0 && free[j - 1]!.s.group !== s.group) total += GROUP_GAP;
    steps.push(total);
    total += 1;
  });
  const groups = new Set(free.map(({ s }) => s.group)).size;
  if (groups > 1) total += GROUP_GAP; // the gap between the last group and the first
  const base = centreR + LINE_ROOM + SATELLITE_R;
  let orbits = 1;
  const fits = (k: number) => base * k * ((2 * Math.PI) / Math.max(total, 1)) >= SATELLITE_SPACING;
  // One orbit, widened into an ellipse, when that seats everyone; else two staggered circles as before.
  const oval = free.length > 1 && !fits(1) ? ellipseFor(base, total) : undefined;
  if (oval) return placeOnEllipse(slots, free, steps, total, cx, cy, oval);
  if (free.length > 1 && !fits(1)) orbits = 2;
  // Across 12 o'clock, the last and the first satellites must be as far apart as neighbours on one orbit.
  if (free.length > 1) total = Math.max(total, steps[free.length - 1]! + orbits);
  const dTheta = (2 * Math.PI) / Math.max(total, 1);
  const first =
    free.length > 1
      ? Math.max(
          base,
          SATELLITE_SPACING / (orbits * dTheta),
          orbits > 1 ? PASSING_ROOM / Math.sin(Math.min(dTheta, Math.PI / 2)) : 0,
        )
      : base;

  const out: { x: number; y: number }[] = slots.map((s) => s.pinned ?? { x: 0, y: 0 });
  const pinned = slots.filter((s) => s.pinned).map((s) => s.pinned!);
  const placed: { x: number; y: number }[] = [];
  // Once one satellite had to move out, later ones also check the free ones placed before them.
  let pushed = false;
  free.forEach(({ i }, j) => {
    const angle = -Math.PI / 2 + (steps[j]! + 0.5) * dTheta;
    let radius = first + (j % orbits) * SATELLITE_SPACING;
    const at = (r: number) => ({ x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    let p = at(radius);
    const taken = (q: { x: number; y: number }) => Math.hypot(q.x - p.x, q.y - p.y) < SATELLITE_SPACING;
    for (let guard = 0; guard < 200 && (pinned.some(taken) || (pushed && placed.some(taken))); guard++) {
      radius += SATELLITE_SPACING / 2;
      p = at(radius);
    }
    if (radius !== first + (j % orbits) * SATELLITE_SPACING) pushed = true;
    placed.push(p);
    out[i] = p;
  });
  return out;
}

interface Ellipse {
  rx: number;
  ry: number;
  /** Cumulative arc length at each of the SAMPLES + 1 parameter steps, clockwise from 12 o'clock. */
  arc: number[];
}

const SAMPLES = 720;

/** The ellipse (height kept at `base`) on which `slots` slots sit SATELLITE_SPACING apart, if one is wide enough. */
function ellipseFor(base: number, slots: number): Ellipse | undefined {
  const need = slots * SATELLITE_SPACING;
  let lo = base;
  let hi = base * MAX_ASPECT;
  if (ellipse(hi, base).arc[SAMPLES]! < need) return undefined;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (ellipse(mid, base).arc[SAMPLES]! < need) lo = mid;
    else hi = mid;
  }
  return ellipse(Math.ceil(hi), base);
}

function ellipse(rx: number, ry: number): Ellipse {
  const arc = [0];
  let prev = { x: 0, y: -ry };
  for (let i = 1; i <= SAMPLES; i++) {
    const t = -Math.PI / 2 + (2 * Math.PI * i) / SAMPLES;
    const p = { x: rx * Math.cos(t), y: ry * Math.sin(t) };
    arc.push(arc[i - 1]! + Math.hypot(p.x - prev.x, p.y - prev.y));
    prev = p;
  }
  return { rx, ry, arc };
}

/** The point at arc length `s` along the ellipse, clockwise from 12 o'clock, relative to its centre. */
function pointAt(e: Ellipse, s: number): { x: number; y: number } {
  const { arc } = e;
  let lo = 0;
  let hi = SAMPLES;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (arc[mid]! <= s) lo = mid;
    else hi = mid;
  }
  const f = (s - arc[lo]!) / Math.max(1e-9, arc[hi]! - arc[lo]!);
  const t = -Math.PI / 2 + (2 * Math.PI * (lo + f)) / SAMPLES;
  return { x: e.rx * Math.cos(t), y: e.ry * Math.sin(t) };
}

/**
 * Free satellites evenly along the ellipse's length (group gaps kept), clockwise from 12 o'clock; one that
 * would overlap a pinned satellite (or, once one had to, an earlier free one) moves outward from the centre.
 */
function placeOnEllipse(
  slots: SatelliteSlot[],
  free: { s: SatelliteSlot; i: number }[],
  steps: number[],
  total: number,
  cx: number,
  cy: number,
  e: Ellipse,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = slots.map((s) => s.pinned ?? { x: 0, y: 0 });
  const pinned = slots.filter((s) => s.pinned).map((s) => s.pinned!);
  const placed: { x: number; y: number }[] = [];
  const length = e.arc[SAMPLES]!;
  let pushed = false;
  free.forEach(({ i }, j) => {
    const q = pointAt(e, ((steps[j]! + 0.5) / total) * length);
    const d = Math.hypot(q.x, q.y);
    let grow = 0;
    const at = () => ({ x: cx + (q.x * (d + grow)) / d, y: cy + (q.y * (d + grow)) / d });
    let p = at();
    const taken = (o: { x: number; y: number }) => Math.hypot(o.x - p.x, o.y - p.y) < SATELLITE_SPACING;
    for (let guard = 0; guard < 200 && (pinned.some(taken) || (pushed && placed.some(taken))); guard++) {
      grow += SATELLITE_SPACING / 2;
      p = at();
    }
    if (grow > 0) pushed = true;
    placed.push(p);
    out[i] = p;
  });
  return out;
}
