import fc from 'fast-check';
import * as d3 from 'd3-force';
import { describe, expect, it } from 'vitest';
import { collideForce } from './collide.js';
import { lcg } from './lcg.js';
import { forceRadial, forceSimulation, type SimulationNode } from './simulation.js';

interface Dot extends SimulationNode {
  r: number;
  ring: number;
  pinned: boolean;
}

/** A pull towards the x axis, as place-alters' sector force pulls (a force without `initialize`). */
const towardsAxis = (nodes: Dot[]) => (alpha: number) => {
  for (const n of nodes) if (!n.pinned) n.vy = (n.vy ?? 0) - n.y * 0.04 * alpha;
};

/**
 * What place-alters does, with d3-force's simulation and radial force or with ours: the full simulation
 * for `ticks`, then collision-only rounds at alpha 0.5. Returns every position and velocity.
 */
function run(kind: 'd3' | 'ours', start: Omit<Dot, 'ring'>[], ticks: number, seed: number): number[] {
  const nodes: Dot[] = start.map((p, i) => ({
    ...p,
    ring: 40 + (i % 3) * 50,
    ...(p.pinned ? { fx: p.x, fy: p.y } : {}),
  }));
  const alphaDecay = 1 - Math.pow(0.001, 1 / ticks);
  const collide = collideForce<Dot>((n) => n.r + 0.5)
    .strength(0.9)
    .iterations(1);
  const ring = (n: Dot) => n.ring;
  if (kind === 'd3') {
    const simulation = d3.forceSimulation(nodes).randomSource(lcg(seed)).stop().alphaDecay(alphaDecay);
    simulation
      .force('radial', d3.forceRadial(ring).strength(0.06))
      .force('axis', towardsAxis(nodes))
      .force('collide', collide);
    for (let i = 0; i < ticks; i++) simulation.tick();
    simulation.force('radial', null).force('axis', null);
    collide.strength(1).iterations(2);
    for (let i = 0; i < 3; i++) simulation.alpha(0.5).tick();
  } else {
    const simulation = forceSimulation(nodes, lcg(seed), alphaDecay);
    simulation
      .force('radial', forceRadial(ring, 0.06))
      .force('axis', towardsAxis(nodes))
      .force('collide', collide);
    for (let i = 0; i < ticks; i++) simulation.tick();
    simulation.force('radial', null).force('axis', null);
    collide.strength(1).iterations(2);
    for (let i = 0; i < 3; i++) simulation.alpha(0.5).tick();
  }
  return nodes.flatMap((n) => [n.x, n.y, n.vx!, n.vy!]);
}

const dot = fc.record({
  x: fc.integer({ min: -150, max: 150 }),
  y: fc.integer({ min: -150, max: 150 }),
  r: fc.integer({ min: 1, max: 24 }),
  pinned: fc.integer({ min: 0, max: 4 }).map((v) => v === 0),
});

describe('forceSimulation and forceRadial', () => {
  it('move every node exactly as d3-force’s simulation and radial force do, pins held', () => {
    fc.assert(
      fc.property(
        fc.array(dot, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 120 }),
        fc.nat(),
        (dots, ticks, seed) => {
          expect(run('ours', dots, ticks, seed)).toEqual(run('d3', dots, ticks, seed));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('moves the nodes at all (the comparison above compares something)', () => {
    const dots = [
      { x: 0, y: 0, r: 10, pinned: false },
      { x: 3, y: 1, r: 10, pinned: false },
      { x: 90, y: 0, r: 5, pinned: true },
    ];
    const moved = run('ours', dots, 30, 1);
    expect(moved.slice(0, 2)).not.toEqual([0, 0]);
    expect(moved.slice(8, 10)).toEqual([90, 0]);
  });
});
