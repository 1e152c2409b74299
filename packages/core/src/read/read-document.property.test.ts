import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { generateDocument } from '../test-support/generate-document.js';
import { writeDocument } from '../write/write-document.js';
import { readDocument } from './read-document.js';

const sophia = JSON.parse(
  readFileSync(new URL('../../fixtures/valid/sophia.kring.json', import.meta.url), 'utf8'),
) as unknown;

/** Every path to a value inside `value` (the root is []). */
function pathsOf(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value))
      pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swapString'; at: number; from: number };

/** Applies one mutation to a deep copy. Picks paths by index modulo the number of paths. */
function mutate(doc: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(doc);
  for (const m of mutations) {
    const paths = pathsOf(copy);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) continue;
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    const last = path[path.length - 1]!;
    const container = parent as Record<string | number, unknown>;
    if (m.op === 'set') container[last] = m.value;
    else if (m.op === 'delete') {
      if (Array.isArray(container)) container.splice(Number(last), 1);
      else delete container[last];
    } else if (m.op === 'duplicate') {
      if (Array.isArray(container)) container.push(structuredClone(container[last]));
    } else {
      // Put some other string of the document (often an id) here: dangling and wrong-kind references.
      const strings = paths.filter((p) => typeof valueAt(copy, p) === 'string');
      const source = strings[m.from % Math.max(1, strings.length)];
      if (source) container[last] = valueAt(copy, source);
    }
  }
  return copy;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapString' as const), at: fc.nat(), from: fc.nat() }),
);

// Generous timeouts: the machine is shared, and a loaded CI runner must not turn these into flakes.
describe('reader properties', () => {
  it('write → read is the identity on generated documents with any text in them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (persons, seed, oddText, graphemes) => {
          const doc = generateDocument({ persons, seed });
          doc.title = oddText;
          doc.persons[0]!.name = graphemes;
          doc.persons[0]!.notes = oddText;
          const text = writeDocument(doc);
          const result = readDocument(text);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          // node:util's deep equality: vitest's toEqual is slow on whole documents.
          expect(isDeepStrictEqual(result.document, doc)).toBe(true);
          expect(writeDocument(result.document)).toBe(text);
        },
      ),
      { seed: 42, numRuns: 50 },
    );
  }, 30_000);

  it('randomly mutated valid documents load or give path-listed errors, never crash', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const input = mutate(sophia, mutations);
        const result = readDocument(JSON.stringify(input));
        if (result.ok) {
          // What loads is complete: it writes and reads back to the same document.
          const again = readDocument(writeDocument(result.document));
          expect(again.ok && isDeepStrictEqual(again.document, result.document)).toBe(true);
          return;
        }
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
        for (const problem of result.problems) {
          expect(Array.isArray(problem.path)).toBe(true);
          for (const part of problem.path) expect(['string', 'number']).toContain(typeof part);
          expect(Object.hasOwn(en, problem.message.key)).toBe(true);
        }
      }),
      { seed: 42, numRuns: 150 },
    );
  }, 30_000);
});

describe('migration 1 → 2 on generated documents', () => {
  it('reads every version 1 document as the same version 2 document, which writes and reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (persons, seed) => {
          const current = generateDocument({ persons, seed });
          // The same network as a version 1 file: no snapshots, no invitees.
          const { snapshots: _s, ...rest } = current;
          const v1: Record<string, unknown> = { ...structuredClone(rest), version: 1 };
          if (current.plan) {
            const { invitees: _i, ...plan } = current.plan;
            v1['plan'] = plan;
          }
          const read = readDocument(JSON.parse(JSON.stringify(v1)));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          expect(read.migratedFrom).toBe(1);
          expect(read.document).toEqual(current);
          const again = readDocument(writeDocument(read.document));
          expect(again.ok && again.document).toEqual(read.document);
        },
      ),
      { seed: 20261204, numRuns: 60 },
    );
  });
});
