import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KringDocument } from '../model/types.js';
import { readDocument } from '../read/read-document.js';
import { generateDocument } from '../test-support/generate-document.js';
import { DOCUMENT_SHAPE } from './key-order.js';
import { writeDocument } from './write-document.js';
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
      version: 1,
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
      version: 1,
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
      version: 1,
      format: 'kring',
    });
    expect(writeDocument(a)).toBe(writeDocument(b));
    expect(writeDocument(a).indexOf('"p": {')).toBeLessThan(writeDocument(a).indexOf('"q": {'));
  });

  it('leaves out undefined values, as JSON does', () => {
    const doc = read({
      format: 'kring',
      version: 1,
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
      version: 1,
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
