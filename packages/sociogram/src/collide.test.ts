import fc from 'fast-check';
import { forceCollide, forceSimulation, type Force, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { collideForce } from './collide.js';
import { lcg } from './lcg.js';

interface Dot extends SimulationNodeDatum {
  r: number;
}

/**
 * The definition collideForce implements: d3-force's forceCollide arithmetic applied to every pair i < j,
 * for each i in index order the j in index order (no spatial index at all).
 */
function allPairs(strength: number, iterations: number): Force<Dot, undefined> {
  let nodes: Dot[] = [];
  let random = () => 0.5;
  const jiggle = () => (random() - 0.5) * 1e-6;
  const force = () => {
    for (let k = 0; k < iterations; k++) {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const ri = node.r;
        const xi = node.x! + node.vx!;
        const yi = node.y! + node.vy!;
        for (let j = i + 1; j < nodes.length; j++) {
          const data = nodes[j]!;
          let rj = data.r;
          let r = ri + rj;
          let x = xi - data.x! - data.vx!;
          let y = yi - data.y! - data.vy!;
          let l = x * x + y * y;
          if (l >= r * r) continue;
          if (x === 0) {
            x = jiggle();
            l += x * x;
          }
          if (y === 0) {
            y = jiggle();
            l += y * y;
          }
          l = ((r - (l = Math.sqrt(l))) / l) * strength;
          node.vx! += (x *= l) * (r = (rj *= rj) / (ri * ri + rj));
          node.vy! += (y *= l) * r;
          data.vx! -= x * (r = 1 - r);
          data.vy! -= y * r;
        }
      }
    }
  };
  force.initialize = (initial: Dot[], source: () => number) => {
    nodes = initial;
    random = source;
  };
  return force;
}

function run(
  kind: 'd3' | 'ours' | 'all pairs',
  start: { x: number; y: number; r: number }[],
  iterations: number,
  ticks = 5,
): number[] {
  const nodes: Dot[] = start.map((p) => ({ ...p }));
  const collide =
    kind === 'all pairs'
      ? allPairs(0.9, iterations)
      : (kind === 'd3' ? forceCollide<Dot>((n) => n.r) : collideForce<Dot>((n) => n.r))
          .strength(0.9)
          .iterations(iterations);
  const simulation = forceSimulation(nodes).randomSource(lcg(3)).stop().force('collide', collide);
  simulation.tick(ticks);
  return nodes.flatMap((n) => [n.x!, n.y!, n.vx!, n.vy!]);
}

const dot = fc.record({
  x: fc.integer({ min: -120, max: 120 }),
  y: fc.integer({ min: -120, max: 120 }),
  r: fc.integer({ min: 1, max: 24 }),
});

describe('collideForce', () => {
  it('moves two discs exactly as d3-force’s forceCollide does', () => {
    fc.assert(
      fc.property(fc.tuple(dot, dot), fc.integer({ min: 1, max: 3 }), (dots, iterations) => {
        expect(run('ours', dots, iterations)).toEqual(run('d3', dots, iterations));
      }),
    );
  });

  it('gives exactly what testing every pair in index order gives', () => {
    fc.assert(
      fc.property(fc.array(dot, { maxLength: 60 }), fc.integer({ min: 1, max: 3 }), (dots, iterations) => {
        expect(run('ours', dots, iterations)).toEqual(run('all pairs', dots, iterations));
      }),
    );
  });

  it('keeps a disc pinned far away from making the grid huge, and still separates the near ones', () => {
    const dots = [
      { x: 0, y: 0, r: 10 },
      { x: 5, y: 0, r: 10 },
      { x: 1e7, y: 1e7, r: 10 },
    ];
    const moved = run('ours', dots, 1, 60);
    expect(moved).toEqual(run('all pairs', dots, 1, 60));
    expect(Math.hypot(moved[0]! - moved[4]!, moved[1]! - moved[5]!)).toBeGreaterThan(19);
  });

  it('separates a crowd of overlapping discs as d3-force’s forceCollide does, from a start overlapping by 9 units', () => {
    const crowd = Array.from({ length: 80 }, (_, i) => ({
      x: (i % 9) * 6,
      y: Math.floor(i / 9) * 6,
      r: 4 + (i % 5),
    }));
    const ours = run('ours', crowd, 2, 120);
    const d3 = run('d3', crowd, 2, 120);
    const overlap = (p: number[]) => {
      let most = 0;
      for (let i = 0; i < crowd.length; i++)
        for (let j = i + 1; j < crowd.length; j++) {
          const gap = Math.hypot(p[4 * i]! - p[4 * j]!, p[4 * i + 1]! - p[4 * j + 1]!);
          most = Math.max(most, crowd[i]!.r + crowd[j]!.r - gap);
        }
      return most;
    };
    expect(overlap(crowd.flatMap((c) => [c.x, c.y, 0, 0]))).toBeGreaterThan(8);
    expect(overlap(d3)).toBeLessThan(0.01);
    expect(overlap(ours)).toBeLessThan(0.01);
  });
});
