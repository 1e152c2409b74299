/** `kring import <list.csv>`: a contact list as a new map, or added to a map with --into; exit codes. */
import { readFileSync } from 'node:fs';
import { altersOfFocus, readDocument, type KringDocument } from '@kring/core';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { memoryIO } from '../test-support/memory-io.js';

const example = readFileSync(
  new URL('../../../examples/cases/noor-bij-tante.kring.json', import.meta.url),
  'utf8',
);

function readBack(text: string): KringDocument {
  const result = readDocument(JSON.parse(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

const LIST =
  '\ufeffNaam;Relatie;Telefoon\r\nNoor;;0611111111\r\nPiet;buurman;612345678\r\nPiet;;\r\nWijkteam;organisatie;\r\n';

describe('kring import <list.csv>', () => {
  it('makes a new map: the first person is the focus, the others wait unplaced', () => {
    const io = memoryIO({ 'groslijst.csv': LIST });
    expect(run(['import', 'groslijst.csv'], io)).toBe(0);
    const doc = readBack(io.stdout);
    expect(doc.title).toBe('Netwerk van Noor');
    expect(doc.persons.map((p) => [p.id, p.name])).toEqual([
      ['p-focus', 'Noor'],
      ['person-1', 'Piet'],
    ]);
    expect(doc.organisations.map((o) => o.name)).toEqual(['Wijkteam']);
    expect(doc.ties).toEqual([]);
    expect(io.stderr).toContain('4 rijen gelezen (kolommen gescheiden door ";", utf-8, kopregel: ja).');
    expect(io.stderr).toContain('Focus: Noor');
    expect(io.stderr).toContain('Toegevoegd, nog niet geplaatst: 1 personen en 1 organisaties.');
    expect(io.stderr).toContain(
      'regel 4: Piet staat dubbel in de lijst (eerst op regel 3): één keer toegevoegd.',
    );
    expect(io.stderr).toContain(
      'regel 3: De voorloopnul die het rekenblad had weggelaten is teruggezet: 0612345678.',
    );
  });

  it('takes --focus as the client, from the list or as a new person, and writes -o', () => {
    const io = memoryIO({ 'lijst.tsv': 'Anna\tvriendin\nBen\tbuurman\n' });
    expect(run(['import', 'lijst.tsv', '--focus', 'Sam', '-o', 'sam.kring.json', '--locale', 'en'], io)).toBe(
      0,
    );
    const doc = readBack(io.written.get('sam.kring.json')!);
    expect(doc.persons.map((p) => p.name)).toEqual(['Sam', 'Anna', 'Ben']);
    expect(io.stderr).toContain('Added, not yet placed: 2 persons and 0 organisations.');
    expect(io.stderr).toContain('Written: sam.kring.json');
    const again = memoryIO({ 'lijst.tsv': 'Anna\tvriendin\nBen\tbuurman\n' });
    expect(run(['import', 'lijst.tsv', '--focus', 'ben'], again)).toBe(0);
    expect(readBack(again.stdout).persons.map((p) => [p.id, p.name])).toEqual([
      ['p-focus', 'Ben'],
      ['person-1', 'Anna'],
    ]);
  });

  it('adds to an existing map with --into: names on the map are not added twice, nobody is placed', () => {
    const before = readBack(example);
    const someone = before.persons.find((p) => p.id !== before.focus)!;
    const io = memoryIO({
      'noor.kring.json': example,
      'extra.csv': `Naam,Telefoon\n${someone.name.toUpperCase()},\nMevrouw Yilmaz,06-12\n`,
    });
    expect(
      run(
        ['import', 'extra.csv', '--into', 'noor.kring.json', '-o', 'noor.kring.json', '--locale', 'en'],
        io,
      ),
    ).toBe(0);
    const after = readBack(io.written.get('noor.kring.json')!);
    expect(after.persons.length).toBe(before.persons.length + 1);
    const added = after.persons.find((p) => p.name === 'Mevrouw Yilmaz')!;
    expect(added.contact).toEqual({ phone: '06-12' });
    expect(after.ties).toEqual(before.ties);
    expect(altersOfFocus(after).some((a) => a.id === added.id)).toBe(false);
    expect(io.stderr).toContain(
      `line 2: ${someone.name.toUpperCase()} is already on the map: not added again.`,
    );
  });

  it('uses --delimiter when given', () => {
    const io = memoryIO({ 'namen.txt': 'Jansen, Piet\nWit, Anna de\n' });
    expect(run(['import', 'namen.txt', '--delimiter', 'line'], io)).toBe(0);
    expect(readBack(io.stdout).persons.map((p) => p.name)).toEqual(['Jansen, Piet', 'Wit, Anna de']);
  });

  it('exits 1 on a list or map it cannot read, and 2 on a wrong command line', () => {
    const io = memoryIO({
      'leeg.csv': '\r\n;;\r\n',
      'werkmap.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]),
      'orgs.csv': 'Naam;Type\nWijkteam;organisatie\n',
      'lijst.csv': 'Anna\n',
      'kapot.kring.json': '{"format":"kring"',
    });
    expect(run(['import', 'leeg.csv', '--locale', 'en'], io)).toBe(1);
    expect(io.stderr).toContain('leeg.csv: The list is empty');
    expect(run(['import', 'werkmap.csv', '--locale', 'en'], io)).toBe(1);
    expect(io.stderr).toContain('Save it as CSV first');
    expect(run(['import', 'orgs.csv', '--locale', 'en'], io)).toBe(1);
    expect(io.stderr).toContain('The list holds no persons');
    expect(run(['import', 'ontbreekt.csv'], io)).toBe(1);
    expect(run(['import', 'lijst.csv', '--into', 'kapot.kring.json'], io)).toBe(1);
    expect(run(['import', 'lijst.csv', '--into', 'ontbreekt.kring.json'], io)).toBe(1);
    expect(run(['import', 'lijst.csv', '--delimiter', 'pipe', '--locale', 'en'], io)).toBe(2);
    expect(io.stderr).toContain('--delimiter is ";", ",", tab or line, not "pipe".');
    expect(run(['import', 'lijst.csv', '--generations', '2', '--locale', 'en'], io)).toBe(2);
    expect(io.stderr).toContain('--generations goes with a GEDCOM file');
    expect(run(['import', 'stamboom.ged', '--into', 'x.kring.json', '--locale', 'en'], io)).toBe(2);
    expect(io.stderr).toContain('--into goes with a contact list');
    const big = memoryIO({ 'groot.csv': new Uint8Array(5 * 1024 * 1024 + 1) });
    expect(run(['import', 'groot.csv', '--locale', 'en'], big)).toBe(1);
    expect(big.stderr).toContain('The list is too large');
  });
});
