/**
 * The document index after an edit (core's `documentIndex`, which queries, the inspector, the tray and the
 * renderers read): in the synthetic family of 5,000 persons (`syntheticFamily(5000, 42)`, 13,000 entities),
 * 100 edits alternating a new birth year and a child added to a parent (person.add + parentChild.add), each
 * document's index asked for once, as the editor does after each edit. Each sample is the median over the
 * 100 edits. Before: every edited document was indexed afresh (commit f5f8ff8; 6.0 ms median on the loaded
 * machine of session 6, interleaved with the new code in one process); now each collection's part comes from
 * the one before (packages/core/src/queries/index-part.ts).
 */
import { applyCommand } from '../packages/core/src/commands/apply-command.js';
import type { Command } from '../packages/core/src/commands/command.js';
import type { KringDocument } from '../packages/core/src/model/types.js';
import { documentIndex } from '../packages/core/src/queries/document-index.js';
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';
import type { BenchCase } from './run.js';

const EDITS = 100;

/** The documents of EDITS edits after `start` (not indexed yet). */
function edited(start: KringDocument, tag: number): KringDocument[] {
  const docs: KringDocument[] = [];
  let doc = start;
  for (let i = 0; i < EDITS; i++) {
    const parent = doc.parentChild[Math.floor(doc.parentChild.length / 2)]!.parent;
    const id = `bench-${tag}-${i}`;
    const commands: Command[] =
      i % 2 === 0
        ? [{ type: 'person.update', id: doc.persons[100]!.id, changes: { birth: String(1900 + (i % 50)) } }]
        : [
            { type: 'person.add', person: { id, name: `Bench ${i}`, gender: 'woman' } },
            { type: 'parentChild.add', link: { id: `${id}-pc`, parent, child: id, kind: 'biological' } },
          ];
    for (const command of commands) {
      const result = applyCommand(doc, command);
      if (!result.ok) throw new Error(`bench edit refused: ${JSON.stringify(result.reason)}`);
      doc = result.document;
    }
    docs.push(doc);
  }
  return docs;
}

let family: KringDocument | undefined;
let round = 0;

export const cases: BenchCase[] = [
  {
    name: 'index after an edit, 5,000 persons (median of 100 edits: birth year / add child)',
    unit: 'ms',
    samples: 5,
    before: 6.0,
    measure: () => {
      family ??= syntheticFamily(5000, 42);
      documentIndex(family);
      const docs = edited(family, round++);
      const times: number[] = [];
      for (const doc of docs) {
        const start = performance.now();
        documentIndex(doc);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return times[times.length >> 1]!;
    },
  },
];
