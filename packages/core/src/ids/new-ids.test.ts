import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply-command.js';
import { addPerson } from '../commands/persons.js';
import { takeSnapshot } from '../commands/snapshots.js';
import { newDocument } from '../model/new-document.js';
import type { KringDocument } from '../model/types.js';
import {
  CLIENT_TAG_LENGTH,
  ID_TAG_MAX_LENGTH,
  clientTag,
  idMaker,
  idTagProblem,
  isClientTag,
} from './new-ids.js';

const apply = (doc: KringDocument, command: Parameters<typeof applyCommand>[1]) => {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(result.reason.key);
  return result.document;
};

const base = () =>
  newDocument({ focus: 'person-1', persons: [{ id: 'person-1', name: 'Samira', gender: 'woman' }] });

describe('clientTag', () => {
  it('turns bytes into a tag of the alphabet, the same bytes into the same tag', () => {
    expect(clientTag(new Uint8Array([0, 31, 32, 255, 10]))).toBe('0z0za');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: CLIENT_TAG_LENGTH, maxLength: 12 }), (bytes) => {
        const tag = clientTag(bytes);
        expect(isClientTag(tag)).toBe(true);
        expect(clientTag(bytes.slice())).toBe(tag);
      }),
    );
  });

  it('refuses too few bytes', () => {
    expect(() => clientTag(new Uint8Array(CLIENT_TAG_LENGTH - 1))).toThrow(RangeError);
  });

  it('tells tags from other strings', () => {
    for (const bad of ['', 'k7q2', 'k7q2mx', 'K7Q2M', 'k7q2o', 'k7-2m']) expect(isClientTag(bad)).toBe(false);
  });
});

describe('idTagProblem', () => {
  it('accepts 1 to 32 lower-case letters and digits, every client tag among them', () => {
    for (const tag of ['a', '0', 'k7q2m', '2384756123', 'f'.repeat(ID_TAG_MAX_LENGTH)])
      expect(idTagProblem(tag)).toBeUndefined();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: CLIENT_TAG_LENGTH, maxLength: CLIENT_TAG_LENGTH }), (bytes) => {
        expect(idTagProblem(clientTag(bytes))).toBeUndefined();
      }),
    );
  });

  it('says what is wrong with anything else', () => {
    expect(idTagProblem('')).toMatch(/^The id tag is empty: an id tag is 1 to 32 lower-case letters/);
    expect(idTagProblem('a'.repeat(33))).toMatch(/has 33 characters, at most 32/);
    expect(idTagProblem('k7-2m')).toMatch(/^The id tag "k7-2m" has "-": /);
    expect(idTagProblem('K7Q2M')).toMatch(/has "K", "Q", "M": .*\(lower case only\)\.$/);
    expect(idTagProblem('a b/<é')).toMatch(/has " ", "\/", "<", "é"/);
    expect(idTagProblem(42)).toMatch(/must be text, not number/);
    expect(idTagProblem(null)).toMatch(/must be text, not null/);
  });
});

describe('idMaker', () => {
  it('without a tag makes <prefix>-<n> with the smallest free n, never twice', () => {
    const next = idMaker(base());
    expect([next('person'), next('person'), next('tie')]).toEqual(['person-2', 'person-3', 'tie-1']);
  });

  it('with a tag makes <prefix>-<tag>-<n>, and leaves the document’s ids as they are', () => {
    const doc = apply(base(), addPerson({ id: 'person-k7q2m-1', name: 'Karim', gender: 'man' }));
    const next = idMaker(doc, 'k7q2m');
    expect([next('person'), next('tie'), next('person')]).toEqual([
      'person-k7q2m-2',
      'tie-k7q2m-1',
      'person-k7q2m-3',
    ]);
    expect(doc.persons.map((p) => p.id)).toEqual(['person-1', 'person-k7q2m-1']);
  });

  it('skips ids taken by plan actions and snapshots', () => {
    const doc = apply(base(), takeSnapshot({ id: 's-ab3de-1', label: 'T0', date: '2026-01-01' }));
    expect(idMaker(doc, 'ab3de')('s')).toBe('s-ab3de-2');
  });

  it('refuses a tag that is no id tag, with the reason', () => {
    expect(() => idMaker(base(), 'person-1')).toThrow(new RangeError(idTagProblem('person-1')));
    expect(() => idMaker(base(), '')).toThrow(/empty/);
  });

  it('takes a host’s own tag: a Yjs client id, an Automerge actor id', () => {
    expect(idMaker(base(), '2384756123')('person')).toBe('person-2384756123-1');
    expect(idMaker(base(), 'a'.repeat(ID_TAG_MAX_LENGTH))('tie')).toBe(
      `tie-${'a'.repeat(ID_TAG_MAX_LENGTH)}-1`,
    );
  });

  it('two clients that start from one document and create at once never make the same id', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: CLIENT_TAG_LENGTH, maxLength: CLIENT_TAG_LENGTH }),
        fc.uint8Array({ minLength: CLIENT_TAG_LENGTH, maxLength: CLIENT_TAG_LENGTH }),
        fc.array(fc.constantFrom('person', 'tie', 'pc', 'partnership'), { maxLength: 20 }),
        (a, b, prefixes) => {
          const [tagA, tagB] = [clientTag(a), clientTag(b)];
          fc.pre(tagA !== tagB);
          const [makeA, makeB] = [idMaker(base(), tagA), idMaker(base(), tagB)];
          const made = prefixes.flatMap((p) => [makeA(p), makeB(p)]);
          expect(new Set(made).size).toBe(made.length);
        },
      ),
    );
  });

  it('two clients with any two different id tags (a host’s own) never make the same id', () => {
    const tag = fc.stringMatching(new RegExp(`^[0-9a-z]{1,${ID_TAG_MAX_LENGTH}}$`, 'u'));
    fc.assert(
      fc.property(
        tag,
        tag,
        fc.array(fc.constantFrom('person', 'tie', 'pc', 'partnership', 's', 'action'), { maxLength: 30 }),
        (tagA, tagB, prefixes) => {
          fc.pre(tagA !== tagB);
          const [makeA, makeB] = [idMaker(base(), tagA), idMaker(base(), tagB)];
          const made = prefixes.flatMap((p) => [makeA(p), makeB(p)]);
          expect(new Set(made).size).toBe(made.length);
        },
      ),
    );
  });
});
