/**
 * Kring on exactly the peer layout table's data, beside the table's own figures for dagre, d3-dag, ELK and the
 * plain d3-force simulation. The data comes from the table's generators when they lie beside the repository
 * (bench/peer-data.ts); otherwise this file has no cases and says so. The table's figures come from other runs
 * on a noisy machine: compare orders of magnitude, not digits. For same-process comparisons on the repository's
 * own data see genogram.bench.ts and sociogram.bench.ts.
 *
 * Run directly for the side-by-side table: `pnpm exec tsx bench/peers.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
// The layout passes themselves (the package's GenogramLayout is opaque): the crossings are counted on them.
import { layoutGenogram } from '../packages/genogram/src/layout.js';
import { renderSociogram } from '../packages/sociogram/src/index.js';
import { countCrossings, ourPoints, unionGraph } from './genogram.bench.js';
import { loadPeerData, PEER_DATA_MISSING } from './peer-data.js';
import { timeMedian } from './time-median.js';

const SIZES = [50, 200, 1000, 5000] as const;
const GENOGRAM = 'Genogram layout: median ms';
const CROSSINGS = 'Straight-line link crossings';
const FORCE = 'Sociogram: d3-force, 300 ticks';
const GENOGRAM_PEERS = ['@dagrejs/dagre 3', 'd3-dag sugiyama (defaults)', 'elkjs (layered)'];

const peers = await loadPeerData();
if (!peers) process.stderr.write(`${PEER_DATA_MISSING}\n`);

export const cases = peers
  ? SIZES.flatMap((n) => [
      {
        name: `genogram layout on the peer table's family, ${n} persons`,
        budgetMs: n <= 1000 ? 30 : 250,
        setup: () => peers.family(n),
        run: (doc: ReturnType<typeof peers.family>): void => void layoutGenogram(doc, { locale: 'nl' }),
      },
      {
        name: `sociogram layout + scene on the peer table's sociogram, ${n} alters`,
        budgetMs: n <= 200 ? 30 : n <= 1000 ? 300 : 3000,
        setup: () => peers.sociogram(n),
        run: (doc: ReturnType<typeof peers.sociogram>): void => void renderSociogram(doc, { locale: 'nl' }),
      },
    ])
  : [];

async function main(): Promise<void> {
  if (!peers) return console.log(PEER_DATA_MISSING);
  const show = (v: number | undefined) => (v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
  console.log(
    `| N | Kring layout ms | ${GENOGRAM_PEERS.join(' ms | ')} ms | Kring crossings | d3-dag crossings |`,
  );
  console.log(`|---:|---:|${GENOGRAM_PEERS.map(() => '---:|').join('')}---:|---:|`);
  for (const n of SIZES) {
    const doc = peers.family(n);
    for (let i = 0; i < 3; i++) layoutGenogram(doc, { locale: 'nl' });
    const ours = timeMedian(n <= 1000 ? 21 : 7, () => layoutGenogram(doc, { locale: 'nl' }));
    const points = ourPoints(layoutGenogram(doc, { locale: 'nl' }));
    const crossings = countCrossings(unionGraph(doc), (id) => points.get(id));
    const others = GENOGRAM_PEERS.map((p) => show(peers.figure(GENOGRAM, p, n)));
    const theirs = peers.figure(CROSSINGS, 'd3-dag sugiyama (defaults)', n);
    console.log(`| ${n} | ${show(ours)} | ${others.join(' | ')} | ${crossings} | ${theirs ?? '—'} |`);
  }
  console.log();
  console.log(
    '| N alters | Kring layout + scene ms | d3-force 300 ticks ms (table) | minimal set ms (table) |',
  );
  console.log('|---:|---:|---:|---:|');
  for (const n of SIZES) {
    const doc = peers.sociogram(n);
    for (let i = 0; i < 3; i++) renderSociogram(doc, { locale: 'nl' });
    const ours = timeMedian(n <= 1000 ? 11 : 3, () => renderSociogram(doc, { locale: 'nl' }));
    const full = peers.figure(FORCE, String(n), '300 ticks median ms (min)');
    const minimal = peers.figure(FORCE, String(n), 'minimal set (radial+sector+collide) ms');
    console.log(`| ${n} | ${show(ours)} | ${show(full)} | ${show(minimal)} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
