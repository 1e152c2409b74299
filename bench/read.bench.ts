/**
 * The reader: read + validate a generated 5,000-person document from JSON text (budget 50 ms median), write
 * it back (no budget: for reference), and the peak memory of one read measured in a fresh child process
 * (budget 50 MB; see read-memory-probe.ts for what is counted).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readDocument, writeDocument, type KringDocument } from '../packages/core/src/index.js';
import { generateDocument } from '../packages/core/src/test-support/generate-document.js';

const PERSONS = 5000;

function text(): string {
  return writeDocument(generateDocument({ persons: PERSONS, seed: 1 }));
}

function probeMemory(which: 'peakMb' | 'retainedMb'): number {
  const probe = fileURLToPath(new URL('./read-memory-probe.ts', import.meta.url));
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-semi-space-size=512', '--import', 'tsx', probe, String(PERSONS)],
    { encoding: 'utf8' },
  );
  return (JSON.parse(out.trim().split('\n').pop()!) as Record<typeof which, number>)[which];
}

export const cases = [
  {
    name: `read + validate, ${PERSONS} persons`,
    budgetMs: 50,
    setup: text,
    run: (input: string): void => {
      if (!readDocument(input).ok) throw new Error('the generated document did not read');
    },
  },
  {
    name: `write, ${PERSONS} persons`,
    setup: (): KringDocument => generateDocument({ persons: PERSONS, seed: 1 }),
    run: (doc: KringDocument): void => void writeDocument(doc),
  },
  {
    name: `read peak memory (fresh process, upper bound), ${PERSONS} persons`,
    unit: 'MB',
    budget: 50,
    measure: () => probeMemory('peakMb'),
  },
  {
    name: `read retained memory (the document), ${PERSONS} persons`,
    unit: 'MB',
    measure: () => probeMemory('retainedMb'),
  },
];
