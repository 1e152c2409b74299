import { f } from './alter-glyph.js';

export interface Obstacle {
  x: number;
  y: number;
  r: number;
}

/** Bends tried, as a share of the tie's length: straight first, then slight curves either side. */
const BENDS = [0, 0.12, -0.12, 0.24, -0.24, 0.36, -0.36];
const SAMPLES = 24;

/**
 * The path of a tie between two alters: straight when that misses every other alter's symbol and name
 * (given as discs), else the slightest quadratic curve that does; when none does, the one that hits least.
 */
export function tiePath(
  a: { x: number; y: number },
  b: { x: number; y: number },
  obstacles: readonly Obstacle[],
  /** Obstacles (by index) the tie may touch: its own ends. */
  own: (index: number) => boolean,
): string {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = -(b.y - a.y) / len;
  const ny = (b.x - a.x) / len;
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  // Only obstacles near the tie's box (widened by the largest bend) can be hit.
  const reach = BENDS[BENDS.length - 1]! * -len + 20;
  const near = obstacles.filter(
    (o, k) =>
      !own(k) &&
      o.x + o.r > Math.min(a.x, b.x) - reach &&
      o.x - o.r < Math.max(a.x, b.x) + reach &&
      o.y + o.r > Math.min(a.y, b.y) - reach &&
      o.y - o.r < Math.max(a.y, b.y) + reach,
  );
  // Most ties miss everything straight: check that cheaply (distance to the segment) before any curve.
  const straightHits = near.some((o) => {
    const t = Math.max(0, Math.min(1, ((o.x - a.x) * (b.x - a.x) + (o.y - a.y) * (b.y - a.y)) / (len * len)));
    return Math.hypot(a.x + t * (b.x - a.x) - o.x, a.y + t * (b.y - a.y) - o.y) < o.r;
  });
  if (!straightHits) return straight(a, b);
  // The fewest obstacles hit, and among those the least deep into them (a graze over a cut through).
  let best = { bend: 0, hits: Infinity, depth: Infinity };
  for (const bend of BENDS) {
    // The curve's middle is (a + 2c + b) / 4, so a control point at 2·bend·len puts the middle bend·len out.
    const cx = mx + nx * 2 * bend * len;
    const cy = my + ny * 2 * bend * len;
    let hits = 0;
    let depth = 0;
    // The curve lies within the box of its three points: obstacles beyond it are missed.
    const left = Math.min(a.x, cx, b.x);
    const right = Math.max(a.x, cx, b.x);
    const top = Math.min(a.y, cy, b.y);
    const bottom = Math.max(a.y, cy, b.y);
    for (const o of near) {
      if (o.x + o.r < left || o.x - o.r > right || o.y + o.r < top || o.y - o.r > bottom) continue;
      let closest = Infinity;
      for (let i = 1; i < SAMPLES; i++) {
        const t = i / SAMPLES;
        const u = 1 - t;
        const x = u * u * a.x + 2 * u * t * cx + t * t * b.x;
        const y = u * u * a.y + 2 * u * t * cy + t * t * b.y;
        closest = Math.min(closest, Math.hypot(x - o.x, y - o.y));
      }
      if (closest < o.r) {
        hits++;
        depth += o.r - closest;
        // A curve that already hits more than the best so far cannot win.
        if (hits > best.hits) break;
      }
    }
    if (hits < best.hits || (hits === best.hits && depth < best.depth)) best = { bend, hits, depth };
    if (hits === 0) break;
  }
  if (best.bend === 0) return straight(a, b);
  const cx = mx + nx * 2 * best.bend * len;
  const cy = my + ny * 2 * best.bend * len;
  return `M${f(a.x)} ${f(a.y)} Q${f(cx)} ${f(cy)} ${f(b.x)} ${f(b.y)}`;
}

export function straight(a: { x: number; y: number }, b: { x: number; y: number }): string {
  return `M${f(a.x)} ${f(a.y)} L${f(b.x)} ${f(b.y)}`;
}
