/**
 * How many symbols a small edit moves in the genogram (issue 16: a social worker keeps their mental map):
 * the seeded synthetic families of 200 and 1,000 persons (seed 7) and royal92 (packages/gedcom/fixtures), one
 * structural edit at a time (a child, a partner, a parent, a deletion, a sibling:
 * packages/genogram/src/test-support/structural-edits.ts, the edits stability.test.ts applies) with core's
 * commands, and the child the editor bench adds (EDITOR_BENCH_ADD), counting the symbols drawn before and
 * after whose position changed by more than one drawing unit (a symbol is 40 wide). Not a time: the "median"
 * is that count (one sample, the layout is deterministic); `before` is the count with the least-squares x
 * placement (main at 91c25be), for the editor bench's add the count with the children packed by their whole
 * blocks (02da82e). docs/architecture.md ("A stable genogram under small edits").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KringDocument } from '../packages/core/src/index.js';
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';
import { importGedcom } from '../packages/gedcom/src/index.js';
import {
  EDITOR_BENCH_ADD,
  STRUCTURAL_EDITS,
  movedBy,
  withDraggedPerson,
} from '../packages/genogram/src/test-support/structural-edits.js';

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

/**
 * Counts with one person dragged by hand first (withDraggedPerson: what the editor bench does before its timed
 * edits), at f5f8ff8 (least-squares placement for every map with a pin), in STRUCTURAL_EDITS order.
 */
const BEFORE_PINNED: Record<string, number[]> = {
  'synthetic family of 200': [156, 85, 197, 84, 102],
  'synthetic family of 1,000': [999, 997, 999, 998, 999],
  royal92: [3009, 3009, 2648, 3008, 3000],
};

const cache = new Map<string, KringDocument>();

function document(name: string, make: () => KringDocument, pinned: boolean): KringDocument {
  const key = `${name}${pinned ? ', pinned' : ''}`;
  let doc = cache.get(key);
  if (!doc) cache.set(key, (doc = pinned ? withDraggedPerson(document(name, make, false)) : make()));
  return doc;
}

/**
 * Counts of the editor bench's add (a child of one parent alone, mid-family: EDITOR_BENCH_ADD) at 02da82e,
 * when a couple's children were packed by their whole blocks and re-centred under it, without and with the
 * dragged person.
 */
const BEFORE_BENCH_ADD: Record<string, [number, number]> = {
  'synthetic family of 200': [4, 4],
  'synthetic family of 1,000': [211, 211],
  royal92: [1834, 1830],
};

export const cases = [false, true].flatMap((pinned) =>
  documents.flatMap(([name, make]) => [
    ...STRUCTURAL_EDITS.map((edit, i) => ({
      name: `symbols moved by ${edit.name}, ${name}${pinned ? ', one person dragged' : ''}`,
      unit: 'symbols',
      samples: 1,
      before: (pinned ? BEFORE_PINNED : BEFORE)[name]![i]!,
      measure: () => movedBy(document(name, make, pinned), edit).moved,
    })),
    {
      name: `symbols moved by ${EDITOR_BENCH_ADD.name}, ${name}${pinned ? ', one person dragged' : ''}`,
      unit: 'symbols',
      samples: 1,
      before: BEFORE_BENCH_ADD[name]![pinned ? 1 : 0],
      measure: () => movedBy(document(name, make, pinned), EDITOR_BENCH_ADD).moved,
    },
  ]),
);
