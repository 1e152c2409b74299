/**
 * Bounded reading (docs/format.md §Problem lists): a file with very many problems is refused about as fast
 * as it is parsed, listing 200 of them (a million problems took over 20 s in the demo before, mostly to list
 * them). For reference: 140,000 saved positions of unknown ids (a RangeError before) and writing a document
 * whose indented text would pass 10 MiB (written compact).
 */
import { readDocument, writeDocument, type KringDocument } from '../packages/core/src/index.js';
import { generateDocument } from '../packages/core/src/test-support/generate-document.js';

const base = (): Record<string, unknown> => ({
  format: 'kring',
  version: 1,
  focus: 'p-a',
  persons: [{ id: 'p-a', name: 'Anna', gender: 'woman' }],
});

export const cases = [
  {
    name: 'read a file with 2,000,000 problems (1,000,000 household members)',
    budgetMs: 1000,
    samples: 5,
    setup: (): string => {
      const doc = base();
      doc['households'] = [{ id: 'h', members: Array.from({ length: 1_000_000 }, (_, i) => `x${i % 10}`) }];
      return JSON.stringify(doc);
    },
    run: (text: string): void => {
      const result = readDocument(text);
      if (result.ok || result.problems.length !== 201) throw new Error('expected 200 problems and a count');
    },
  },
  {
    name: 'read 140,000 positions of unknown ids',
    samples: 5,
    setup: (): string => {
      const doc = base();
      const positions: Record<string, { x: number; y: number }> = {};
      for (let i = 0; i < 140_000; i++) positions[`gone-${i}`] = { x: i, y: i };
      doc['layouts'] = { genogram: { positions } };
      return JSON.stringify(doc);
    },
    run: (text: string): void => {
      if (!readDocument(text).ok) throw new Error('expected the document to read');
    },
  },
  {
    name: 'write 2,000 persons with 6,000-character notes (13 MB, compact)',
    samples: 5,
    setup: (): KringDocument => {
      const doc = generateDocument({ persons: 2000, seed: 1 });
      for (const person of doc.persons) person.notes = 'Notitie met wat tekst. '.repeat(261).slice(0, 6000);
      return doc;
    },
    run: (doc: KringDocument): void => void writeDocument(doc),
  },
];
