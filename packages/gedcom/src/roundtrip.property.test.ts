/**
 * Export → import is the identity on the family part (persons, couples, parent-child links, multiple births),
 * for seeded synthetic families and hand-made edge cases, in GEDCOM 7.0 and 5.5.1. Ids are GEDCOM's own after
 * the trip (I1, F1, …), so the comparison names persons by their place in the list.
 */
import { lifeStatusOf, newDocument, readDocument, type KringDocument, type Person } from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGedcom, type GedcomVersion } from './export.js';
import { importGedcom, importGedcomText } from './import.js';
import { fixture } from './test-support/fixtures.js';

const OPTIONS = { referenceDate: '2026-01-01', presumeDeceasedAfter: false } as const;

/** The family part of a document, with persons named by their index. */
function familyPart(doc: KringDocument, unorderedCouples: boolean) {
  const persons = doc.persons.filter((p) => (p.birthStatus ?? 'live_birth') === 'live_birth' && !p.pet);
  const index = new Map(persons.map((p, i) => [p.id, i]));
  const couples = doc.partnerships.filter((p) => index.has(p.a) && index.has(p.b));
  const coupleIndex = new Map(couples.map((p, i) => [p.id, i]));
  const oneLine = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;
  return {
    persons: persons.map((p: Person) => ({
      name: p.name.replace(/\s+/g, ' ').trim(),
      gender: p.gender,
      birth: p.birth,
      death: p.death,
      deceased: lifeStatusOf(p) === 'deceased',
      occupation: oneLine(p.occupation),
      location: oneLine(p.location),
      notes: p.notes?.replace(/\r\n?/g, '\n'),
    })),
    couples: couples.map((p) => {
      const pair = [index.get(p.a)!, index.get(p.b)!];
      return { pair: unorderedCouples ? pair.sort((x, y) => x - y) : pair, type: p.type, events: p.events };
    }),
    links: doc.parentChild
      .filter((l) => index.has(l.parent) && index.has(l.child))
      .map((l) => {
        const couple = l.partnership === undefined ? undefined : couples.find((c) => c.id === l.partnership);
        const under =
          couple && (couple.a === l.parent || couple.b === l.parent) ? coupleIndex.get(couple.id) : '-';
        return `${index.get(l.parent)}>${index.get(l.child)}:${l.kind}:${under}`;
      })
      .sort(),
    multipleBirths: doc.multipleBirths
      .map((m) => `${m.members.map((id) => index.get(id)).sort((x, y) => x! - y!)}:${m.zygosity}`)
      .sort(),
  };
}

function roundTrip(doc: KringDocument, version: GedcomVersion): KringDocument {
  const { text } = exportGedcom(doc, { version });
  const result = importGedcomText(text, OPTIONS);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}\n${text}`);
  const read = readDocument(JSON.parse(JSON.stringify(result.document)));
  expect(read.ok ? [] : read.problems).toEqual([]);
  return result.document;
}

function expectSameFamily(doc: KringDocument, version: GedcomVersion): void {
  const back = roundTrip(doc, version);
  const unordered = version === '5.5.1';
  expect(familyPart(back, unordered)).toEqual(familyPart(doc, unordered));
}

/** Everything the family part can hold, in one document. */
function edgeCases(): KringDocument {
  const doc = newDocument({ focus: 'a', referenceDate: '2026-01-01' });
  doc.persons = [
    {
      id: 'a',
      name: 'Zoë van der Berg-Öztürk 🌷',
      gender: 'woman',
      birth: '~1950-03',
      occupation: 'verpleegkundige',
    },
    {
      id: 'b',
      name: 'Sam “Sammy” O’Neil',
      gender: 'non_binary',
      birth: '1949-12-31',
      death: '2020',
      location: 'Zwolle',
    },
    {
      id: 'c',
      name: 'Kim',
      gender: 'other',
      lifeStatus: 'deceased',
      notes: '@home: first line\n\nthird line with @@ and @I1@\n  indented',
    },
    { id: 'd', name: 'Noor', gender: 'unknown', birth: '~1980' },
    { id: 'e', name: 'Ali', gender: 'man', birth: '1981-02-03' },
    { id: 'f', name: 'Twin one', gender: 'woman', birth: '2005-06-07' },
    { id: 'g', name: 'Twin two', gender: 'woman', birth: '2005-06-07' },
    { id: 'h', name: 'Stepchild', gender: 'man' },
    { id: 'i', name: 'Donor', gender: 'man' },
    { id: 'j', name: 'Foster kid', gender: 'woman' },
    { id: 'k', name: 'x'.repeat(300), gender: 'man', notes: `${'long note '.repeat(60)}end` },
    { id: 'l', name: 'Triplet a', gender: 'man' },
    { id: 'm', name: 'Triplet b', gender: 'man' },
    { id: 'n', name: 'Triplet c', gender: 'woman' },
  ];
  doc.partnerships = [
    {
      id: 'ab',
      a: 'a',
      b: 'b',
      type: 'marriage',
      events: [
        { kind: 'engaged', date: '1970' },
        { kind: 'married', date: '~1971-05' },
        { kind: 'separated' },
        { kind: 'reconciled', date: '1980' },
        { kind: 'divorced', date: '1990-01-02' },
        { kind: 'married' },
        { kind: 'widowed', date: '2020' },
      ],
    },
    {
      id: 'cd',
      a: 'c',
      b: 'd',
      type: 'cohabitation',
      events: [{ kind: 'started', date: '2000' }, { kind: 'cohabiting' }, { kind: 'ended' }],
    },
    { id: 'de', a: 'd', b: 'e', type: 'lat', events: [] },
    { id: 'ae', a: 'a', b: 'e', type: 'affair', events: [{ kind: 'started' }] },
    {
      id: 'ee',
      a: 'e',
      b: 'c',
      type: 'registered_partnership',
      events: [
        { kind: 'married', date: '2010' },
        { kind: 'annulled', date: '2011' },
      ],
    },
  ];
  doc.parentChild = [
    { id: 'p1', parent: 'd', child: 'f', kind: 'biological', partnership: 'de' },
    { id: 'p2', parent: 'e', child: 'f', kind: 'biological', partnership: 'de' },
    { id: 'p3', parent: 'd', child: 'g', kind: 'biological', partnership: 'de' },
    { id: 'p4', parent: 'e', child: 'g', kind: 'biological', partnership: 'de' },
    { id: 'p5', parent: 'c', child: 'h', kind: 'biological', partnership: 'cd' },
    { id: 'p6', parent: 'd', child: 'h', kind: 'step', partnership: 'cd' },
    { id: 'p7', parent: 'i', child: 'h', kind: 'donor' },
    { id: 'p8', parent: 'a', child: 'j', kind: 'foster', partnership: 'ab' },
    { id: 'p9', parent: 'b', child: 'j', kind: 'foster', partnership: 'ab' },
    { id: 'p10', parent: 'a', child: 'k', kind: 'guardian' },
    { id: 'p11', parent: 'a', child: 'd', kind: 'adoptive', partnership: 'ab' },
    { id: 'p12', parent: 'b', child: 'd', kind: 'adoptive', partnership: 'ab' },
    { id: 'p13', parent: 'a', child: 'l', kind: 'biological' },
    { id: 'p14', parent: 'a', child: 'm', kind: 'biological' },
    { id: 'p15', parent: 'a', child: 'n', kind: 'biological' },
  ];
  doc.multipleBirths = [
    { id: 'tw', members: ['g', 'f'], zygosity: 'monozygotic' },
    { id: 'tr', members: ['l', 'm', 'n'], zygosity: 'unknown' },
  ];
  return doc;
}

describe('GEDCOM export → import keeps the family part', () => {
  it('the hand-made edge cases are a valid document', () => {
    const read = readDocument(JSON.parse(JSON.stringify(edgeCases())));
    expect(read.ok ? [] : read.problems).toEqual([]);
  });

  it.each(['7.0', '5.5.1'] as const)('hand-made edge cases, GEDCOM %s', (version) => {
    expectSameFamily(edgeCases(), version);
  });

  it.each(['7.0', '5.5.1'] as const)('seeded synthetic families, GEDCOM %s', (version) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 1_000_000 }), (size, seed) => {
        expectSameFamily(syntheticFamily(size, seed), version);
      }),
      { numRuns: 40, seed: 15 },
    );
  });

  it('a 1,000-person synthetic family, GEDCOM 7.0', () => {
    expectSameFamily(syntheticFamily(1000, 42), '7.0');
  });

  it.each([
    'public/royal92.ged',
    'public/pres2020.ged',
    'gedcom-5.5.5/555SAMPLE.GED',
    'familysearch-7.0/remarriage1.ged',
  ])('GEDCOM → Kring → GEDCOM → Kring keeps %s', (path) => {
    const first = importGedcom(fixture(path), OPTIONS);
    if (!first.ok) throw new Error('refused');
    for (const version of ['7.0', '5.5.1'] as const) {
      const back = roundTrip(first.document, version);
      expect(familyPart(back, version === '5.5.1')).toEqual(familyPart(first.document, version === '5.5.1'));
    }
  });

  it('writes 5.5.1 that older programs expect: header, submitter, husband first, no X, short lines', () => {
    const { text } = exportGedcom(edgeCases(), { version: '5.5.1' });
    const lines = text.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '0 HEAD',
      '1 SOUR Kring',
      '1 SUBM @SUBM@',
      '1 GEDC',
      '2 VERS 5.5.1',
      '2 FORM LINEAGE-LINKED',
      '1 CHAR UTF-8',
      '0 @SUBM@ SUBM',
    ]);
    expect(lines.every((l) => l.length <= 255)).toBe(true);
    expect(text).not.toContain('SEX X');
    expect(lines.at(-2)).toBe('0 TRLR');
  });

  it('says what it left out, and never writes the network or a person that is no live birth', () => {
    const doc = edgeCases();
    doc.persons.push({ id: 'z', name: 'Pregnancy', gender: 'unknown', birthStatus: 'pregnancy' });
    doc.organisations.push({ id: 'o', name: 'School', category: 'school' });
    doc.ties.push({ id: 't', from: 'a', to: 'o', ring: 1 });
    const { text, leftOut } = exportGedcom(doc);
    expect(leftOut).toMatchObject({ persons: 1, organisations: 1, ties: 1 });
    expect(text).not.toContain('Pregnancy');
    expect(text).not.toContain('School');
  });
});
