/**
 * Genogram layout against @dagrejs/dagre at 1,000 persons, both run ALTERNATELY in one process (Kring, dagre,
 * Kring, dagre, …) on the repository's seeded synthetic family (seed 42), so that each suffers the garbage
 * the other leaves behind — as in an app that runs other code between layouts. Budget (issue 16): Kring at
 * least 50× faster than dagre. dagre gets the graph genogram.bench.ts builds for it (persons plus one node per
 * union: partner → union → child), built, laid out and read back in each timed run.
 *
 * Also the cold first layout: each sample spawns a fresh node process that imports the packages, builds the
 * family, and times its very first `layoutGenogram` call (budget 30 ms at 1,000 persons).
 *
 * `cases` follows the bench runner's shape (bench/run.ts); the three interleaved rows share one session of
 * runs. Run directly for the summary: `pnpm exec tsx bench/genogram-vs-dagre.bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { KringDocument } from '../packages/core/src/index.js';
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';
import { layoutGenogram } from '../packages/genogram/src/index.js';
import { dagrePoints, unionGraph } from './genogram.bench.js';

const PERSONS = 1000;
const SEED = 42;
/** Kring/dagre pairs per session (one dagre run at 1,000 persons takes 1–3 s). */
const PAIRS = Number(process.env.DAGRE_PAIRS ?? 9);

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

/** The first layoutGenogram call of a fresh process, in ms. */
function coldLayout(): number {
  const probe = fileURLToPath(new URL('./genogram-cold-probe.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', probe, String(PERSONS)], {
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
    name: `cold first genogram layout (fresh process), ${PERSONS} persons`,
    unit: 'ms',
    budget: 30,
    samples: 7,
    measure: coldLayout,
  },
];

async function main(): Promise<void> {
  const s = shared();
  console.log(`${PERSONS} persons, ${PAIRS} alternating pairs (medians):`);
  console.log(`  Kring layout ${s.kring.toFixed(1)} ms, dagre ${s.dagre.toFixed(0)} ms`);
  console.log(`  dagre ÷ Kring = ${(s.dagre / s.kring).toFixed(1)}× (goal ≥ 50×)`);
  const colds = Array.from({ length: 7 }, coldLayout);
  console.log(`  cold first layout: median ${median(colds).toFixed(1)} ms (budget 30 ms)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
