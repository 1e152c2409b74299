/**
 * How many symbols a small edit moves in the genogram (issue 16: a social worker keeps their mental map):
 * the seeded synthetic families of 200 and 1,000 persons (seed 7) and royal92 (packages/gedcom/fixtures), one
 * structural edit at a time (a child, a partner, a parent, a deletion, a sibling:
 * packages/genogram/src/test-support/structural-edits.ts, the edits stability.test.ts applies) with core's
 * commands, counting the symbols drawn before and after whose position changed by more than one drawing unit
 * (a symbol is 40 wide). Not a time: the "median" is that count (one sample, the layout is deterministic);
 * `before` is the count with the least-squares x placement (main at 91c25be). docs/architecture.md ("A
 * stable genogram under small edits").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KringDocument } from '../packages/core/src/index.js';
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';
import { importGedcom } from '../packages/gedcom/src/index.js';
import { STRUCTURAL_EDITS, movedBy } from '../packages/genogram/src/test-support/structural-edits.js';

const ROYAL92 = path.join(import.meta.dirname, '../packages/gedcom/fixtures/public/royal92.ged');

function royal92(): KringDocument {
  const result = importGedcom(new Uint8Array(fs.readFileSync(ROYAL92)), { referenceDate: '2026-01-01' });
  if (!result.ok) throw new Error(`royal92 did not import: ${JSON.stringify(result.problems[0])}`);
  return result.document;
}

/** Counts at 91c25be (least-squares placement), per document, in STRUCTURAL_EDITS order. */
const BEFORE: Record<string, number[]> = {
  'synthetic family of 200': [197, 85, 91, 84, 102],
  'synthetic family of 1,000': [2, 961, 1000, 981, 1000],
  royal92: [3010, 3010, 3010, 3005, 3010],
};

const documents: [string, () => KringDocument][] = [
  ['synthetic family of 200', () => syntheticFamily(200, 7)],
  ['synthetic family of 1,000', () => syntheticFamily(1000, 7)],
  ['royal92', royal92],
];

const cache = new Map<string, KringDocument>();

export const cases = documents.flatMap(([name, make]) =>
  STRUCTURAL_EDITS.map((edit, i) => ({
    name: `symbols moved by ${edit.name}, ${name}`,
    unit: 'symbols',
    samples: 1,
    before: BEFORE[name]![i]!,
    measure: () => {
      let doc = cache.get(name);
      if (!doc) cache.set(name, (doc = make()));
      return movedBy(doc, edit).moved;
    },
  })),
);
