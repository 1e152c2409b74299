/**
 * Contact lists ("groslijst"): delimiters, RFC 4180 quoting, header or none, encodings Excel writes, blank
 * lines, names already on the map, hostile text; the commands add everyone unplaced, as one batch.
 */
import {
  altersOfFocus,
  applyCommand,
  newDocument,
  readDocument,
  type Command,
  type KringDocument,
} from '@kring/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../research/csv.js';
import {
  MAX_CONTACT_ROWS,
  contactListCommands,
  contactListDocument,
  planContactList,
  readContactList,
  readContactText,
  type ContactTable,
} from './contact-list.js';
import { decodeContactText, detectDelimiter, parseDelimited, type Delimiter } from './delimited.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function table(text: string, delimiter?: Delimiter): ContactTable {
  const result = readContactText(text, delimiter ? { delimiter } : {});
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.table;
}

function noor(): KringDocument {
  return newDocument({
    focus: 'p-noor',
    persons: [
      { id: 'p-noor', name: 'Noor Jansen', gender: 'woman' },
      { id: 'p-els', name: 'Élodie de Vries', gender: 'woman' },
    ],
    organisations: [{ id: 'o-school', name: 'De Regenboog', category: 'school' }],
  });
}

/** Applies the commands one by one, as the editor's batch does; throws on a refusal. */
function applyAll(doc: KringDocument, commands: readonly Command[]): KringDocument {
  let next = doc;
  for (const command of commands) {
    const result = applyCommand(next, command);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
    next = result.document;
  }
  return next;
}

describe('reading the table', () => {
  it('finds the delimiter: semicolon (Dutch Excel), comma, tab, or one name per line', () => {
    expect(detectDelimiter('Naam;Relatie;Telefoon\r\nPiet;buurman;0612345678\r\n')).toBe(';');
    expect(detectDelimiter('Name,Relation\nPiet,neighbour\nAnna,aunt\n')).toBe(',');
    expect(detectDelimiter('Piet\tbuurman, vriend\nAnna\ttante\n')).toBe('\t');
    expect(detectDelimiter('Piet Bakker\nAnna de Wit\nKees\n')).toBe('line');
    // A comma inside the names of a semicolon list does not win.
    expect(detectDelimiter('Jansen, Piet;buurman\nWit, Anna de;tante\n')).toBe(';');
  });

  it('reads quoted fields as RFC 4180 says: delimiters, quotes and line ends inside', () => {
    const { records } = parseDelimited(
      'naam;notitie\r\n"Jansen; Piet";"zegt ""hoi""\r\nen meer"\r\nAnna;x\r\n',
      ';',
    );
    expect(records).toEqual([
      { line: 1, fields: ['naam', 'notitie'] },
      { line: 2, fields: ['Jansen; Piet', 'zegt "hoi"\r\nen meer'] },
      { line: 4, fields: ['Anna', 'x'] },
    ]);
  });

  it('reads a quote left open to the end, and says on which line it opened', () => {
    const result = parseDelimited('a,b\n"open,c\nd\n', ',');
    expect(result.unclosedQuote).toBe(2);
    expect(result.records[1]!.fields).toEqual(['open,c\nd\n']);
    expect(table('Naam,Relatie\n"Piet,buurman\nAnna,tante\n').unclosedQuote).toBe(2);
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '\n', '\r\n', 'Z') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
          const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
          expect(parseDelimited(text, ',').records.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });

  it('never throws on any text, and refuses rather than guesses on binary', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = readContactText(text);
        if (result.ok) expect(result.table.records.length).toBeGreaterThan(0);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
    expect(readContactText('Piet\u0000\u0001\u0002').ok).toBe(false);
  });

  it('takes a header row when it names the columns, and guesses them from the cells without one', () => {
    const withHeader = table('Telefoon;Naam;Relatie;Sector\n06-12345678;Piet;buurman;buren\n');
    expect(withHeader.header).toBe(true);
    expect(withHeader.mapping).toEqual({ phone: 0, name: 1, relation: 2, sector: 3 });

    const without = table('Piet Bakker;buurman;06 1234 5678\nAnna de Wit;tante;+31 6 87654321\n');
    expect(without.header).toBe(false);
    expect(without.mapping).toEqual({ name: 0, relation: 1, phone: 2 });

    const emailFirst = table('anna@example.org,Anna\npiet@example.org,Piet\n');
    expect(emailFirst.mapping).toEqual({ email: 0, name: 1 });

    const names = table('Piet Bakker\nAnna de Wit\n');
    expect(names.delimiter).toBe('line');
    expect(names.mapping).toEqual({ name: 0 });
  });

  it('reads first and last name columns as one name', () => {
    const plan = planContactList(table('Voornaam;Achternaam;Mobiel\nPiet;de Boer;0612345678\n'));
    expect(plan.entries[0]).toMatchObject({ name: 'Piet de Boer', phone: '0612345678' });
  });

  it('skips blank lines and rows of empty cells, keeping line numbers true', () => {
    const t = table('Naam;Relatie\r\n\r\nPiet;buurman\r\n;;\r\n   \r\nAnna;tante\r\n');
    expect(t.records.map((r) => r.line)).toEqual([1, 3, 6]);
    expect(planContactList(t).entries.map((e) => [e.line, e.name])).toEqual([
      [3, 'Piet'],
      [6, 'Anna'],
    ]);
  });
});

describe('encodings', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const text = 'Naam;Relatie\nJosé Müller;oom\n';
    for (const b of [bytes(text), new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)])]) {
      const result = readContactList(b);
      expect(result.ok && result.table.encoding).toBe('utf-8');
      if (!result.ok) return;
      expect(result.table.records[0]!.fields[0]).toBe('Naam');
      expect(planContactList(result.table).entries[0]!.name).toBe('José Müller');
    }
  });

  it('reads Windows-1252 as Excel writes it on Windows', () => {
    // "Renée;tante" and "Zoë" with é = E9, ë = EB; and the euro sign (80) that Latin-1 does not have.
    const b = new Uint8Array([
      ...bytes('Naam;Relatie\r\nRen'),
      0xe9,
      ...bytes('e;tante\r\nZo'),
      0xeb,
      ...bytes(';vriendin '),
      0x80,
      ...bytes('\r\n'),
    ]);
    expect(decodeContactText(b).encoding).toBe('windows-1252');
    const result = readContactList(b);
    if (!result.ok) throw new Error('refused');
    expect(planContactList(result.table).entries.map((e) => [e.name, e.relation])).toEqual([
      ['Renée', 'tante'],
      ['Zoë', 'vriendin €'],
    ]);
  });

  it("reads UTF-16 with a byte-order mark (Excel's Unicode text, tab-separated)", () => {
    const text = 'Naam\tRelatie\r\nŁucja\tbuurvrouw\r\n';
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) le[2 + i * 2] = text.charCodeAt(i) & 0xff;
    for (let i = 0; i < text.length; i++) le[3 + i * 2] = text.charCodeAt(i) >> 8;
    const result = readContactList(le);
    if (!result.ok) throw new Error('refused');
    expect(result.table.encoding).toBe('utf-16le');
    expect(result.table.delimiter).toBe('\t');
    expect(planContactList(result.table).entries[0]).toMatchObject({ name: 'Łucja', gender: 'woman' });
  });

  it('refuses a workbook, an empty list and a list that is too long, with a message', () => {
    const refusal = (r: ReturnType<typeof readContactText>) => (r.ok ? undefined : r.problems[0]!.key);
    expect(refusal(readContactList(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])))).toBe(
      'interop.contacts.workbook',
    );
    expect(refusal(readContactText('\r\n  \r\n;;\r\n;;\r\n'))).toBe('interop.contacts.empty');
    expect(refusal(readContactText(''))).toBe('interop.contacts.empty');
    const many = Array.from({ length: MAX_CONTACT_ROWS + 1 }, (_, i) => `Persoon ${i}`).join('\n');
    expect(refusal(readContactText(many))).toBe('interop.contacts.tooManyRows');
    expect(readContactText(`Naam\n${many.split('\n').slice(1).join('\n')}`).ok).toBe(true);
  });
});

describe('what becomes of every row', () => {
  const LIST = [
    'Naam;Relatie;Sector;Telefoon;Type',
    'Piet Bakker;buurman;;612345678;',
    'noor  jansen;zelf;;;',
    'Elodie de Vries;tante;familie;;',
    'Kees;collega;;06-1;persoon',
    'Piet bakker;;;;',
    ';vergeten;;;',
    'Wijkteam Noord;;;020-5551234;organisatie',
    'Tamara;vriendin;werk, school, verenigingen;;',
  ].join('\n');

  it('marks names already on the map (accents, case and spaces ignored) and names twice in the list', () => {
    const plan = planContactList(table(LIST), undefined, noor());
    expect(plan.entries.map((e) => [e.name, e.status, e.match ?? e.firstLine])).toEqual([
      ['Piet Bakker', 'new', undefined],
      ['noor jansen', 'onMap', 'p-noor'],
      ['Elodie de Vries', 'onMap', 'p-els'],
      ['Kees', 'new', undefined],
      ['Piet bakker', 'repeated', 2],
      ['', 'noName', undefined],
      ['Wijkteam Noord', 'new', undefined],
      ['Tamara', 'new', undefined],
    ]);
    expect(plan.counts).toEqual({ new: 4, onMap: 2, repeated: 1, noName: 1 });
  });

  it('proposes a sector from the sector column or the relation, and a gender from the relation word', () => {
    const plan = planContactList(table(LIST), undefined, noor());
    const by = (name: string) => plan.entries.find((e) => e.name === name)!;
    expect(by('Piet Bakker')).toMatchObject({ sector: 'neighbours', gender: 'man' });
    expect(by('Kees')).toMatchObject({ sector: 'work_school', gender: 'unknown', kind: 'person' });
    expect(by('Tamara')).toMatchObject({ sector: 'work_school', gender: 'woman' });
    expect(by('Wijkteam Noord')).toMatchObject({
      kind: 'organisation',
      category: 'social_services',
      sector: 'professionals',
    });
    // A dropped leading zero is put back, and said.
    expect(by('Piet Bakker').phone).toBe('0612345678');
    expect(by('Piet Bakker').remarks).toEqual([
      { key: 'interop.contacts.remark.zero', params: { phone: '0612345678' } },
    ]);
  });

  it('maps the proposal into the map’s sector preset', () => {
    const doc = { ...noor(), options: { ...noor().options, sectors: 'tracy_whittaker' as const } };
    const plan = planContactList(
      table('Naam;Relatie\nPiet;buurman\nAnna;tante\nDr. Ali;huisarts\n'),
      undefined,
      doc,
    );
    expect(plan.entries.map((e) => e.sector)).toEqual(['neighbours', 'other_family', 'agencies']);
  });

  it('keeps hostile text as plain text: markup and formulas are names like any other', () => {
    const hostile = [
      'Naam,Relatie,Telefoon',
      '"<script>alert(1)</script>",<img src=x onerror=alert(1)>,=1+1',
      '"=HYPERLINK(""http://x"",""klik"")",+SUM(A1),@cmd',
      '"-2+3",\'=a,\'0612345678',
    ].join('\r\n');
    const plan = planContactList(table(hostile));
    expect(plan.entries.map((e) => [e.name, e.relation, e.phone])).toEqual([
      ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '=1+1'],
      ['=HYPERLINK("http://x","klik")', '+SUM(A1)', '@cmd'],
      ['-2+3', "'=a", '0612345678'],
    ]);
    const doc = applyAll(noor(), contactListCommands(plan, noor(), 'nl'));
    expect(doc.persons.map((p) => p.name)).toContain('<script>alert(1)</script>');
    expect(doc.persons.find((p) => p.name.startsWith('=HYPER'))!.contact).toEqual({ phone: '@cmd' });
    // Our own CSV export makes them safe again for a spreadsheet.
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
  });

  it('makes line ends and control characters inside a cell into spaces, and cuts very long cells', () => {
    const plan = planContactList(table(`Naam;Relatie\n"Piet\r\nBakker";"${'x'.repeat(1500)}"\n`));
    expect(plan.entries[0]!.name).toBe('Piet Bakker');
    expect(plan.entries[0]!.relation).toHaveLength(1000);
    expect(plan.entries[0]!.remarks).toEqual([
      { key: 'interop.contacts.remark.cut', params: { limit: 1000 } },
    ]);
  });
});

describe('adding the list to a map', () => {
  it('adds persons and organisations unplaced, with contact and notes, as commands core accepts', () => {
    const before = noor();
    const plan = planContactList(
      table(
        'Naam;Relatie;Telefoon;E-mail;Type\nPiet;buurman;0612345678;piet@example.org;\nWijkteam;;020-1;;organisatie\nNoor Jansen;;;;\n',
      ),
      undefined,
      before,
    );
    const commands = contactListCommands(plan, before, 'nl');
    expect(commands.map((c) => c.type)).toEqual(['person.add', 'organisation.add']);
    const after = applyAll(before, commands);
    expect(after.persons.find((p) => p.name === 'Piet')).toEqual({
      id: 'person-1',
      name: 'Piet',
      gender: 'man',
      notes: 'Relatie: buurman\nVoorgestelde sector: buren, buurt',
      contact: { phone: '0612345678', email: 'piet@example.org' },
    });
    expect(after.organisations.find((o) => o.name === 'Wijkteam')).toEqual({
      id: 'organisation-1',
      name: 'Wijkteam',
      category: 'social_services',
      notes: 'Voorgestelde sector: professionals, instanties\nTelefoon: 020-1',
    });
    // Not placed: no ties, so nobody new is in the network yet (they wait in the tray).
    expect(after.ties).toEqual([]);
    expect(altersOfFocus(after)).toEqual([]);
    expect(readDocument(JSON.parse(JSON.stringify(after))).ok).toBe(true);
    // English notes for an English user.
    const en = applyAll(before, contactListCommands(plan, before, 'en'));
    expect(en.persons.find((p) => p.name === 'Piet')!.notes).toBe(
      'Relation: buurman\nProposed sector: neighbours',
    );
  });

  it('offers the list’s phone and e-mail for someone on the map, and applies them only when chosen', () => {
    const before = noor();
    before.persons[1]!.contact = { phone: '0600000000', note: 'liefst na 17 uur' };
    const plan = planContactList(
      table(
        'Naam;Telefoon;E-mail\nelodie DE VRIES;0611111111;\nNoor Jansen;;noor@example.org\nÉlodie de Vries;0622222222;\nDe Regenboog;020-1;\nAnna;0633333333;\n',
      ),
      undefined,
      before,
    );
    expect(plan.updates).toBe(2);
    const [els, noorRow, elsAgain, school] = plan.entries;
    expect(els!.update).toEqual({ phone: '0611111111', previous: before.persons[1]!.contact });
    expect(noorRow!.update).toEqual({ email: 'noor@example.org', previous: {} });
    expect(elsAgain!.status).toBe('onMap');
    expect(elsAgain!.update).toBeUndefined(); // one offer per person: the first row
    expect(school!.update).toBeUndefined(); // organisations keep their notes
    // Not chosen: nothing changes on the map.
    expect(contactListCommands(plan, before, 'nl').map((c) => c.type)).toEqual(['person.add']);
    // Chosen for Élodie: her phone is replaced, her note stays; all in the one batch.
    const commands = contactListCommands(plan, before, 'nl', { update: new Set([els!.line]) });
    expect(commands.map((c) => c.type)).toEqual(['person.contact.set', 'person.add']);
    const after = applyAll(before, commands);
    expect(after.persons.find((p) => p.id === 'p-els')!.contact).toEqual({
      phone: '0611111111',
      note: 'liefst na 17 uur',
    });
    expect(after.persons.find((p) => p.id === 'p-noor')!.contact).toBeUndefined();
    // Both chosen: Noor gets her e-mail.
    const both = applyAll(
      before,
      contactListCommands(plan, before, 'nl', { update: new Set([els!.line, noorRow!.line]) }),
    );
    expect(both.persons.find((p) => p.id === 'p-noor')!.contact).toEqual({ email: 'noor@example.org' });
    // The same list again offers nothing new for Élodie.
    expect(
      planContactList(table('Naam;Telefoon\nÉlodie de Vries;0611111111\n'), undefined, after).updates,
    ).toBe(0);
  });

  it('gives fresh ids next to the ids already taken', () => {
    const before = newDocument({
      focus: 'person-1',
      persons: [{ id: 'person-1', name: 'Noor', gender: 'woman' }],
    });
    const plan = planContactList(table('Anna\nBen\n'), undefined, before);
    const commands = contactListCommands(plan, before, 'en');
    expect(commands.map((c) => (c.type === 'person.add' ? c.person.id : ''))).toEqual([
      'person-2',
      'person-3',
    ]);
    // With the editor's client tag: ids no one else editing the map at the same time makes.
    const tagged = contactListCommands(plan, before, 'en', { idTag: 'k7q2m' });
    expect(tagged.map((c) => (c.type === 'person.add' ? c.person.id : ''))).toEqual([
      'person-k7q2m-1',
      'person-k7q2m-2',
    ]);
  });
});

describe('a new map from a list', () => {
  const LIST = 'Naam;Relatie;Telefoon\nNoor;;0611111111\nPiet;buurman;\nWijkteam;organisatie;\n';

  it('takes the first person as the client and everyone else unplaced', () => {
    const result = contactListDocument(planContactList(table(LIST)), {
      locale: 'nl',
      referenceDate: '2026-03-01',
    });
    if (!result.ok) throw new Error('refused');
    const doc = result.document;
    expect(doc.title).toBe('Netwerk van Noor');
    expect(doc.focus).toBe('p-focus');
    expect(doc.persons.map((p) => p.name)).toEqual(['Noor', 'Piet']);
    expect(doc.persons[0]!.contact).toEqual({ phone: '0611111111' });
    expect(doc.organisations.map((o) => o.name)).toEqual(['Wijkteam']);
    expect(doc.ties).toEqual([]);
    expect(result.added).toBe(2);
    expect(readDocument(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });

  it('takes the client named (from the list or a new name), and refuses an organisation or nobody', () => {
    const plan = planContactList(table(LIST));
    const named = contactListDocument(plan, { locale: 'en', focus: 'piet' });
    expect(named.ok && named.document.persons.map((p) => [p.id, p.name])).toEqual([
      ['p-focus', 'Piet'],
      ['person-1', 'Noor'],
    ]);
    const fresh = contactListDocument(plan, { locale: 'en', focus: '  Sam   de Vries ' });
    expect(fresh.ok && fresh.document.persons.map((p) => p.name)).toEqual(['Sam de Vries', 'Noor', 'Piet']);
    expect(fresh.ok && fresh.document.title).toBe('Network of Sam de Vries');
    const org = contactListDocument(plan, { locale: 'en', focus: 'WIJKTEAM' });
    expect(!org.ok && org.problem.key).toBe('interop.contacts.focusOrganisation');
    const none = contactListDocument(planContactList(table('Naam;Type\nWijkteam;organisatie\n')), {
      locale: 'nl',
    });
    expect(!none.ok && none.problem.key).toBe('interop.contacts.noPersons');
  });
});
