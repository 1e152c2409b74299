import { forceRadial, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { collideForce } from './collide.js';
import {
  CELL_PADDING,
  cellLimits,
  clampToCell,
  clampWithin,
  insideLimits,
  ringMid,
  rowCapacity,
  seatAngle,
  sectorAngle,
  sectorMid,
  sectorStart,
  usableAngle,
  type Geometry,
} from './geometry.js';
import { lcg } from './lcg.js';
import { cellRows } from './ring-radii.js';

/** At most this many collision-only rounds after the simulation. */
const SETTLE_ROUNDS = 12;
/** Settling stops early after this many rounds in a row that do not reduce the overlaps. */
const STALLED_ROUNDS = 2;

/** One disc to place: an alter's symbol, badges and label together, in ring/sector coordinates. */
export interface Disc {
  ring: number;
  sector: number;
  /** Radius covering the symbol and its labels. */
  r: number;
  /** Where the user pinned the disc's centre (relative to the focus), if they did. */
  pinned?: { x: number; y: number };
}

interface SimNode extends SimulationNodeDatum {
  disc: Disc;
  x: number;
  y: number;
}

export interface PlaceOptions {
  seed: number;
  /** Ticks of the full simulation; a few collision-only ticks follow to settle what clamping undid. */
  ticks: number;
}

/**
 * Places every disc inside its ring band and sector wedge without overlaps: first evenly on arcs of its
 * cell, then relaxed by a seeded d3-force simulation (radial pull to the ring's middle, a pull towards the
 * sector's middle angle, collision), clamped back into its cell after every tick.
 * Pinned discs stay exactly where they are. Returns the centres, in the order of `discs`.
 */
export function placeAlters(g: Geometry, discs: Disc[], options: PlaceOptions): { x: number; y: number }[] {
  const nodes: SimNode[] = discs.map((disc) => ({ disc, x: 0, y: 0 }));
  seedPositions(g, nodes);
  const limits = nodes.map((n) => cellLimits(g, n.disc.ring, n.disc.sector, n.disc.r));
  const clamp = () => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (n.disc.pinned || insideLimits(limits[i]!, n.x, n.y)) continue;
      clampWithin(g, n.disc.sector, limits[i]!, n.x, n.y, n);
    }
  };

  const simulation = forceSimulation<SimNode>(nodes).randomSource(lcg(options.seed)).stop();
  const collide = collideForce<SimNode>((n) => n.disc.r + 0.5)
    .strength(0.9)
    .iterations(1);
  simulation
    .alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, options.ticks)))
    .force('radial', forceRadial<SimNode>((n) => ringMid(g, n.disc.ring)).strength(0.06))
    .force('sector', sectorForce(g, nodes, 0.04))
    .force('collide', collide);
  for (let i = 0; i < options.ticks; i++) {
    simulation.tick();
    clamp();
  }

  // Settle: only collision, full strength, until no two discs overlap (or the rounds run out).
  simulation.force('radial', null).force('sector', null);
  collide.strength(1).iterations(2);
  // Rounds that leave as many overlaps as before mean discs pressed against a divider: slideApart's job.
  for (let round = 0, before = Infinity, stalled = 0; round < SETTLE_ROUNDS; round++) {
    const count = overlaps(nodes).length;
    if (count === 0) break;
    stalled = count < before ? 0 : stalled + 1;
    if (stalled >= STALLED_ROUNDS) break;
    before = count;
    simulation.alpha(0.5).tick();
    clamp();
  }
  slideApart(g, nodes);
  return nodes.map((n) => ({ x: n.x, y: n.y }));
}

/** Initial positions: each cell's discs evenly spread on one or more arcs of the cell; pins as given. */
function seedPositions(g: Geometry, nodes: SimNode[]): void {
  const cells = new Map<string, SimNode[]>();
  for (const n of nodes) {
    if (n.disc.pinned) {
      n.x = n.fx = n.disc.pinned.x;
      n.y = n.fy = n.disc.pinned.y;
      continue;
    }
    const key = `${n.disc.ring}:${n.disc.sector}`;
    const cell = cells.get(key);
    if (cell) cell.push(n);
    else cells.set(key, [n]);
  }
  for (const cell of cells.values()) {
    const { ring, sector } = cell[0]!.disc;
    const r = cell.reduce((m, n) => Math.max(m, n.disc.r), 0);
    // Rows on arcs, one disc diameter apart, from the first arc ring-radii.ts sized the ring for, each evenly filled across the angle its discs may use.
    const hi = g.radii[ring]! - r - CELL_PADDING;
    let rho = Math.min(cellRows(g, sector, g.radii[ring - 1]!, cell.length, r).start, Math.max(r, hi));
    let k = 0;
    while (k < cell.length) {
      const last = rho + 2 * r + 1 > hi;
      const seats = last ? cell.length - k : Math.max(1, rowCapacity(g, sector, r, rho));
      const count = Math.min(seats, cell.length - k);
      const usable = Math.max(0, usableAngle(g, sector, r, rho));
      // Evenly spread, a slot each; in a tight row, as far apart as touching discs need (up to the ends).
      const step =
        count > 1 ? Math.min(usable / (count - 1), Math.max(usable / count, seatAngle(r, rho))) : 0;
      const start = sectorStart(g, sector) + (sectorAngle(g, sector) - step * (count - 1)) / 2;
      for (let i = 0; i < count; i++) {
        const n = cell[k++]!;
        const a = start + step * i;
        const p = clampToCell(g, ring, sector, n.disc.r, rho * Math.cos(a), rho * Math.sin(a));
        n.x = p.x;
        n.y = p.y;
      }
      rho = Math.min(hi, rho + 2 * r + 1);
    }
  }
}

/** Pulls each free node towards its sector's middle angle, at its current distance from the centre. */
function sectorForce(g: Geometry, nodes: SimNode[], strength: number) {
  const cos = Float64Array.from({ length: g.sectorCount }, (_, s) => Math.cos(sectorMid(g, s)));
  const sin = Float64Array.from({ length: g.sectorCount }, (_, s) => Math.sin(sectorMid(g, s)));
  return (alpha: number) => {
    for (const n of nodes) {
      if (n.disc.pinned) continue;
      const rho = Math.sqrt(n.x * n.x + n.y * n.y);
      const s = n.disc.sector;
      n.vx = (n.vx ?? 0) + (rho * cos[s]! - n.x) * strength * alpha;
      n.vy = (n.vy ?? 0) + (rho * sin[s]! - n.y) * strength * alpha;
    }
  };
}

/**
 * Whether two discs are so clearly apart that the exact test (Math.hypot against the sum of radii) cannot
 * say they overlap: the squared distance beats the squared sum by far more than hypot's rounding.
 */
function apart(a: SimNode, b: SimNode): boolean {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const reach = a.disc.r + b.disc.r;
  return dx * dx + dy * dy > reach * reach * 1.0001 + 1;
}

/** Pairs of overlapping discs, not counting two pinned ones (sweep along x). */
function overlaps(nodes: SimNode[]): [SimNode, SimNode][] {
  const sorted = [...nodes].sort((a, b) => a.x - b.x);
  let maxR = 0;
  for (const n of nodes) maxR = Math.max(maxR, n.disc.r);
  const pairs: [SimNode, SimNode][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x - a.x >= a.disc.r + maxR) break;
      if (a.disc.pinned && b.disc.pinned) continue;
      if (apart(a, b)) continue;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.disc.r + b.disc.r - 1e-6) pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * The last resort for overlaps the simulation left (typically a free disc pressed against a pinned one in a
 * band one disc wide, where collision pushes only radially and clamping pushes back): slide free discs
 * along their ring, away from each other, and clamp again.
 */
function slideApart(g: Geometry, nodes: SimNode[]): void {
  for (let round = 0; round < 30; round++) {
    const pairs = overlaps(nodes);
    if (pairs.length === 0) return;
    for (const [a, b] of pairs) {
      const need = a.disc.r + b.disc.r - Math.hypot(a.x - b.x, a.y - b.y) + 0.5;
      const movers = [a, b].filter((n) => !n.disc.pinned);
      for (const n of movers) {
        const other = n === a ? b : a;
        const rho = Math.hypot(n.x, n.y) || 1;
        // Unit tangent (clockwise), turned to point away from the other disc.
        let tx = -n.y / rho;
        let ty = n.x / rho;
        if ((n.x - other.x) * tx + (n.y - other.y) * ty < 0) {
          tx = -tx;
          ty = -ty;
        }
        const step = need / movers.length;
        let p = clampToCell(g, n.disc.ring, n.disc.sector, n.disc.r, n.x + tx * step, n.y + ty * step);
        // Pressed against a divider: the arc is too short here, and longer further out in the wedge.
        if (Math.hypot(p.x - n.x, p.y - n.y) < step / 2) {
          const out = (rho + step) / rho;
          p = clampToCell(
            g,
            n.disc.ring,
            n.disc.sector,
            n.disc.r,
            (n.x + tx * step) * out,
            (n.y + ty * step) * out,
          );
        }
        n.x = p.x;
        n.y = p.y;
      }
    }
  }
}
