/**
 * The part of d3-force's simulation the sociogram runs (d3-force 3.0.1, ISC licence, copyright Mike
 * Bostock): ticks called by hand — alpha moved towards 0 by `alphaDecay`, the forces applied in the order
 * they were added, each velocity decayed by 0.6 and added to its position, a pinned node (`fx`/`fy`) held
 * where it is pinned — and d3's radial force around (0, 0). The arithmetic is d3's, in d3's order, so the
 * layouts are the same to the bit (simulation.test.ts runs both). The sociogram ran d3's simulation stopped,
 * without its timer or events, so d3-force with d3-dispatch and d3-timer cost the editor 2.1 kB gzip for
 * these lines; its collision force is copied too (collide.ts).
 */

/** A node of the simulation: its position, its velocity (0 when missing) and where it is pinned. */
export interface SimulationNode {
  index?: number;
  x: number;
  y: number;
  vx?: number;
  vy?: number;
  fx?: number | null;
  fy?: number | null;
}

/** A force: applied at each tick with the simulation's alpha; `initialize` gets the nodes when it is added. */
export interface Force<N extends SimulationNode> {
  (alpha: number): void;
  initialize?(nodes: N[], random: () => number): void;
}

/** A simulation stepped by hand (d3's `forceSimulation(nodes).stop()`). */
export interface Simulation<N extends SimulationNode> {
  /** Adds the force under `name`, or removes it (null); a force added again keeps its place. */
  force(name: string, force: Force<N> | null): Simulation<N>;
  /** Sets alpha. */
  alpha(value: number): Simulation<N>;
  /** One step: alpha decays, the forces push, the nodes move. */
  tick(): Simulation<N>;
}

/** d3's velocity decay: each tick keeps 60 % of a node's velocity. */
const VELOCITY_DECAY = 1 - 0.4;

/**
 * A simulation of `nodes`, which all come with a position (d3 would place a node without one on a spiral),
 * with `random` for the forces' jiggle and `alphaDecay` per tick.
 */
export function forceSimulation<N extends SimulationNode>(
  nodes: N[],
  random: () => number,
  alphaDecay: number,
): Simulation<N> {
  let alpha = 1;
  const forces = new Map<string, Force<N>>();
  nodes.forEach((node, i) => {
    node.index = i;
    if (node.fx != null) node.x = node.fx;
    if (node.fy != null) node.y = node.fy;
    if (Number.isNaN(Number(node.vx)) || Number.isNaN(Number(node.vy))) node.vx = node.vy = 0;
  });
  const simulation: Simulation<N> = {
    force(name, force) {
      if (force === null) forces.delete(name);
      else {
        force.initialize?.(nodes, random);
        forces.set(name, force);
      }
      return simulation;
    },
    alpha(value) {
      alpha = value;
      return simulation;
    },
    tick() {
      alpha += (0 - alpha) * alphaDecay;
      forces.forEach((force) => force(alpha));
      for (const node of nodes) {
        if (node.fx == null) node.x += node.vx! *= VELOCITY_DECAY;
        else {
          node.x = node.fx;
          node.vx = 0;
        }
        if (node.fy == null) node.y += node.vy! *= VELOCITY_DECAY;
        else {
          node.y = node.fy;
          node.vy = 0;
        }
      }
      return simulation;
    },
  };
  return simulation;
}

/** d3's forceRadial around (0, 0): pulls each node towards the circle of its `radius`, by `strength`. */
export function forceRadial<N extends SimulationNode>(
  radius: (node: N) => number,
  strength: number,
): Force<N> {
  let nodes: N[] = [];
  let radii: number[] = [];
  const force: Force<N> = (alpha) => {
    for (let i = 0; i < nodes.length; ++i) {
      const node = nodes[i]!;
      const dx = node.x || 1e-6;
      const dy = node.y || 1e-6;
      const r = Math.sqrt(dx * dx + dy * dy);
      const k = ((radii[i]! - r) * (Number.isNaN(radii[i]) ? 0 : strength) * alpha) / r;
      node.vx! += dx * k;
      node.vy! += dy * k;
    }
  };
  force.initialize = (initial) => {
    nodes = initial;
    radii = initial.map((node) => +radius(node));
  };
  return force;
}
