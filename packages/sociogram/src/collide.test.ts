import fc from 'fast-check';
import { forceCollide, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { collideForce } from './collide.js';
import { lcg } from './lcg.js';

interface Dot extends SimulationNodeDatum {
  r: number;
}

function run(
  kind: 'd3' | 'ours',
  start: { x: number; y: number; r: number }[],
  iterations: number,
): number[] {
  const nodes: Dot[] = start.map((p) => ({ ...p }));
  const collide =
    kind === 'd3' ? forceCollide<Dot>((n) => n.r).strength(0.9) : collideForce<Dot>((n) => n.r).strength(0.9);
  collide.iterations(iterations);
  const simulation = forceSimulation(nodes).randomSource(lcg(3)).stop().force('collide', collide);
  simulation.tick(5);
  return nodes.flatMap((n) => [n.x!, n.y!, n.vx!, n.vy!]);
}

describe('collideForce', () => {
  it('moves nodes exactly as d3-force’s forceCollide does', () => {
    const dot = fc.record({
      x: fc.integer({ min: -40, max: 40 }),
      y: fc.integer({ min: -40, max: 40 }),
      r: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(dot, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (dots, iterations) => {
        expect(run('ours', dots, iterations)).toEqual(run('d3', dots, iterations));
      }),
    );
  });
});
