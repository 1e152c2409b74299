import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KringDocument } from '../model/types.js';
import { MAX_DOCUMENT_BYTES, MAX_ENTITIES } from '../read/limits.js';
import { readDocument } from '../read/read-document.js';
import { generateDocument } from '../test-support/generate-document.js';
import { DOCUMENT_SHAPE } from './key-order.js';
import { WriteRefusedError } from './writable.js';
import { PRETTY_MAX_BYTES, writeDocument } from './write-document.js';
import { writeJson } from './write-json.js';

const fixture = (path: string): string =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

function read(input: unknown): KringDocument {
  const result = readDocument(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

describe('writeDocument', () => {
  it.each(['sophia', 'hostile-text'])('reads and writes %s.kring.json back byte for byte', (name) => {
    const text = fixture(`valid/${name}.kring.json`);
    expect(writeDocument(read(text))).toBe(text);
  });

  it('writes keys in format.md order, unknown keys after the known ones, sorted', () => {
    const doc = read({
      zeta: 1,
      persons: [{ gender: 'man', name: 'A', id: 'p', zz: 1, aa: 2 }],
      focus: 'p',
      version: 2,
      alpha: { b: 1, a: 2 },
      format: 'kring',
    });
    const text = writeDocument(doc);
    const topKeys = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(topKeys).toEqual([
      'format',
      'version',
      'focus',
      'options',
      'persons',
      'organisations',
      'partnerships',
      'parentChild',
      'multipleBirths',
      'households',
      'emotional',
      'ties',
      'plan',
      'snapshots',
      'layouts',
      'alpha',
      'zeta',
    ]);
    const personKeys = [...text.matchAll(/^ {6}"(\w+)":/gm)].map((m) => m[1]);
    expect(personKeys).toEqual(['id', 'name', 'gender', 'aa', 'zz']);
    // Values under unknown keys keep their own order.
    expect(text).toContain('"alpha": {\n    "b": 1,\n    "a": 2\n  }');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same bytes whatever order the keys and positions were inserted in', () => {
    const a = read({
      format: 'kring',
      version: 2,
      focus: 'p',
      persons: [
        { id: 'p', name: 'A', gender: 'man' },
        { id: 'q', name: 'B', gender: 'woman' },
      ],
      layouts: { genogram: { positions: { q: { x: 1, y: 2 }, p: { y: 4, x: 3 } } } },
    });
    const b = read({
      layouts: { genogram: { positions: { p: { x: 3, y: 4 }, q: { y: 2, x: 1 } } } },
      persons: [
        { gender: 'man', id: 'p', name: 'A' },
        { name: 'B', gender: 'woman', id: 'q' },
      ],
      focus: 'p',
      version: 2,
      format: 'kring',
    });
    expect(writeDocument(a)).toBe(writeDocument(b));
    expect(writeDocument(a).indexOf('"p": {')).toBeLessThan(writeDocument(a).indexOf('"q": {'));
  });

  it('leaves out undefined values, as JSON does', () => {
    const doc = read({
      format: 'kring',
      version: 2,
      focus: 'p',
      persons: [{ id: 'p', name: 'A', gender: 'man' }],
    });
    doc.persons[0]!.birth = undefined;
    doc.title = undefined;
    expect(writeDocument(doc)).not.toContain('birth');
    expect(writeDocument(doc)).not.toContain('title');
  });

  it('orders array-index-like unknown keys like any other (the exact path)', () => {
    const doc = read({
      format: 'kring',
      version: 2,
      focus: 'p',
      persons: [{ id: 'p', name: 'A', gender: 'man', '10': 'x', '9': 'y', b: 'z' }],
    });
    const text = writeDocument(doc);
    const personKeys = [...text.matchAll(/^ {6}"(\w+)":/gm)].map((m) => m[1]);
    expect(personKeys).toEqual(['id', 'name', 'gender', '10', '9', 'b']);
  });

  it('takes the fast and the exact path to the same bytes', () => {
    for (const seed of [1, 2, 3]) {
      const doc = generateDocument({ persons: 60, seed });
      expect(writeDocument(doc)).toBe(writeJson(doc, DOCUMENT_SHAPE) + '\n');
    }
    const hostile = read(fixture('valid/hostile-text.kring.json'));
    expect(writeDocument(hostile)).toBe(writeJson(hostile, DOCUMENT_SHAPE) + '\n');
  });
});

describe('writeDocument: size-safe', () => {
  /** A valid document of `persons` people whose notes make the text about `bytesPerPerson` each. */
  function large(persons: number, noteLength: number, seed = 1): KringDocument {
    const doc = generateDocument({ persons, seed });
    for (const [i, person] of doc.persons.entries())
      person.notes = `${i}: ${'Notitie met een ë en wat tekst. '.repeat(Math.ceil(noteLength / 32))}`.slice(
        0,
        noteLength,
      );
    return doc;
  }
  const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

  it('pretty-prints while the text stays within 10 MiB, and writes compact beyond', () => {
    expect(PRETTY_MAX_BYTES).toBe(10 * 1024 * 1024);
    const small = writeDocument(large(200, 100));
    expect(small).toContain('\n  "format": "kring",\n');
    const big = large(2000, 6000);
    const text = writeDocument(big);
    expect(bytes(JSON.stringify(big, null, 2))).toBeGreaterThan(PRETTY_MAX_BYTES);
    expect(text.startsWith('{"format":"kring","version":2,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
    const read = readDocument(text);
    expect(read.ok).toBe(true);
    // Stable: reading and writing again gives the same bytes.
    if (read.ok) expect(writeDocument(read.document)).toBe(text);
  }, 60_000);

  it('writes compact a 14 MB document that indentation makes 79 MB (unreadable before), and reads it back', () => {
    const doc = large(40, 10);
    // Unknown extension data with many small values: indentation multiplies its size by five.
    let nested: unknown = Array.from({ length: 1_800_000 }, () => ({ a: 1 }));
    for (let depth = 0; depth < 3; depth++) nested = { level: depth, inner: nested };
    (doc as unknown as Record<string, unknown>)['extension'] = nested;
    expect(bytes(JSON.stringify(doc, null, 2))).toBeGreaterThan(3 * MAX_DOCUMENT_BYTES);
    const text = writeDocument(doc);
    expect(bytes(text)).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(text.split('\n')).toHaveLength(2);
    expect(readDocument(text).ok).toBe(true);
  }, 60_000);

  it('writes compact within the limit a document that is 20.6 MB compact and 21.1 MB pretty', () => {
    const doc = large(3000, 6400);
    expect(bytes(JSON.stringify(doc, null, 2))).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    const text = writeDocument(doc);
    expect(bytes(text)).toBeGreaterThan(20_000_000);
    expect(bytes(text)).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    expect(readDocument(text).ok).toBe(true);
  }, 60_000);

  it('refuses, with a message for the user, a document whose compact text exceeds 20 MiB', () => {
    const doc = large(3000, 7500);
    let refusal: unknown;
    try {
      writeDocument(doc);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(WriteRefusedError);
    const { reason, problem } = refusal as WriteRefusedError;
    expect(reason).toBe('tooLarge');
    expect(problem.message.key).toBe('read.write.tooLarge');
    expect(problem.message.params?.['limit']).toBe(MAX_DOCUMENT_BYTES);
    expect(Number(problem.message.params?.['size'])).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    // The reader indeed refuses that text.
    expect(readDocument(JSON.stringify(doc)).ok).toBe(false);
  }, 60_000);

  it('refuses more entries than the reader reads', () => {
    const doc = generateDocument({ persons: 2, seed: 1 });
    for (let i = 0; i < MAX_ENTITIES; i++)
      doc.organisations.push({ id: `o${i}`, name: `O${i}`, category: 'school' });
    expect(() => writeDocument(doc)).toThrow(WriteRefusedError);
    try {
      writeDocument(doc);
    } catch (e) {
      expect((e as WriteRefusedError).reason).toBe('tooManyEntities');
    }
  });

  it('refuses what JSON cannot hold, forbidden keys and too deep nesting, naming where', () => {
    const refusal = (mutate: (doc: Record<string, unknown>) => void): WriteRefusedError => {
      const doc = read({
        format: 'kring',
        version: 2,
        focus: 'p',
        persons: [{ id: 'p', name: 'A', gender: 'man' }],
      });
      mutate(doc as unknown as Record<string, unknown>);
      try {
        writeDocument(doc);
      } catch (e) {
        if (e instanceof WriteRefusedError) return e;
        throw e;
      }
      throw new Error('written');
    };
    const nan = refusal((d) => {
      d['layouts'] = { genogram: { positions: { p: { x: Number.NaN, y: 0 } } } };
    });
    expect([nan.reason, nan.problem.path]).toEqual([
      'notJson',
      ['layouts', 'genogram', 'positions', 'p', 'x'],
    ]);
    expect(refusal((d) => (d['when'] = new Date(0))).reason).toBe('notJson');
    expect(refusal((d) => (d['list'] = [1, undefined])).reason).toBe('notJson');
    expect(refusal((d) => (d['ext'] = JSON.parse('{"a":{"constructor":1}}') as unknown)).reason).toBe(
      'forbiddenKey',
    );
    let deep: unknown = 1;
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(refusal((d) => (d['deep'] = deep)).reason).toBe('tooDeep');
  });

  it('writes compact text on the exact path exactly as JSON.stringify does', () => {
    const doc = read(fixture('valid/hostile-text.kring.json'));
    expect(writeJson(doc, DOCUMENT_SHAPE, '', false, false)).toBe(
      JSON.stringify(JSON.parse(writeDocument(doc)) as unknown),
    );
  });

  it('property: whatever writeDocument returns, readDocument accepts (documents from 0.5 to 25 MB)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 3000 }),
        fc.integer({ min: 10, max: 8000 }),
        fc.integer({ min: 1, max: 1000 }),
        (persons, noteLength, seed) => {
          const doc = large(persons, noteLength, seed);
          let text: string;
          try {
            text = writeDocument(doc);
          } catch (e) {
            expect(e).toBeInstanceOf(WriteRefusedError);
            expect(bytes(JSON.stringify(doc))).toBeGreaterThan(MAX_DOCUMENT_BYTES);
            return;
          }
          expect(readDocument(text).ok).toBe(true);
        },
      ),
      { seed: 7, numRuns: 8 },
    );
  }, 120_000);
});
