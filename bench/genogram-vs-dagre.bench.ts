/**
 * Genogram layout against @dagrejs/dagre at 1,000 persons, both run ALTERNATELY in one process (Kring, dagre,
 * Kring, dagre, …) on the repository's seeded synthetic family (seed 42), so that each suffers the garbage
 * the other leaves behind — as in an app that runs other code between layouts. Budget (issue 16): Kring at
 * least 50× faster than dagre. dagre gets the graph genogram.bench.ts builds for it (persons plus one node per
 * union: partner → union → child), built, laid out and read back in each timed run.
 *
 * Also the cold first layout: each sample spawns a fresh node process that reads the family from a JSON file
 * and times its very first `layoutGenogram` call (bench/genogram-cold-probe.mjs; importing the modules is not
 * timed). Budget 30 ms at 1,000 persons, checked against the BUILT packages (packages/<name>/dist, what npm
 * users and bundlers get: run `pnpm build:packages core scene genogram` first — a stale build measures stale
 * code); the same call on the TypeScript sources through tsx is printed beside it, without a budget (tsx's
 * transform adds a name-keeping helper call for every function it creates, so the sources run slower cold
 * than the build).
 *
 * `cases` follows the bench runner's shape (bench/run.ts); the three interleaved rows share one session of
 * runs. Run directly for the summary: `pnpm exec tsx bench/genogram-vs-dagre.bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { KringDocument } from '../packages/core/src/index.js';
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';
import { layoutGenogram } from '../packages/genogram/src/index.js';
import { dagrePoints, unionGraph } from './genogram.bench.js';

const PERSONS = 1000;
const SEED = 42;
/** Kring/dagre pairs per session (one dagre run at 1,000 persons takes 1–3 s). */
const PAIRS = Number(process.env.DAGRE_PAIRS ?? 9);
/** Fresh processes per cold-layout figure (they spread widely: a median of many). */
const COLD_SAMPLES = 11;

interface Session {
  kring: number;
  dagre: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Alternate runs; Kring's samples are taken right after a dagre run (its garbage still on the heap). */
export function interleaved(pairs: number, persons = PERSONS): Session {
  const doc: KringDocument = syntheticFamily(persons, SEED);
  const graph = unionGraph(doc);
  const kring: number[] = [];
  const dagre: number[] = [];
  // One unmeasured pair warms both up.
  for (let i = -1; i < pairs; i++) {
    let t = performance.now();
    dagrePoints(graph);
    const d = performance.now() - t;
    t = performance.now();
    layoutGenogram(doc, { locale: 'nl' });
    const k = performance.now() - t;
    if (i >= 0) {
      dagre.push(d);
      kring.push(k);
    }
  }
  return { kring: median(kring), dagre: median(dagre) };
}

let session: Session | undefined;
const shared = (): Session => (session ??= interleaved(PAIRS));

let documentFile: string | undefined;
/** The seeded family as a JSON file for the cold probes (written once, removed when the process exits). */
function familyFile(): string {
  if (documentFile) return documentFile;
  const dir = mkdtempSync(join(tmpdir(), 'kring-cold-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  documentFile = join(dir, 'family.kring.json');
  writeFileSync(documentFile, JSON.stringify(syntheticFamily(PERSONS, SEED)));
  return documentFile;
}

const BUILT = ['core', 'scene', 'genogram'].map((name) =>
  fileURLToPath(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);

/** The first layoutGenogram call of a fresh process, in ms: on the built packages or the sources. */
function coldLayout(from: 'dist' | 'src'): number {
  if (from === 'dist' && BUILT.some((file) => !existsSync(file)))
    throw new Error('the cold layout of the build needs `pnpm build:packages core scene genogram` first');
  const probe = fileURLToPath(new URL('./genogram-cold-probe.mjs', import.meta.url));
  const loader =
    from === 'dist'
      ? pathToFileURL(fileURLToPath(new URL('./dist-packages.mjs', import.meta.url))).href
      : 'tsx';
  const out = execFileSync(process.execPath, ['--import', loader, probe, from, familyFile()], {
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n').pop());
}

export const cases = [
  {
    name: `Kring layout interleaved with dagre, ${PERSONS} persons (median of ${PAIRS})`,
    unit: 'ms',
    samples: 1,
    measure: (): number => shared().kring,
  },
  {
    name: `dagre interleaved with Kring, ${PERSONS} persons (median of ${PAIRS})`,
    unit: 'ms',
    samples: 1,
    measure: (): number => shared().dagre,
  },
  {
    name: `dagre ÷ Kring interleaved, ${PERSONS} persons (goal ≥ 50)`,
    unit: '×',
    samples: 1,
    measure: (): number => shared().dagre / shared().kring,
  },
  {
    name: `cold first genogram layout (fresh process, built packages), ${PERSONS} persons`,
    unit: 'ms',
    budget: 30,
    samples: COLD_SAMPLES,
    measure: () => coldLayout('dist'),
  },
  {
    name: `cold first genogram layout (fresh process, sources through tsx), ${PERSONS} persons`,
    unit: 'ms',
    samples: COLD_SAMPLES,
    measure: () => coldLayout('src'),
  },
];

async function main(): Promise<void> {
  const s = shared();
  console.log(`${PERSONS} persons, ${PAIRS} alternating pairs (medians):`);
  console.log(`  Kring layout ${s.kring.toFixed(1)} ms, dagre ${s.dagre.toFixed(0)} ms`);
  console.log(`  dagre ÷ Kring = ${(s.dagre / s.kring).toFixed(1)}× (goal ≥ 50×)`);
  for (const from of ['dist', 'src'] as const) {
    const colds = Array.from({ length: COLD_SAMPLES }, () => coldLayout(from));
    const budget = from === 'dist' ? ' (budget 30 ms)' : '';
    console.log(`  cold first layout, ${from}: median ${median(colds).toFixed(1)} ms${budget}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
