/**
 * Collision between discs for the d3-force simulation: d3-force's forceCollide arithmetic (d3-force 3.0.1,
 * ISC licence, copyright Mike Bostock) — each overlapping pair pushed apart in proportion to the overlap,
 * the smaller disc moving more — but with the candidate pairs found in a uniform grid instead of a quadtree.
 * d3's own forceCollide rebuilds a d3-quadtree every iteration and walks it with `visit`, which allocates an
 * object per quad visited: with discs as large as a sociogram's (symbol and name together) most of the
 * layout's time went into that walk and its garbage. The grid lives in typed arrays reused across ticks.
 *
 * Pairs are visited in a fixed order — for each node i in index order, the nodes j > i near it, in index
 * order — so the result is exactly that of testing every pair i < j in that order (see collide.test.ts),
 * and the same on every machine. Grid cells are a little wider than the largest disc's diameter, so the
 * pairs that can touch during one iteration are all in neighbouring cells.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';

type Node = SimulationNodeDatum & { index: number; x: number; y: number; vx: number; vy: number };

export interface CollideForce<N extends SimulationNodeDatum> extends Force<N, undefined> {
  strength(strength: number): this;
  iterations(iterations: number): this;
}

const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

/** Extra width of a grid cell beyond the largest diameter, as a share of it (room for movement mid-iteration). */
const CELL_SLACK = 0.5;

export function collideForce<N extends SimulationNodeDatum>(radius: (node: N) => number): CollideForce<N> {
  let nodes: Node[] = [];
  let radii = new Float64Array(0);
  let maxRadius = 0;
  // The simulation hands over its seeded source in initialize, before the force first runs.
  let random: () => number = () => 0.5;
  let strength = 1;
  let iterations = 1;
  // Scratch, grown as needed: each node's grid cell, the nodes sorted by cell (counting sort, so in index
  // order within a cell), where each cell's run starts, and one node's candidate list.
  let cellOf = new Int32Array(0);
  let byCell = new Int32Array(0);
  let cellStart = new Int32Array(0);
  let candidates = new Int32Array(0);

  const force = ((): void => {
    const n = nodes.length;
    if (n < 2) return;
    const least = 2 * maxRadius * (1 + CELL_SLACK) || 1;
    for (let k = 0; k < iterations; ++k) {
      // The grid over the predicted positions (x + vx), as d3's quadtree is.
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = 0; i < n; ++i) {
        const d = nodes[i]!;
        const x = d.x + d.vx;
        const y = d.y + d.vy;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      if (!(maxX - minX < Infinity && maxY - minY < Infinity)) return;
      // Cells at least `least` wide, and no more of them than a few per node (a disc pinned far away must
      // not make the grid huge): wider cells only bring more candidates, never fewer pairs.
      const size = Math.max(least, Math.sqrt(((maxX - minX) * (maxY - minY)) / (4 * n)));
      const cols = Math.floor((maxX - minX) / size) + 1;
      const rows = Math.floor((maxY - minY) / size) + 1;
      const cells = cols * rows;
      if (cellStart.length < cells + 1) cellStart = new Int32Array(cells + 1);
      else cellStart.fill(0, 0, cells + 1);
      for (let i = 0; i < n; ++i) {
        const d = nodes[i]!;
        const c = Math.floor((d.y + d.vy - minY) / size) * cols + Math.floor((d.x + d.vx - minX) / size);
        cellOf[i] = c;
        cellStart[c + 1]!++;
      }
      for (let c = 0; c < cells; ++c) cellStart[c + 1]! += cellStart[c]!;
      // Fill each cell's run in index order; cellStart[c] ends up at the run's end, then is shifted back.
      for (let i = 0; i < n; ++i) byCell[cellStart[cellOf[i]!]!++] = i;
      for (let c = cells; c > 0; --c) cellStart[c] = cellStart[c - 1]!;
      cellStart[0] = 0;

      for (let i = 0; i < n; ++i) {
        const node = nodes[i]!;
        const ri = radii[i]!;
        const ri2 = ri * ri;
        const xi = node.x + node.vx;
        const yi = node.y + node.vy;
        // The nodes after i in the 3 × 3 cells around i's, in index order (insertion sort of a short list).
        const c = cellOf[i]!;
        const col = c % cols;
        const row = (c - col) / cols;
        let count = 0;
        for (let r = row > 0 ? row - 1 : 0, r1 = row + 1 < rows ? row + 1 : row; r <= r1; ++r) {
          for (let q = col > 0 ? col - 1 : 0, q1 = col + 1 < cols ? col + 1 : col; q <= q1; ++q) {
            const cell = r * cols + q;
            for (let s = cellStart[cell]!, e = cellStart[cell + 1]!; s < e; ++s) {
              const j = byCell[s]!;
              if (j <= i) continue;
              let at = count++;
              while (at > 0 && candidates[at - 1]! > j) {
                candidates[at] = candidates[at - 1]!;
                at--;
              }
              candidates[at] = j;
            }
          }
        }
        for (let m = 0; m < count; ++m) {
          const data = nodes[candidates[m]!]!;
          let rj = radii[candidates[m]!]!;
          let r = ri + rj;
          let x = xi - data.x - data.vx;
          let y = yi - data.y - data.vy;
          let l = x * x + y * y;
          if (l < r * r) {
            if (x === 0) {
              x = jiggle(random);
              l += x * x;
            }
            if (y === 0) {
              y = jiggle(random);
              l += y * y;
            }
            l = ((r - (l = Math.sqrt(l))) / l) * strength;
            node.vx += (x *= l) * (r = (rj *= rj) / (ri2 + rj));
            node.vy += (y *= l) * r;
            data.vx -= x * (r = 1 - r);
            data.vy -= y * r;
          }
        }
      }
    }
  }) as unknown as CollideForce<N>;

  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial as unknown as Node[];
    random = source;
    const n = nodes.length;
    radii = new Float64Array(n);
    maxRadius = 0;
    for (let i = 0; i < n; ++i) {
      const r = +radius(initial[i]!);
      radii[i] = r;
      if (r > maxRadius) maxRadius = r;
    }
    if (cellOf.length < n) {
      cellOf = new Int32Array(n);
      byCell = new Int32Array(n);
      candidates = new Int32Array(n);
    }
  };
  force.strength = (value: number) => ((strength = +value), force);
  force.iterations = (value: number) => ((iterations = +value), force);
  return force;
}
