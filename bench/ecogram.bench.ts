/**
 * Ecogram layout + scene on the repository's seeded synthetic networks (@kring/examples/synthetic, seed 7) at
 * 50, 200, 1,000 and 5,000 contacts: every contact becomes a satellite around the focus, every tie a line.
 * There is no peer layout for ecograms (the peers draw them by hand); the 300-tick d3-force simulation of
 * bench/sociogram.bench.ts on the same graph is shown beside it for scale.
 *
 * The table also gives the size of the picture itself (the SVG `sceneToSvg` writes, and the time that takes):
 * at 5,000 contacts the ties run some 50,000 units, so anything drawn per unit of length shows there.
 *
 * `cases` follows the bench runner's shape (bench/run.ts). Run directly for the table:
 * `pnpm exec tsx bench/ecogram.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { KringDocument } from '../packages/core/src/index.js';
import { renderEcogram } from '../packages/ecogram/src/index.js';
import { sceneToSvg } from '../packages/scene/src/index.js';
import { syntheticNetwork } from '../packages/examples/src/synthetic/index.js';
import { plainForce } from './sociogram.bench.js';
import { timeMedian } from './time-median.js';

const SIZES = [50, 200, 1000, 5000] as const;
const documentOf = (n: number): KringDocument => syntheticNetwork(n, 7);

export const cases = SIZES.map((n) => ({
  name: `ecogram layout + scene, ${n} contacts`,
  budgetMs: n <= 200 ? 30 : n <= 1000 ? 300 : 3000,
  setup: () => documentOf(n),
  run: (doc: KringDocument): void => void renderEcogram(doc, { locale: 'nl' }),
}));

async function main(): Promise<void> {
  console.log(
    '| N contacts | ties | ours layout + scene ms | plain d3-force 300 ticks ms | plain / ours | SVG MB | sceneToSvg ms |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SIZES) {
    const doc = documentOf(n);
    for (let i = 0; i < 3; i++) renderEcogram(doc, { locale: 'nl' });
    const ours = timeMedian(n <= 1000 ? 21 : 5, () => renderEcogram(doc, { locale: 'nl' }));
    const plain = timeMedian(n <= 1000 ? 5 : 1, () => plainForce(doc));
    const scene = renderEcogram(doc, { locale: 'nl' });
    let svg = '';
    const write = timeMedian(n <= 1000 ? 7 : 3, () => void (svg = sceneToSvg(scene, { locale: 'nl' })));
    console.log(
      `| ${n} | ${doc.ties.length} | ${ours.toFixed(1)} | ${plain.toFixed(1)} | ${(plain / ours).toFixed(1)}× | ${(svg.length / 1e6).toFixed(2)} | ${write.toFixed(1)} |`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
