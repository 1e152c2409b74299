/**
 * d3-force's forceCollide (d3-force 3.0.1, ISC licence, copyright Mike Bostock): the same arithmetic in the
 * same order, so the same positions bit for bit, with one change — the quadtree is walked with a reused
 * stack instead of d3-quadtree's `visit`, which allocates an object for every quad it visits (some 40 MB of
 * garbage per 200-alter sociogram, most of its time in garbage collection).
 */
import type { Force, SimulationNodeDatum } from 'd3-force';
import { quadtree, type QuadtreeInternalNode, type QuadtreeLeaf } from 'd3-quadtree';

type Node = SimulationNodeDatum & { index: number; x: number; y: number; vx: number; vy: number };
/** A quadtree node with the largest radius below it (set by `prepare`, as d3's collide does). */
type Quad = (QuadtreeInternalNode<Node> | QuadtreeLeaf<Node>) & { r: number };

export interface CollideForce<N extends SimulationNodeDatum> extends Force<N, undefined> {
  strength(strength: number): this;
  iterations(iterations: number): this;
}

const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

export function collideForce<N extends SimulationNodeDatum>(radius: (node: N) => number): CollideForce<N> {
  let nodes: Node[] = [];
  let radii: number[] = [];
  // The simulation hands over its seeded source in initialize, before the force first runs.
  let random: () => number = () => 0.5;
  let strength = 1;
  let iterations = 1;
  // The walk's stack: quads and their extents, reused across calls.
  const stack: Quad[] = [];
  let extents = new Float64Array(64);
  let top = 0;
  const push = (quad: Quad, x0: number, y0: number, x1: number, y1: number) => {
    if (4 * (top + 1) > extents.length) {
      const grown = new Float64Array(extents.length * 2);
      grown.set(extents);
      extents = grown;
    }
    stack[top] = quad;
    extents[4 * top] = x0;
    extents[4 * top + 1] = y0;
    extents[4 * top + 2] = x1;
    extents[4 * top + 3] = y1;
    top++;
  };

  /** Each quad's largest radius, children before their parent (as d3's visitAfter, without its objects). */
  const prepare = (quad: Quad): void => {
    if (!quad.length) {
      quad.r = radii[(quad as QuadtreeLeaf<Node>).data.index]!;
      return;
    }
    const inner = quad as QuadtreeInternalNode<Node> & { r: number };
    for (let i = 0; i < 4; ++i) if (inner[i]) prepare(inner[i] as Quad);
    for (let i = (inner.r = 0); i < 4; ++i) {
      const child = inner[i] as Quad | undefined;
      if (child && child.r > inner.r) inner.r = child.r;
    }
  };

  const force = ((): void => {
    const n = nodes.length;
    for (let k = 0; k < iterations; ++k) {
      const tree = quadtree(
        nodes,
        (d) => d.x + d.vx,
        (d) => d.y + d.vy,
      );
      const root = tree.root() as Quad | undefined;
      if (!root) continue;
      prepare(root);
      const [[rx0, ry0], [rx1, ry1]] = tree.extent() as [[number, number], [number, number]];
      for (let i = 0; i < n; ++i) {
        const node = nodes[i]!;
        const ri = radii[node.index]!;
        const ri2 = ri * ri;
        const xi = node.x + node.vx;
        const yi = node.y + node.vy;
        top = 0;
        push(root, rx0, ry0, rx1, ry1);
        while (top > 0) {
          top--;
          const quad = stack[top]!;
          const x0 = extents[4 * top]!;
          const y0 = extents[4 * top + 1]!;
          const x1 = extents[4 * top + 2]!;
          const y1 = extents[4 * top + 3]!;
          let rj = quad.r;
          let r = ri + rj;
          if (!quad.length) {
            const data = (quad as QuadtreeLeaf<Node>).data;
            if (data.index > node.index) {
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
            continue;
          }
          if (x0 > xi + r || x1 < xi - r || y0 > yi + r || y1 < yi - r) continue;
          const inner = quad as QuadtreeInternalNode<Node> & { r: number };
          const xm = (x0 + x1) / 2;
          const ym = (y0 + y1) / 2;
          let child: Quad | undefined;
          if ((child = inner[3] as Quad | undefined)) push(child, xm, ym, x1, y1);
          if ((child = inner[2] as Quad | undefined)) push(child, x0, ym, xm, y1);
          if ((child = inner[1] as Quad | undefined)) push(child, xm, y0, x1, ym);
          if ((child = inner[0] as Quad | undefined)) push(child, x0, y0, xm, ym);
        }
      }
    }
    stack.length = 0;
  }) as unknown as CollideForce<N>;

  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial as unknown as Node[];
    random = source;
    radii = new Array<number>(nodes.length);
    for (let i = 0; i < initial.length; ++i) radii[nodes[i]!.index] = +radius(initial[i]!);
  };
  force.strength = (value: number) => ((strength = +value), force);
  force.iterations = (value: number) => ((iterations = +value), force);
  return force;
}
