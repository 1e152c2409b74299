/**
 * Genogram layout (and layout + scene) on the repository's seeded synthetic families (@kring/examples/synthetic,
 * seed 42) at 50, 200, 1,000 and 5,000 persons (layout and layout + scene also at 20,000), side by side with @dagrejs/dagre and d3-dag's sugiyama on
 * the same graph (persons plus one node per union: partner → union → child), and the line crossings of
 * each result counted as the peer layout table counts them: straight segments union point → partner and
 * union point → child, proper crossings only.
 *
 * `cases` follows the bench runner's shape (bench/run.ts). Run this file directly for the side-by-side
 * table with ratios and crossings: `pnpm exec tsx bench/genogram.bench.ts` (set GENOGRAM_BENCH_QUICK=1 to
 * skip the 1,000-person d3-dag run, which alone takes 15–20 s).
 */
import { pathToFileURL } from 'node:url';
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import { graphConnect, sugiyama } from 'd3-dag';
import type { KringDocument } from '../packages/core/src/index.js';
import { renderGenogram } from '../packages/genogram/src/index.js';
// The layout passes themselves (the package's GenogramLayout is opaque): the bench reads their positions.
import { layoutGenogram, type GenogramLayout } from '../packages/genogram/src/layout.js';
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';

const SIZES = [50, 200, 1000, 5000] as const;
const SEED = 42;

type Point = { x: number; y: number };
interface UnionGraph {
  persons: string[];
  unions: { id: string; partners: string[]; children: string[] }[];
}

/** Persons plus one union per partnership (or per lone parent) with its partners and children. */
export function unionGraph(doc: KringDocument): UnionGraph {
  const unions = new Map<string, { id: string; partners: string[]; children: Set<string> }>();
  for (const p of doc.partnerships) unions.set(p.id, { id: p.id, partners: [p.a, p.b], children: new Set() });
  for (const link of doc.parentChild) {
    const id = link.partnership && unions.has(link.partnership) ? link.partnership : `lone:${link.parent}`;
    let u = unions.get(id);
    if (!u) {
      u = { id, partners: [link.parent], children: new Set() };
      unions.set(id, u);
    }
    u.children.add(link.child);
  }
  return {
    persons: doc.persons.map((p) => p.id),
    unions: [...unions.values()].map((u) => ({ id: u.id, partners: u.partners, children: [...u.children] })),
  };
}

/** Proper crossings among the straight segments union → partner and union → child. */
export function countCrossings(graph: UnionGraph, at: (id: string) => Point | undefined): number {
  const segs: [number, number, number, number][] = [];
  for (const u of graph.unions) {
    const c = at(u.id);
    if (!c) continue;
    for (const id of [...u.partners, ...u.children]) {
      const p = at(id);
      if (p) segs.push([c.x, c.y, p.x, p.y]);
    }
  }
  segs.sort((a, b) => Math.min(a[0], a[2]) - Math.min(b[0], b[2]));
  const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => {
    const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    return Math.abs(v) < 1e-9 ? 0 : Math.sign(v);
  };
  let count = 0;
  for (let i = 0; i < segs.length; i++) {
    const [ax, ay, bx, by] = segs[i]!;
    const right = Math.max(ax, bx);
    for (let j = i + 1; j < segs.length; j++) {
      const [cx, cy, dx, dy] = segs[j]!;
      if (Math.min(cx, dx) >= right) break;
      if (Math.max(ay, by) <= Math.min(cy, dy) || Math.max(cy, dy) <= Math.min(ay, by)) continue;
      const o1 = orient(ax, ay, bx, by, cx, cy);
      const o2 = orient(ax, ay, bx, by, dx, dy);
      const o3 = orient(cx, cy, dx, dy, ax, ay);
      const o4 = orient(cx, cy, dx, dy, bx, by);
      if (o1 * o2 < 0 && o3 * o4 < 0) count++;
    }
  }
  return count;
}

/** Our union points: the middle of the couple line where descent starts (a lone parent's side point). */
export function ourPoints(layout: GenogramLayout): Map<string, Point> {
  const { family, positions, measures, routes } = layout;
  const points = new Map<string, Point>();
  family.persons.forEach((p, i) =>
    points.set(p.id, { x: positions.x[i]!, y: positions.top[i]! + measures[i]!.size / 2 }),
  );
  for (const c of routes.couples) {
    const u = family.unions[c.union]!;
    if (u.partnership) points.set(u.id, { x: (c.ax + c.bx) / 2, y: c.y });
  }
  for (const d of routes.descents) {
    const u = family.unions[d.union]!;
    const [x, y] = u.b < 0 ? d.path[2]! : d.path[0]!;
    points.set(u.partnership ? u.id : `lone:${family.persons[u.a]!.id}`, { x, y });
  }
  return points;
}

export function dagrePoints(graph: UnionGraph): Map<string, Point> {
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 20, ranksep: 50 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of graph.persons) g.setNode(id, { width: 40, height: 40 });
  for (const u of graph.unions) {
    g.setNode(u.id, { width: 4, height: 4 });
    for (const p of u.partners) g.setEdge(p, u.id);
    for (const c of u.children) g.setEdge(u.id, c);
  }
  dagreLayout(g);
  const points = new Map<string, Point>();
  for (const id of g.nodes()) {
    const n = g.node(id) as { x: number; y: number };
    points.set(id, { x: n.x, y: n.y });
  }
  return points;
}

function d3dagPoints(graph: UnionGraph): Map<string, Point> {
  const edges: [string, string][] = [];
  for (const u of graph.unions) {
    for (const p of u.partners) edges.push([p, u.id]);
    for (const c of u.children) edges.push([u.id, c]);
  }
  const dag = graphConnect()(edges);
  sugiyama().nodeSize([40, 40])(dag);
  const points = new Map<string, Point>();
  for (const node of dag.nodes()) points.set(node.data, { x: node.x, y: node.y });
  return points;
}

// The families are built in each case's setup, so importing this file stays quick.
const family = (n: number): KringDocument => syntheticFamily(n, SEED);

export const cases = [
  ...SIZES.flatMap((n) => [
    {
      name: `genogram layout, ${n} persons`,
      budgetMs: n <= 1000 ? 30 : 250,
      setup: () => family(n),
      run: (doc: KringDocument): void => void layoutGenogram(doc, { locale: 'nl' }),
    },
    {
      name: `genogram layout + scene, ${n} persons`,
      budgetMs: n <= 1000 ? 80 : 600,
      setup: () => family(n),
      run: (doc: KringDocument): void => void renderGenogram(doc, { locale: 'nl' }),
    },
    {
      name: `genogram line crossings (compare: d3-dag sugiyama's below), ${n} persons`,
      unit: 'crossings',
      samples: 1,
      measure: (): number => {
        const doc = family(n);
        const points = ourPoints(layoutGenogram(doc, { locale: 'nl' }));
        return countCrossings(unionGraph(doc), (id) => points.get(id));
      },
    },
  ]),
  // The editor's largest documents (issue 16: an edit reaches the screen within 300 ms at 20,000 entities).
  {
    name: 'genogram layout, 20000 persons',
    setup: () => family(20_000),
    run: (doc: KringDocument): void => void layoutGenogram(doc, { locale: 'nl' }),
    warmup: 1,
    samples: 5,
  },
  {
    name: 'genogram layout + scene, 20000 persons',
    setup: () => family(20_000),
    run: (doc: KringDocument): void => void renderGenogram(doc, { locale: 'nl' }),
    warmup: 1,
    samples: 5,
  },
  ...([50, 200, 1000] as const).map((n) => ({
    name: `reference: @dagrejs/dagre on the union graph, ${n} persons`,
    setup: () => unionGraph(family(n)),
    run: (graph: UnionGraph): void => void dagrePoints(graph),
    ...(n === 1000 ? { warmup: 0, samples: 3 } : {}),
  })),
  ...([50, 200] as const).map((n) => ({
    name: `reference: d3-dag sugiyama on the union graph, ${n} persons`,
    setup: () => unionGraph(family(n)),
    run: (graph: UnionGraph): void => void d3dagPoints(graph),
    warmup: 1,
    samples: 3,
  })),
  ...([50, 200] as const).map((n) => ({
    name: `reference: d3-dag sugiyama line crossings, ${n} persons`,
    unit: 'crossings',
    samples: 1,
    measure: (): number => {
      const graph = unionGraph(family(n));
      const points = d3dagPoints(graph);
      return countCrossings(graph, (id) => points.get(id));
    },
  })),
];

/** Median and minimum of `runs` timed runs (the minimum shows the cost on a machine shared with others). */
function timed(runs: number, task: () => void): { median: number; min: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    task();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]! };
}
const median = (runs: number, task: () => void) => timed(runs, task).median;

async function main(): Promise<void> {
  const quick = process.env.GENOGRAM_BENCH_QUICK === '1';
  const f = (v: number | undefined, digits = 1) => (v === undefined ? 'skip' : v.toFixed(digits));
  console.log(
    '| N | ours layout ms (min) | ours layout+scene ms (min) | dagre ms | × | d3-dag ms | × | crossings ours | d3-dag | dagre |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SIZES) {
    const doc = family(n);
    const graph = unionGraph(doc);
    for (let i = 0; i < 3; i++) layoutGenogram(doc, { locale: 'nl' }); // warm up
    const oursT = timed(n <= 1000 ? 21 : 7, () => layoutGenogram(doc, { locale: 'nl' }));
    const sceneT = timed(n <= 1000 ? 11 : 5, () => renderGenogram(doc, { locale: 'nl' }));
    const ours = oursT.median;
    const layout = layoutGenogram(doc, { locale: 'nl' });
    const mine = ourPoints(layout);
    const oursCross = countCrossings(graph, (id) => mine.get(id));
    let dagreMs: number | undefined;
    let dagreCross: number | undefined;
    if (n <= 1000) {
      let pts = new Map<string, Point>();
      dagreMs = median(n <= 200 ? 5 : 1, () => (pts = dagrePoints(graph)));
      dagreCross = countCrossings(graph, (id) => pts.get(id));
    }
    let dagMs: number | undefined;
    let dagCross: number | undefined;
    if (n <= 200 || (n === 1000 && !quick)) {
      let pts = new Map<string, Point>();
      dagMs = median(n <= 200 ? 3 : 1, () => (pts = d3dagPoints(graph)));
      dagCross = countCrossings(graph, (id) => pts.get(id));
    }
    const ratio = (other: number | undefined) =>
      other === undefined ? 'skip' : `${(other / ours).toFixed(0)}×`;
    console.log(
      `| ${n} | ${f(ours, 2)} (${f(oursT.min, 2)}) | ${f(sceneT.median, 2)} (${f(sceneT.min, 2)}) | ${f(dagreMs)} | ${ratio(dagreMs)} | ${f(dagMs)} | ${ratio(dagMs)} | ${oursCross} | ${dagCross ?? 'skip'} | ${dagreCross ?? 'skip'} |`,
    );
  }
  console.log('dagre and d3-dag are skipped where the peer table shows single runs of over a minute.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
