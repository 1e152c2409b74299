import { CELL_PADDING, equalStarts, seatAngle } from './geometry.js';
import { ringRadii, seatsFor, type Cell } from './ring-radii.js';

/** No sector gets less than this share of an equal slice, so an empty sector keeps room for its name. */
const MIN_SHARE = 0.55;
/** Rounds of "give each sector the angle its fullest cell needs" after the equal start. */
const ROUNDS = 3;
/** Beyond this many discs only one round is tried (it is where most of the gain is) and no local search. */
const MANY = 80;

export interface SectorLayout {
  starts: number[];
  radii: number[];
}

/**
 * Sector angles and ring radii together. Sectors keep their order around the circle, but a sector with more
 * people in one ring gets a wider angle and an empty one a narrower one (never below MIN_SHARE of an equal
 * slice, never above a half circle): starting from equal slices, each round measures the angle every
 * sector's fullest cell needs at the current radii (its discs side by side on the rows its ring band
 * holds), shares the circle out in proportion and sizes the rings again. The layout with the smallest outer
 * ring wins (equal slices when nothing is gained), so a crowded family sector no longer makes every ring
 * wide.
 */
export function sectorLayout(
  inner: number,
  rings: number,
  labels: { sectorCount: number; labelMargin: number; labelDivider: number },
  cells: ReadonlyMap<string, Cell>,
): SectorLayout {
  const { sectorCount } = labels;
  const size = (starts: number[]) => ringRadii(inner, rings, { ...labels, starts }, cells, false);
  let starts = equalStarts(sectorCount);
  let radii = size(starts);
  let best: SectorLayout = { starts, radii };
  if (sectorCount < 2 || cells.size === 0) return best;
  let discs = 0;
  for (const c of cells.values()) discs += c.count;
  const rounds = discs > MANY ? 1 : ROUNDS;
  for (let round = 0; round < rounds; round++) {
    const need = Array.from({ length: sectorCount }, () => 0);
    for (const cell of cells.values()) {
      // The angle that seats the whole cell in one row, on the first arc of its ring.
      const r = cell.maxR;
      const rho = radii[cell.ring - 1]! + r + CELL_PADDING;
      const seats = seatsFor(cell.count);
      const margin = (k: number) =>
        Math.asin(
          Math.min(1, (r + CELL_PADDING + (k === labels.labelDivider ? labels.labelMargin : 0)) / rho),
        );
      const angle =
        (seats - 1) * seatAngle(r, rho) + margin(cell.sector) + margin((cell.sector + 1) % sectorCount);
      need[cell.sector] = Math.max(need[cell.sector]!, angle);
    }
    starts = startsFromNeeds(need);
    radii = size(starts);
    if (better(radii, best.radii)) best = { starts, radii };
  }
  const chosen = discs > MANY ? best : refine(best, size);
  return { starts: chosen.starts, radii: chosen.radii.map(Math.ceil) };
}

/** Rings that are smaller (the outer one weighing most) by more than a hundredth of a unit. */
function better(a: readonly number[], b: readonly number[]): boolean {
  const cost = (r: readonly number[]) => 3 * r[r.length - 1]! + r.reduce((x, y) => x + y, 0);
  return cost(a) < cost(b) - 0.01;
}

/**
 * Local search on the angles: moves a step of angle from one sector to another while that makes the rings
 * smaller, halving the step when no move helps, down to about a degree. Deterministic (fixed order).
 */
function refine(start: SectorLayout, size: (starts: number[]) => number[]): SectorLayout {
  const n = start.starts.length - 1;
  const lo = (MIN_SHARE * 2 * Math.PI) / n;
  const hi = Math.max(Math.PI, (2 * Math.PI) / n);
  const angle = Array.from({ length: n }, (_, s) => start.starts[s + 1]! - start.starts[s]!);
  let best = start;
  for (let step = Math.PI / (2 * n); step > Math.PI / 180; step /= 2) {
    for (let sweep = 0, moved = true; moved && sweep < 12; sweep++) {
      moved = false;
      for (let from = 0; from < n; from++) {
        for (let to = 0; to < n; to++) {
          if (to === from || angle[from]! - step < lo || angle[to]! + step > hi) continue;
          angle[from]! -= step;
          angle[to]! += step;
          const starts = startsFromAngles(angle);
          const radii = size(starts);
          if (better(radii, best.radii)) {
            best = { starts, radii };
            moved = true;
          } else {
            angle[from]! += step;
            angle[to]! -= step;
          }
        }
      }
    }
  }
  return best;
}

function startsFromAngles(angle: readonly number[]): number[] {
  const starts = [-Math.PI / 2];
  for (let s = 0; s < angle.length; s++) starts.push(starts[s]! + angle[s]!);
  starts[angle.length] = -Math.PI / 2 + 2 * Math.PI;
  return starts;
}

/** Sector starts with angles in proportion to `need`, each within [MIN_SHARE × equal, π]. */
export function startsFromNeeds(need: readonly number[]): number[] {
  const n = need.length;
  const full = 2 * Math.PI;
  const lo = (MIN_SHARE * full) / n;
  const hi = Math.max(Math.PI, full / n);
  const angle = Array.from({ length: n }, () => full / n);
  // Water-filling: sectors held at a bound keep it, the rest share what is left in proportion to their need.
  const fixed = Array.from({ length: n }, () => false);
  for (let pass = 0; pass < n; pass++) {
    let left = full;
    let weight = 0;
    for (let s = 0; s < n; s++) {
      if (fixed[s]) left -= angle[s]!;
      else weight += need[s]!;
    }
    let changed = false;
    for (let s = 0; s < n; s++) {
      if (fixed[s]) continue;
      const free = n - fixed.filter(Boolean).length;
      const share = weight > 0 ? (left * need[s]!) / weight : left / free;
      angle[s] = share;
      if (share < lo || share > hi) {
        angle[s] = share < lo ? lo : hi;
        fixed[s] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Whatever rounding left over goes to the widest sector, so the slices close the circle exactly.
  const total = angle.reduce((a, b) => a + b, 0);
  let widest = 0;
  for (let s = 1; s < n; s++) if (angle[s]! > angle[widest]!) widest = s;
  angle[widest]! += full - total;
  return startsFromAngles(angle);
}
