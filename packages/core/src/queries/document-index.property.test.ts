/**
 * The document index is made incrementally (index-part.ts): each edited document's index comes from the one
 * before. Property test (seeded fast-check): along random command sequences with undo and redo, on a small
 * family and on a generated one, and when older documents are asked for again in between, every index
 * equals one built afresh by the plain one-pass build below (the index before it was incremental).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomCommand } from '../commands/test-support/random-command.js';
import { validFamily } from '../commands/test-support/expect-command.js';
import { History } from '../history/history.js';
import type { Household, Id, KringDocument, ParentChild, Partnership, Tie } from '../model/types.js';
import { generateDocument } from '../test-support/generate-document.js';
import { documentIndex, type DocumentIndex, type Relation } from './document-index.js';

function push<T>(map: Map<Id, T[]>, key: Id, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The index built afresh in one pass (the reference). */
function fresh(doc: KringDocument): DocumentIndex {
  const relations = new Map<Id, Relation>();
  const partnerships = new Map<Id, Partnership>();
  const parentLinks = new Map<Id, ParentChild[]>();
  const childLinks = new Map<Id, ParentChild[]>();
  const partnershipsByPerson = new Map<Id, Partnership[]>();
  const householdsByMember = new Map<Id, Household[]>();
  const tiesByEnd = new Map<Id, Tie[]>();
  for (const p of doc.partnerships) {
    relations.set(p.id, p);
    partnerships.set(p.id, p);
    push(partnershipsByPerson, p.a, p);
    if (p.b !== p.a) push(partnershipsByPerson, p.b, p);
  }
  for (const l of doc.parentChild) {
    relations.set(l.id, l);
    push(parentLinks, l.child, l);
    push(childLinks, l.parent, l);
  }
  for (const m of doc.multipleBirths) relations.set(m.id, m);
  for (const h of doc.households) {
    relations.set(h.id, h);
    for (const member of new Set(h.members)) push(householdsByMember, member, h);
  }
  for (const e of doc.emotional) relations.set(e.id, e);
  for (const t of doc.ties) {
    relations.set(t.id, t);
    push(tiesByEnd, t.from, t);
    if (t.to !== t.from) push(tiesByEnd, t.to, t);
  }
  return {
    persons: new Map(doc.persons.map((p) => [p.id, p])),
    organisations: new Map(doc.organisations.map((o) => [o.id, o])),
    relations,
    partnerships,
    parentLinks,
    childLinks,
    partnershipsByPerson,
    householdsByMember,
    tiesByEnd,
  };
}

const KEYS = [
  'persons',
  'organisations',
  'relations',
  'partnerships',
  'parentLinks',
  'childLinks',
  'partnershipsByPerson',
  'householdsByMember',
  'tiesByEnd',
] as const;

/** Where `index` differs from a fresh index of `doc`: the same keys, the same objects, lists in the same order. */
function differences(doc: KringDocument, index: DocumentIndex): string[] {
  const want = fresh(doc);
  const out: string[] = [];
  for (const name of KEYS) {
    const got = index[name] as ReadonlyMap<Id, unknown>;
    const expected = want[name] as ReadonlyMap<Id, unknown>;
    if (got.size !== expected.size) out.push(`${name}: ${got.size} keys, want ${expected.size}`);
    for (const [key, value] of expected) {
      const mine = got.get(key);
      const same = Array.isArray(value)
        ? Array.isArray(mine) && mine.length === value.length && value.every((v, i) => mine[i] === v)
        : mine === value;
      if (!same) out.push(`${name}[${key}] differs`);
    }
  }
  return out;
}

const steps = fc.array(fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(100_000)), {
  minLength: 10,
  maxLength: 80,
});

/** Runs `plan` (edits, with an undo or redo for some steps) and checks every document's index on the way. */
function check(start: KringDocument, plan: readonly (readonly [number, number, number, number])[]) {
  const history = new History(start);
  const seen: KringDocument[] = [history.document];
  let edits = 0;
  for (const step of plan) {
    const roll = step[0] % 10;
    if (roll === 0) history.undo();
    else if (roll === 1) history.redo();
    else if (roll === 2) {
      // An older document asked again: its index was made before, or now from a later one.
      const old = seen[step[3] % seen.length]!;
      expect(differences(old, documentIndex(old))).toEqual([]);
      continue;
    } else if (history.execute(randomCommand(history.document, step)).ok) edits++;
    const doc = history.document;
    seen.push(doc);
    expect(differences(doc, documentIndex(doc))).toEqual([]);
  }
  return edits;
}

describe('the incremental document index', () => {
  it('equals a fresh index after random edits, undo and redo', () => {
    let edits = 0;
    fc.assert(
      fc.property(steps, (plan) => {
        edits += check(validFamily(), plan);
      }),
      { seed: 20261205, numRuns: 120 },
    );
    expect(edits).toBeGreaterThan(1000);
  });

  it('does the same on a generated document of 300 persons', () => {
    const start = generateDocument({ persons: 300, seed: 9 });
    fc.assert(
      fc.property(steps, (plan) => {
        check(start, plan);
      }),
      { seed: 5150, numRuns: 25 },
    );
  });

  it('indexes one id held twice as a fresh index does, before and after an edit', () => {
    const doc = validFamily();
    const twin = { ...doc.persons[0]!, name: 'Twin' };
    const twice = { ...doc, persons: [...doc.persons, twin] };
    expect(differences(twice, documentIndex(twice))).toEqual([]);
    expect(documentIndex(twice).persons.get(twin.id)).toBe(twin);
    const without = { ...twice, persons: twice.persons.slice(0, -1) };
    expect(differences(without, documentIndex(without))).toEqual([]);
    const again = { ...without, persons: [...without.persons, twin] };
    expect(differences(again, documentIndex(again))).toEqual([]);
  });

  it('a household naming a member twice lists the household once under that member', () => {
    const doc = validFamily();
    const [a, b] = doc.persons;
    const household: Household = { id: 'h-twice', members: [a!.id, b!.id, a!.id] } as Household;
    const next = { ...doc, households: [...doc.households, household] };
    documentIndex(doc);
    expect(
      documentIndex(next)
        .householdsByMember.get(a!.id)
        ?.filter((h) => h === household),
    ).toHaveLength(1);
    expect(differences(next, documentIndex(next))).toEqual([]);
  });
});
