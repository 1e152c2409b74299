/**
 * The rings and sectors of a sociogram, centred on the origin: ring radii, sector angles, and the exact test
 * and clamp for "a disc of radius r lies inside ring i and sector s". Angles are in radians, screen
 * orientation (y down), so increasing angles go clockwise; sector 0 starts at 12 o'clock. Sectors keep their
 * order but not their size: a sector with more people gets a wider angle (sector-angles.ts).
 */
export interface Geometry {
  /** radii[0] is the inner edge of ring 1; radii[i] is the outer edge of ring i. */
  radii: number[];
  sectorCount: number;
  /**
   * Where each sector starts (radians, clockwise, from -π/2 = 12 o'clock): starts[s] to starts[s + 1] is
   * sector s, starts[sectorCount] = starts[0] + 2π. No sector is wider than π.
   */
  starts: number[];
  /** Extra keep-out distance from the divider where the ring names sit. */
  labelMargin: number;
  /** The divider the ring names sit on: divider k starts sector k (0 is at 12 o'clock). */
  labelDivider: number;
}

/** Empty space kept between a node's disc and the ring circles and sector dividers. */
export const CELL_PADDING = 3;

/** Sector starts for `count` equal sectors, the first at 12 o'clock. */
export function equalStarts(count: number): number[] {
  return Array.from({ length: count + 1 }, (_, s) => -Math.PI / 2 + (s * 2 * Math.PI) / count);
}

export function sectorAngle(g: Geometry, sector: number): number {
  return g.starts[sector + 1]! - g.starts[sector]!;
}

export function sectorStart(g: Geometry, sector: number): number {
  return g.starts[sector]!;
}

export function sectorMid(g: Geometry, sector: number): number {
  return sectorStart(g, sector) + sectorAngle(g, sector) / 2;
}

export function ringMid(g: Geometry, ring: number): number {
  return (g.radii[ring - 1]! + g.radii[ring]!) / 2;
}

/** Margins to the sector's two dividers (start, end): the ring names' divider keeps room for them. */
function margins(g: Geometry, sector: number, r: number): [number, number] {
  const m = r + CELL_PADDING;
  const end = (sector + 1) % g.sectorCount;
  return [sector === g.labelDivider ? m + g.labelMargin : m, end === g.labelDivider ? m + g.labelMargin : m];
}

/** The smallest distance from the centre at which a disc of radius r fits between the sector's dividers. */
export function minRadiusInWedge(g: Geometry, sector: number, r: number): number {
  const [m1, m2] = margins(g, sector, r);
  return Math.max(m1, m2) / Math.sin(sectorAngle(g, sector) / 2);
}

/**
 * The angle, within the sector, over which the centre of a disc of radius r may move at distance rho from the
 * centre (between the dividers' margins); negative when it does not fit there.
 */
export function usableAngle(g: Geometry, sector: number, r: number, rho: number): number {
  const [m1, m2] = margins(g, sector, r);
  return sectorAngle(g, sector) - Math.asin(Math.min(1, m1 / rho)) - Math.asin(Math.min(1, m2 / rho));
}

/** The angular step between two touching discs of radius r whose centres are at distance rho. */
export function seatAngle(r: number, rho: number): number {
  return 2 * Math.asin(Math.min(1, (r + 0.5) / rho));
}

/** How many discs of radius r fit side by side on the arc at distance rho inside the sector. */
export function rowCapacity(g: Geometry, sector: number, r: number, rho: number): number {
  const usable = usableAngle(g, sector, r, rho);
  if (usable < 0) return 0;
  return Math.floor(usable / seatAngle(r, rho)) + 1;
}

/** The local angle (relative to the sector's start, 0..sectorAngle) of a point. */
function localAngle(g: Geometry, sector: number, x: number, y: number): number {
  const full = 2 * Math.PI;
  let a = Math.atan2(y, x) - sectorStart(g, sector);
  a = ((a % full) + full) % full;
  // Points just before the start divider come out near 2π: map them to small negative angles.
  const span = sectorAngle(g, sector);
  if (a > span + (full - span) / 2) a -= full;
  return a;
}

/**
 * Moves the point (x, y) to the nearest place (in polar terms) where a disc of radius r lies wholly inside
 * ring `ring` (1-based) and sector `sector`. Exact for sector angles up to 180°.
 */
export function clampToCell(
  g: Geometry,
  ring: number,
  sector: number,
  r: number,
  x: number,
  y: number,
): { x: number; y: number } {
  const out = { x: 0, y: 0 };
  clampWithin(g, sector, cellLimits(g, ring, sector, r), x, y, out);
  return out;
}

/** What clamping a disc of radius r into its cell needs, computed once per disc. */
export interface CellLimits {
  m1: number;
  m2: number;
  span: number;
  lo: number;
  hi: number;
  /** Unit vectors along the sector's start and end dividers, for the quick "already inside" test. */
  startX: number;
  startY: number;
  endX: number;
  endY: number;
}

export function cellLimits(g: Geometry, ring: number, sector: number, r: number): CellLimits {
  const [m1, m2] = margins(g, sector, r);
  const start = sectorStart(g, sector);
  const span = sectorAngle(g, sector);
  return {
    m1,
    m2,
    span,
    lo: Math.max(g.radii[ring - 1]! + r + CELL_PADDING, minRadiusInWedge(g, sector, r)),
    hi: g.radii[ring]! - r - CELL_PADDING,
    startX: Math.cos(start),
    startY: Math.sin(start),
    endX: Math.cos(start + span),
    endY: Math.sin(start + span),
  };
}

/**
 * Whether (x, y) already lies where clampWithin would leave it: between the ring limits and at least the
 * margins away from both dividers (on their inner sides; sectors are at most a half circle, so that is the
 * wedge). No trigonometry: the force layout asks this for every disc after every tick.
 */
export function insideLimits(limits: CellLimits, x: number, y: number): boolean {
  const { lo, hi } = limits;
  const rho2 = x * x + y * y;
  if (rho2 < lo * lo || rho2 > hi * hi || lo > hi) return false;
  // Signed distances to the divider lines, positive inside the sector (clockwise from the start divider).
  return limits.startX * y - limits.startY * x >= limits.m1 && x * limits.endY - y * limits.endX >= limits.m2;
}

/** clampToCell with the cell's limits at hand, writing the point into `out` (which may be the disc's node). */
export function clampWithin(
  g: Geometry,
  sector: number,
  limits: CellLimits,
  x: number,
  y: number,
  out: { x: number; y: number },
): void {
  const { m1, m2, span, lo, hi } = limits;
  let rho = Math.hypot(x, y);
  rho = Math.min(Math.max(rho, lo), Math.max(lo, hi));
  const aLo = Math.asin(Math.min(1, m1 / rho));
  const aHi = span - Math.asin(Math.min(1, m2 / rho));
  let a = localAngle(g, sector, x, y);
  a = aLo <= aHi ? Math.min(Math.max(a, aLo), aHi) : (aLo + aHi) / 2;
  const angle = sectorStart(g, sector) + a;
  out.x = rho * Math.cos(angle);
  out.y = rho * Math.sin(angle);
}

/** Whether a disc of radius r at (x, y) lies inside ring `ring` and sector `sector` (within `tolerance`). */
export function discInCell(
  g: Geometry,
  ring: number,
  sector: number,
  r: number,
  x: number,
  y: number,
  tolerance = 1e-6,
): boolean {
  const rho = Math.hypot(x, y);
  if (rho - r < g.radii[ring - 1]! - tolerance || rho + r > g.radii[ring]! + tolerance) return false;
  const a = localAngle(g, sector, x, y);
  const span = sectorAngle(g, sector);
  if (a < 0 || a > span) return false;
  // Distance from the point to each divider line (a ray from the centre).
  return rho * Math.sin(a) >= r - tolerance && rho * Math.sin(span - a) >= r - tolerance;
}
