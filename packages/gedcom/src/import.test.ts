import { readDocument, type KringDocument } from '@kring/core';
import { describe, expect, it } from 'vitest';
import { importGedcom, importGedcomText, type ImportResult } from './import.js';
import { fixture } from './test-support/fixtures.js';

const REF = { referenceDate: '2026-01-01' };

function imported(result: ImportResult): {
  document: KringDocument;
  report: Extract<ImportResult, { ok: true }>['report'];
} {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

/** Counts read off the files independently (level-0 INDI; FAM with two distinct spouses; spouse × child pairs). */
const WITH_INDIVIDUALS: readonly [string, number, number, number][] = [
  ['familysearch-7.0/age.ged', 1, 0, 0],
  ['familysearch-7.0/escapes.ged', 1, 0, 0],
  ['familysearch-7.0/extension-record.ged', 1, 0, 0],
  ['familysearch-7.0/extensions.ged', 2, 0, 0],
  ['familysearch-7.0/maximal70.ged', 4, 1, 2],
  ['familysearch-7.0/obje-1.ged', 1, 0, 0],
  ['familysearch-7.0/remarriage1.ged', 3, 2, 0],
  ['familysearch-7.0/remarriage2.ged', 3, 3, 0],
  ['familysearch-7.0/same-sex-marriage.ged', 2, 1, 0],
  ['familysearch-7.0/voidptr.ged', 2, 1, 0],
  ['familysearch-7.0/xref.ged', 7, 0, 0],
  ['gedcom-5.5.5/555SAMPLE.GED', 3, 1, 3],
  ['gedcom-5.5.5/555SAMPLE16BE.GED', 3, 1, 3],
  ['gedcom-5.5.5/555SAMPLE16LE.GED', 3, 1, 3],
  ['gedcom-5.5.5/REMARR.GED', 3, 3, 0],
  ['gedcom-5.5.5/SSMARR.GED', 2, 1, 0],
  ['public/sample-5.51.ged', 3, 1, 3],
  ['public/royal92.ged', 3010, 1138, 3724],
  ['public/pres2020.ged', 2322, 1053, 2428],
];

const WITHOUT_INDIVIDUALS = [
  'familysearch-7.0/filename-1.ged',
  'familysearch-7.0/lang.ged',
  'familysearch-7.0/long-url.ged',
  'familysearch-7.0/minimal70.ged',
  'familysearch-7.0/notes-1.ged',
  'gedcom-5.5.5/MINIMAL555.GED',
];

describe('importGedcom: the sample files', () => {
  it.each(WITH_INDIVIDUALS)(
    '%s → %i persons, %i couples, %i parent-child links, a valid document',
    (path, persons, couples, links) => {
      const { document, report } = imported(importGedcom(fixture(path), REF));
      expect([document.persons.length, document.partnerships.length, document.parentChild.length]).toEqual([
        persons,
        couples,
        links,
      ]);
      expect([report.persons, report.partnerships, report.parentChild]).toEqual([persons, couples, links]);
      const read = readDocument(JSON.parse(JSON.stringify(document)));
      expect(read.ok ? [] : read.problems).toEqual([]);
    },
  );

  it.each(WITHOUT_INDIVIDUALS)('%s (no individuals) is refused with a clear message', (path) => {
    const result = importGedcom(fixture(path), REF);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message.key)).toEqual(['interop.gedcom.noIndividuals']);
  });

  it('reads UTF-16 LE and BE (with byte-order mark) as the UTF-8 sample', () => {
    const utf8 = imported(importGedcom(fixture('gedcom-5.5.5/555SAMPLE.GED'), REF));
    for (const [path, encoding] of [
      ['gedcom-5.5.5/555SAMPLE16LE.GED', 'utf-16le'],
      ['gedcom-5.5.5/555SAMPLE16BE.GED', 'utf-16be'],
    ] as const) {
      const other = imported(importGedcom(fixture(path), REF));
      expect(other.document).toEqual(utf8.document);
      expect(other.report.encoding).toBe(encoding);
    }
    expect(utf8.report.encoding).toBe('utf-8');
    expect(utf8.report.version).toBe('5.5.5');
  });

  it('reads royal92 (declared ANSEL, plain ASCII, no version) and pres2020 (UTF-8 with BOM, 5.5.1)', () => {
    const royal = imported(importGedcom(fixture('public/royal92.ged'), REF));
    expect(royal.report.encoding).toBe('ansel');
    expect(royal.report.version).toBeUndefined();
    expect(royal.document.focus).toBe(royal.document.persons[0]!.id);
    const pres = imported(importGedcom(fixture('public/pres2020.ged'), REF));
    expect(pres.report.encoding).toBe('utf-8');
    expect(pres.report.version).toBe('5.5.1');
    const clinton = pres.document.persons.find((p) => p.id === 'I1')!;
    expect(clinton).toMatchObject({ name: 'William Jefferson Clinton', gender: 'man', birth: '1946-08-19' });
  });

  it('reports its progress in rising fractions below 1, and the same result as without', () => {
    const seen: number[] = [];
    const royal = imported(
      importGedcom(fixture('public/royal92.ged'), { ...REF, onProgress: (f) => seen.push(f) }),
    );
    expect(seen.length).toBeGreaterThan(10);
    expect(seen[0]).toBe(0);
    expect(seen.some((f) => f >= 0.5)).toBe(true);
    expect(seen.every((f, i) => f < 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
    expect(royal.document).toEqual(imported(importGedcom(fixture('public/royal92.ged'), REF)).document);
  });

  it('reads CR, LF and CRLF line ends alike', () => {
    const crlf = new TextDecoder().decode(fixture('public/sample-5.51.ged'));
    expect(crlf).toContain('\r\n');
    const lf = crlf.replace(/\r\n/g, '\n');
    const cr = crlf.replace(/\r\n/g, '\r');
    const a = imported(importGedcomText(crlf, REF)).document;
    expect(imported(importGedcomText(lf, REF)).document).toEqual(a);
    expect(imported(importGedcomText(cr, REF)).document).toEqual(a);
  });
});

describe('importGedcom: the mapping', () => {
  it('maps names, sex, dates, places and pedigree of the 5.5.5 sample', () => {
    const { document, report } = imported(importGedcom(fixture('gedcom-5.5.5/555SAMPLE.GED'), REF));
    const [robert, mary, joe] = document.persons;
    expect(robert).toMatchObject({
      id: 'I1',
      name: 'Robert Eugene Williams',
      gender: 'man',
      birth: '1822-10-02',
      death: '1905-04-14',
    });
    expect(robert!.notes).toContain('° 2 Oct 1822, Weston, Madison, Connecticut, United States of America');
    expect(mary).toMatchObject({ name: 'Mary Ann Wilson', gender: 'woman', birth: '~1828' });
    expect(report.dates).toContainEqual({
      id: 'I2',
      name: 'Mary Ann Wilson',
      field: 'birth',
      original: 'BEF 1828',
      mapped: '~1828',
    });
    expect(document.partnerships).toEqual([
      { id: 'F1', a: 'I1', b: 'I2', type: 'marriage', events: [{ kind: 'married', date: '1859-12' }] },
    ]);
    // Born to F1, adopted (PEDI adopted under FAMC) by Robert alone in F2.
    expect(document.parentChild.map((l) => [l.parent, l.child, l.kind, l.partnership])).toEqual([
      ['I1', 'I3', 'biological', 'F1'],
      ['I2', 'I3', 'biological', 'F1'],
      ['I1', 'I3', 'adoptive', undefined],
    ]);
    expect(joe!.name).toBe('Joe Williams');
    expect(report.unmapped.map((u) => u.tag)).toEqual(expect.arrayContaining(['SOUR', 'REPO', 'SUBM']));
  });

  it('keeps remarriages and same-sex couples as GEDCOM has them', () => {
    const one = imported(importGedcom(fixture('familysearch-7.0/remarriage1.ged'), REF)).document;
    expect(one.partnerships[0]!.events).toEqual([
      { kind: 'married', date: '1911-04-01' },
      { kind: 'divorced', date: '1912-05-02' },
      { kind: 'married', date: '1914-07-04' },
    ]);
    const two = imported(importGedcom(fixture('familysearch-7.0/remarriage2.ged'), REF)).document;
    expect(two.partnerships.map((p) => [p.a, p.b])).toEqual([
      ['I1', 'I2'],
      ['I1', 'I3'],
      ['I1', 'I2'],
    ]);
    const same = imported(importGedcom(fixture('familysearch-7.0/same-sex-marriage.ged'), REF)).document;
    expect(same.persons.map((p) => p.gender)).toEqual(['man', 'man']);
    expect(same.partnerships).toHaveLength(1);
  });

  it('adds an undated marriage before a divorce without one (royal92), with a note', () => {
    const { document, report } = imported(importGedcom(fixture('public/royal92.ged'), REF));
    const notes = report.notes.filter((n) => n.message.key === 'interop.note.marriageInserted');
    expect(notes.length).toBeGreaterThan(10);
    for (const p of document.partnerships) {
      const divorce = p.events.findIndex((e) => e.kind === 'divorced');
      if (divorce >= 0) expect(p.events.slice(0, divorce).some((e) => e.kind === 'married')).toBe(true);
    }
    expect(report.unmapped).toContainEqual({ tag: 'INDI.REFN', count: 12, extension: false });
  });

  it('reads @VOID@ pointers as absent, and identifiers of every shape', () => {
    const { document } = imported(importGedcom(fixture('familysearch-7.0/voidptr.ged'), REF));
    expect(document.parentChild).toEqual([]);
    const xref = imported(importGedcom(fixture('familysearch-7.0/xref.ged'), REF)).document;
    expect(new Set(xref.persons.map((p) => p.id)).size).toBe(7);
    expect(xref.persons.map((p) => p.id)).toContain(
      'THEXREFPRODUCTIONDOESNOTHAVEAMAXIMUMLENGTHSOTHISISATESTOFALONGCROSSREFERENCEIDENTIFIER',
    );
  });

  it('undoes @@ escapes and joins CONT lines (7.0)', () => {
    const { document } = imported(importGedcom(fixture('familysearch-7.0/escapes.ged'), REF));
    expect(document.persons[0]!.notes).toBe(
      'me@example.com is an example email address.\n@me and @I are example social media handles.\n@@@@ has four @ characters where only the first is escaped.',
    );
  });

  it('counts extension tags apart in the report', () => {
    const { report } = imported(importGedcom(fixture('familysearch-7.0/extensions.ged'), REF));
    expect(report.unmapped).toContainEqual({ tag: 'INDI._CREATOR', count: 2, extension: true });
    expect(report.unmapped).toContainEqual({ tag: '_LOC', count: 1, extension: true });
  });

  const family = (body: string, version = '5.5.1') =>
    `0 HEAD\n1 GEDC\n2 VERS ${version}\n1 CHAR UTF-8\n${body}\n0 TRLR\n`;

  it('reads _FREL/_MREL per parent, PEDI, and unknown pedigrees as biological with a note', () => {
    const text = family(
      [
        '0 @D@ INDI\n1 NAME Dad\n1 SEX M',
        '0 @M@ INDI\n1 NAME Mum\n1 SEX F',
        '0 @A@ INDI\n1 NAME Ann\n1 FAMC @F@',
        '0 @B@ INDI\n1 NAME Bob\n1 FAMC @F@\n2 PEDI foster',
        '0 @C@ INDI\n1 NAME Cas\n1 FAMC @F@',
        '0 @F@ FAM\n1 HUSB @D@\n1 WIFE @M@\n1 CHIL @A@\n2 _FREL Adopted\n2 _MREL Natural\n1 CHIL @B@\n1 CHIL @C@\n2 _FREL Private\n2 _MREL Step',
      ].join('\n'),
    );
    const { document, report } = imported(importGedcomText(text, REF));
    expect(document.parentChild.map((l) => `${l.parent}>${l.child}:${l.kind}`)).toEqual([
      'D>A:adoptive',
      'M>A:biological',
      'D>B:foster',
      'M>B:foster',
      'D>C:biological',
      'M>C:step',
    ]);
    expect(report.notes.map((n) => n.message)).toContainEqual({
      key: 'interop.note.pedigreeUnknown',
      params: { child: 'Cas', parent: 'Dad', value: 'Private' },
    });
  });

  it('makes twins of persons marked as such (ASSO), with the zygosity the file says', () => {
    const text = family(
      [
        '0 @D@ INDI\n1 NAME Dad',
        '0 @A@ INDI\n1 NAME Ann\n1 ASSO @B@\n2 RELA Identical twin',
        '0 @B@ INDI\n1 NAME Bea',
        '0 @F@ FAM\n1 HUSB @D@\n1 CHIL @A@\n1 CHIL @B@',
      ].join('\n'),
    );
    const { document } = imported(importGedcomText(text, REF));
    expect(document.multipleBirths).toEqual([
      { id: expect.any(String), members: ['A', 'B'], zygosity: 'monozygotic' },
    ]);
  });

  it('repairs what Kring cannot hold: a third birth parent, a cycle, a death before the birth', () => {
    const text = family(
      [
        '0 @P1@ INDI\n1 NAME One\n1 BIRT\n2 DATE 1950\n1 DEAT\n2 DATE 1940',
        '0 @P2@ INDI\n1 NAME Two',
        '0 @P3@ INDI\n1 NAME Three',
        '0 @K@ INDI\n1 NAME Kid',
        '0 @F1@ FAM\n1 HUSB @P1@\n1 WIFE @P2@\n1 CHIL @K@',
        '0 @F2@ FAM\n1 HUSB @P3@\n1 CHIL @K@',
        '0 @F3@ FAM\n1 HUSB @K@\n1 CHIL @P1@',
      ].join('\n'),
    );
    const { document, report } = imported(importGedcomText(text, REF));
    expect(readDocument(document).ok).toBe(true);
    const keys = report.notes.map((n) => n.message.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'interop.note.tooManyParents',
        'interop.note.cycle',
        'interop.note.deathBeforeBirth',
      ]),
    );
    expect(document.persons[0]).toMatchObject({ birth: '1950', lifeStatus: 'deceased' });
    expect(document.persons[0]!.death).toBeUndefined();
  });

  it('marks persons born more than 110 years ago without a death as deceased, unless asked not to', () => {
    const text = family(
      '0 @A@ INDI\n1 NAME Old\n1 BIRT\n2 DATE 1850\n0 @B@ INDI\n1 NAME Young\n1 BIRT\n2 DATE 1990',
    );
    const on = imported(importGedcomText(text, REF)).document;
    expect(on.persons.map((p) => p.lifeStatus)).toEqual(['deceased', undefined]);
    const off = imported(importGedcomText(text, { ...REF, presumeDeceasedAfter: false })).document;
    expect(off.persons.map((p) => p.lifeStatus)).toEqual([undefined, undefined]);
  });
});

describe('importGedcom: focus and generations', () => {
  it('takes the first person, or the one given by id or by name', () => {
    const bytes = fixture('public/royal92.ged');
    expect(imported(importGedcom(bytes, REF)).document.focus).toBe('I1');
    expect(imported(importGedcom(bytes, { ...REF, focus: '@I52@' })).document.focus).toBe('I52');
    const byName = imported(importGedcom(bytes, { ...REF, focus: 'Victoria Hanover' }));
    expect(byName.document.persons.find((p) => p.id === byName.document.focus)!.name).toMatch(/^Victoria/);
    const missing = importGedcom(bytes, { ...REF, focus: 'Nobody Atall' });
    expect(missing.ok ? [] : missing.problems.map((p) => p.message.key)).toEqual([
      'interop.gedcom.focusNotFound',
    ]);
  });

  it('keeps only the focus’s family up to N generations, with their partners', () => {
    const bytes = fixture('public/royal92.ged');
    const whole = imported(importGedcom(bytes, { ...REF, focus: 'I1' })).document;
    const one = imported(importGedcom(bytes, { ...REF, focus: 'I1', generations: 1 }));
    const parents = whole.parentChild.filter((l) => l.child === 'I1').map((l) => l.parent);
    const children = whole.parentChild.filter((l) => l.parent === 'I1').map((l) => l.child);
    const partners = whole.partnerships.flatMap((p) => (p.a === 'I1' ? [p.b] : p.b === 'I1' ? [p.a] : []));
    const ids = one.document.persons.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['I1', ...parents, ...children, ...partners]));
    expect(one.report.leftOut).toBe(whole.persons.length - ids.length);
    const three = imported(importGedcom(bytes, { ...REF, focus: 'I1', generations: 3 })).document;
    expect(three.persons.length).toBeGreaterThan(ids.length);
    expect(three.persons.length).toBeLessThan(whole.persons.length);
    for (const doc of [one.document, three])
      expect(readDocument(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });
});

describe('importGedcom: malformed input is refused with line numbers, never a crash', () => {
  const sample = new TextDecoder().decode(fixture('gedcom-5.5.5/555SAMPLE.GED'));

  it('refuses a file cut off in the middle', () => {
    const cut = sample.slice(0, Math.floor(sample.length / 2));
    const result = importGedcomText(cut, REF);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.message.key).toBe('interop.gedcom.truncated');
      expect(result.problems[0]!.line).toBe(cut.trimEnd().split('\n').length);
    }
  });

  it('refuses a level that jumps, naming the line', () => {
    const lines = sample.split('\n');
    lines[30] = `4 ${lines[30]!.slice(2)}`;
    const result = importGedcomText(lines.join('\n'), REF);
    expect(result.ok ? [] : result.problems.map((p) => [p.line, p.message.key])).toContainEqual([
      31,
      'interop.gedcom.badLevel',
    ]);
  });

  it('refuses binary files and text that is no GEDCOM', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(importGedcom(png, REF).ok).toBe(false);
    const json = importGedcomText('{"format":"kring"}', REF);
    expect(json.ok ? [] : json.problems.map((p) => [p.line, p.message.key])).toEqual([
      [1, 'interop.gedcom.noHeader'],
    ]);
    const empty = importGedcom(new Uint8Array(), REF);
    expect(empty.ok ? [] : empty.problems.map((p) => p.message.key)).toEqual(['interop.gedcom.empty']);
  });

  it('never throws, and every file it accepts is a valid document (damaged samples)', () => {
    const bytes = fixture('public/sample-5.51.ged');
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let round = 0; round < 300; round++) {
      const copy = bytes.slice();
      const edits = 1 + (next() % 6);
      for (let e = 0; e < edits; e++) copy[next() % copy.length] = next() % 256;
      const cut = round % 3 === 0 ? copy.subarray(0, next() % copy.length) : copy;
      const result = importGedcom(cut, REF);
      if (result.ok) expect(readDocument(JSON.parse(JSON.stringify(result.document))).ok).toBe(true);
      else for (const p of result.problems) expect(p.message.key).toMatch(/^interop\./);
    }
  });
});
