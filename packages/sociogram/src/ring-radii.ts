import { CELL_PADDING, minRadiusInWedge, sectorAngle, type Geometry } from './geometry.js';

/** Area a disc of radius r claims among its neighbours: hexagonal packing (2√3·r²) plus slack. */
const CLAIM = 2 * Math.sqrt(3) * 1.25;
/** A ring is never thinner than this, even when empty, so the picture keeps its shape. */
const MIN_BAND = 64;

export interface CellDemand {
  ring: number;
  sector: number;
  r: number;
}

/**
 * The area in which the centre of a disc of radius r may lie, inside the cell between radii `inner` and
 * `outer` of `sector` (a band narrowed by r on both circles, a wedge narrowed by r and the margins).
 */
function centreArea(g: Geometry, sector: number, r: number, inner: number, outer: number): number {
  const lo = Math.max(inner + r + CELL_PADDING, minRadiusInWedge(g, sector, r));
  const hi = outer - r - CELL_PADDING;
  if (hi <= lo) return 0;
  const m = r + CELL_PADDING;
  const extra = (s: number) => (s === 0 || s === g.sectorCount - 1 ? g.topMargin : 0);
  const steps = 12;
  let area = 0;
  for (let i = 0; i < steps; i++) {
    const rho = lo + ((hi - lo) * (i + 0.5)) / steps;
    const span =
      sectorAngle(g) -
      Math.asin(Math.min(1, (m + (sector === 0 ? extra(0) : 0)) / rho)) -
      Math.asin(Math.min(1, (m + (sector === g.sectorCount - 1 ? extra(sector) : 0)) / rho));
    area += Math.max(0, span) * rho * ((hi - lo) / steps);
  }
  return area;
}

/**
 * Chooses ring radii so that every cell (ring × sector) has room for the discs it must hold: the area in
 * which their centres may lie is grown (ring by ring, outward) until it holds every disc's hexagonal share
 * with slack. Sectors are equal slices, so the fullest sector of a ring sets that ring's width.
 */
export function ringRadii(
  inner: number,
  rings: number,
  sectorCount: number,
  topMargin: number,
  demand: CellDemand[],
): number[] {
  const g: Geometry = { radii: [], sectorCount, topMargin };
  const cells = new Map<string, { sector: number; claim: number; maxR: number; count: number }>();
  for (const d of demand) {
    const key = `${d.ring}:${d.sector}`;
    const cell = cells.get(key) ?? { sector: d.sector, claim: 0, maxR: 0, count: 0 };
    cell.claim += CLAIM * d.r * d.r;
    cell.maxR = Math.max(cell.maxR, d.r);
    cell.count++;
    cells.set(key, cell);
  }
  const radii = [inner];
  for (let ring = 1; ring <= rings; ring++) {
    const prev = radii[ring - 1]!;
    let outer = prev + MIN_BAND;
    for (let s = 0; s < sectorCount; s++) {
      const cell = cells.get(`${ring}:${s}`);
      if (!cell) continue;
      // One disc needs a point to stand on; every further disc needs its share of area.
      const need = cell.count === 1 ? 1 : cell.claim;
      let candidate = Math.max(outer, prev + 2 * (cell.maxR + CELL_PADDING) + 1);
      for (let step = 0; step < 200 && centreArea(g, s, cell.maxR, prev, candidate) < need; step++) {
        candidate *= 1.04;
      }
      outer = candidate;
    }
    radii.push(Math.ceil(outer));
  }
  return radii;
}
