/**
 * Sociogram layout + scene on the repository's seeded synthetic networks (@kring/examples/synthetic, seed 7) at
 * 50, 200, 1,000 and 5,000 alters, side by side with a plain 300-tick d3-force simulation of the same graph
 * (radial ring + sector x/y + collide + links + short-range many-body: the simulation the peer layout table used),
 * and beside the minimal set (radial ring + sector x/y + collide, plus the same links, d3-force's defaults).
 * Budgets: 200 alters settled in 30 ms, and at least 6× faster than the minimal set.
 *
 * `cases` follows the bench runner's shape (bench/run.ts). Run this file directly for the side-by-side table
 * with ratios: `pnpm exec tsx bench/sociogram.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceRadial,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { KringDocument } from '../packages/core/src/index.js';
import { renderSociogram } from '../packages/sociogram/src/index.js';
import { syntheticNetwork } from '../packages/examples/src/synthetic/index.js';
import { timeMedian } from './time-median.js';

const SIZES = [50, 200, 1000, 5000] as const;
const SEED = 7;
const SECTORS = ['family', 'friends', 'neighbours', 'work_school', 'professionals'];

const documentOf = (n: number): KringDocument => syntheticNetwork(n, SEED);

interface PlainNode extends SimulationNodeDatum {
  ring: number;
  sector: number;
}

/** The simulation's nodes (the focus's alters, with ring and sector) and the links between alters. */
function graphOf(doc: KringDocument): { nodes: PlainNode[]; links: { source: number; target: number }[] } {
  const index = new Map<string, number>();
  const nodes: PlainNode[] = [];
  for (const tie of doc.ties) {
    if (tie.from !== doc.focus) continue;
    index.set(tie.to, nodes.length);
    nodes.push({ ring: tie.ring ?? 3, sector: Math.max(0, SECTORS.indexOf(tie.sector ?? 'friends')) });
  }
  const links = doc.ties
    .filter((t) => t.from !== doc.focus && index.has(t.from) && index.has(t.to))
    .map((t) => ({ source: index.get(t.from)!, target: index.get(t.to)! }));
  return { nodes, links };
}

/** The middle angle of a node's sector (screen orientation, sector 0 from 12 o'clock). */
const mid = (n: PlainNode) => -Math.PI / 2 + ((n.sector + 0.5) * 2 * Math.PI) / SECTORS.length;

/** The peer table's plain simulation: 300 ticks, no seeding, no clamping, no scene. */
export function plainForce(doc: KringDocument): void {
  const { nodes, links } = graphOf(doc);
  const simulation = forceSimulation(nodes)
    .stop()
    .force('radial', forceRadial<PlainNode>((n) => n.ring * 100).strength(0.3))
    .force('x', forceX<PlainNode>((n) => Math.cos(mid(n)) * n.ring * 100).strength(0.1))
    .force('y', forceY<PlainNode>((n) => Math.sin(mid(n)) * n.ring * 100).strength(0.1))
    .force('collide', forceCollide(12))
    .force('link', forceLink(links).strength(0.05))
    .force('charge', forceManyBody().strength(-20).distanceMax(60));
  simulation.tick(300);
}

/**
 * The minimal simulation a sociogram needs (the peer table's "minimal set": radial ring + sector x/y +
 * collide), on the same nodes and the same links between alters, with d3-force's default strengths and
 * distances (collide at the symbol's radius), 300 ticks. Issue 16's budget: Kring's layout + scene at least
 * 6× faster than this at 200 alters.
 */
export function minimalForce(doc: KringDocument): void {
  const { nodes, links } = graphOf(doc);
  forceSimulation(nodes)
    .stop()
    .force(
      'radial',
      forceRadial<PlainNode>((n) => n.ring * 100),
    )
    .force(
      'x',
      forceX<PlainNode>((n) => Math.cos(mid(n)) * n.ring * 100),
    )
    .force(
      'y',
      forceY<PlainNode>((n) => Math.sin(mid(n)) * n.ring * 100),
    )
    .force('collide', forceCollide(12))
    .force('link', forceLink(links))
    .tick(300);
}

export const cases = SIZES.flatMap((n) => [
  {
    name: `sociogram layout + scene, ${n} alters`,
    budgetMs: n <= 200 ? 30 : n <= 1000 ? 300 : 3000,
    setup: () => documentOf(n),
    run: (doc: KringDocument): void => void renderSociogram(doc, { locale: 'nl' }),
  },
  {
    name: `plain d3-force, 300 ticks, ${n} alters (peer baseline)`,
    setup: () => documentOf(n),
    run: (doc: KringDocument): void => plainForce(doc),
  },
  {
    name: `minimal d3-force set (radial + sector + collide + links, defaults), 300 ticks, ${n} alters`,
    setup: () => documentOf(n),
    run: (doc: KringDocument): void => minimalForce(doc),
    ...(n >= 1000 ? { warmup: 1, samples: 3 } : {}),
  },
]);

async function main(): Promise<void> {
  console.log(
    '| N alters | ties | ours layout + scene ms | plain d3-force 300 ticks ms | plain / ours | minimal set ms | minimal / ours (goal ≥ 6 at 200) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SIZES) {
    const doc = documentOf(n);
    for (let i = 0; i < 3; i++) renderSociogram(doc, { locale: 'nl' }); // warm up
    const ours = timeMedian(n <= 1000 ? 21 : 5, () => renderSociogram(doc, { locale: 'nl' }));
    const plain = timeMedian(n <= 1000 ? 7 : 1, () => plainForce(doc));
    const minimal = timeMedian(n <= 1000 ? 7 : 1, () => minimalForce(doc));
    console.log(
      `| ${n} | ${doc.ties.length} | ${ours.toFixed(1)} | ${plain.toFixed(1)} | ${(plain / ours).toFixed(1)}× | ${minimal.toFixed(1)} | ${(minimal / ours).toFixed(1)}× |`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
