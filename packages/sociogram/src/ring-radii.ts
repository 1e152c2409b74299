import { CELL_PADDING, minRadiusInWedge, rowCapacity, type Geometry } from './geometry.js';

/** A ring is never thinner than this, even when empty, so the picture keeps its shape and its ring names. */
const MIN_BAND = 56;
/** Room asked for beyond a tight packing, so the force layout can move discs without pressing them. */
const SLACK = 1.1;
/** Full cells get more, so the collision layout settles in few rounds. */
const CROWD_SLACK = 1.25;

export interface CellDemand {
  ring: number;
  sector: number;
  r: number;
}

/** Seats asked for `count` discs: a little more than one each from four discs on (SLACK, CROWD_SLACK). */
export function seatsFor(count: number): number {
  return count <= 3 ? count : Math.ceil(count * (count > 8 ? CROWD_SLACK : SLACK));
}

/**
 * Where a cell's rows of discs start and the outer radius they need: the discs (all taken as large as the
 * largest) sit in rows on arcs of the cell, one disc diameter apart, outwards from a first arc; rows are
 * added until they seat every disc (with slack from four discs on). Near the centre a wedge is narrow, so a
 * first arc further out can seat more per row and end lower: of the first arcs from the inner circle (or
 * where a disc first fits between the dividers) outwards, the one that needs the smallest outer radius wins.
 */
export function cellRows(
  g: Geometry,
  sector: number,
  inner: number,
  count: number,
  r: number,
): { start: number; outer: number } {
  const need = seatsFor(count);
  const first = Math.max(inner + r + CELL_PADDING, minRadiusInWedge(g, sector, r));
  let best = { start: first, outer: Infinity };
  for (let start = first; start < best.outer; start += Math.max(2, r / 4)) {
    let rho = start;
    let seats = rowCapacity(g, sector, r, rho);
    for (let row = 1; seats < need && row < 400; row++) {
      rho += 2 * r + 1;
      seats += rowCapacity(g, sector, r, rho);
    }
    const outer = rho + r + CELL_PADDING;
    if (outer < best.outer) best = { start, outer };
  }
  return best;
}

/** The outer radius a cell needs (see cellRows). */
export function cellOuter(g: Geometry, sector: number, inner: number, count: number, r: number): number {
  return cellRows(g, sector, inner, count, r).outer;
}

/** The cells' demand: how many discs each (ring, sector) holds and the largest of them. */
export function cellDemand(demand: readonly CellDemand[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const d of demand) {
    const key = `${d.ring}:${d.sector}`;
    const cell = cells.get(key) ?? { ring: d.ring, sector: d.sector, maxR: 0, count: 0 };
    cell.maxR = Math.max(cell.maxR, d.r);
    cell.count++;
    cells.set(key, cell);
  }
  return cells;
}

export interface Cell {
  ring: number;
  sector: number;
  maxR: number;
  count: number;
}

/**
 * Chooses ring radii so that every cell (ring × sector) has room for the discs it must hold and no more:
 * ring by ring, outward, the fullest cell sets the ring's width, never less than MIN_BAND. Radii are whole
 * units unless `round` is false (for comparing layouts that differ by less).
 */
export function ringRadii(
  inner: number,
  rings: number,
  sectors: Omit<Geometry, 'radii'>,
  cells: ReadonlyMap<string, Cell>,
  round = true,
): number[] {
  const g: Geometry = { ...sectors, radii: [] };
  const radii = [inner];
  for (let ring = 1; ring <= rings; ring++) {
    const prev = radii[ring - 1]!;
    let outer = prev + MIN_BAND;
    for (let s = 0; s < g.sectorCount; s++) {
      const cell = cells.get(`${ring}:${s}`);
      if (cell) outer = Math.max(outer, cellOuter(g, s, prev, cell.count, cell.maxR));
    }
    radii.push(round ? Math.ceil(outer) : outer);
  }
  return radii;
}
