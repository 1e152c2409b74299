import { SATELLITE_R } from './satellite-glyph.js';

/** Centre-to-centre distance kept between two satellites (and between orbits). */
export const SATELLITE_SPACING = 2 * SATELLITE_R + 12;
/** Room between the centre circle and the first orbit, for the tie's letters and arrows. */
const LINE_ROOM = 120;
/**
 * Room between a tie to an outer-orbit satellite and the inner satellites beside it: the outer satellite sits
 * half-way between two inner ones, whose centres must stay this far from the line between them.
 */
const PASSING_ROOM = SATELLITE_R + 16;
/** A gap of this many slots separates two groups. */
const GROUP_GAP = 0.6;

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
