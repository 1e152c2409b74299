import { readFileSync } from 'node:fs';
import { readDocument } from '@kring/core';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { memoryIO } from '../test-support/memory-io.js';

const gedcom = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../../gedcom/fixtures/${path}`, import.meta.url)));
const example = readFileSync(
  new URL('../../../examples/cases/noor-bij-tante.kring.json', import.meta.url),
  'utf8',
);

describe('kring import', () => {
  it('turns a GEDCOM file into a valid map on stdout, with the report on stderr', () => {
    const io = memoryIO({ 'family.ged': gedcom('gedcom-5.5.5/555SAMPLE.GED') });
    expect(run(['import', 'family.ged', '--locale', 'en'], io)).toBe(0);
    const read = readDocument(io.stdout);
    expect(read.ok).toBe(true);
    expect(io.stderr).toContain(
      'Read 3 persons, 1 couples and 3 parent-child links from 3 individuals and 2 families.',
    );
    expect(io.stderr).toContain('GEDCOM 5.5.5, utf-8');
    expect(io.stderr).toContain('Mary Ann Wilson, birth: "BEF 1828" → ~1828');
    expect(io.stderr).toContain('SOUR: 1×');
  });

  it('writes to -o, takes --focus and --generations, in Dutch by default', () => {
    const io = memoryIO({ 'royal92.ged': gedcom('public/royal92.ged') });
    const code = run(
      ['import', 'royal92.ged', '-o', 'out.kring.json', '--focus', 'Victoria Hanover', '--generations', '2'],
      io,
    );
    expect(code).toBe(0);
    const read = readDocument(io.written.get('out.kring.json')!);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.document.persons.find((p) => p.id === read.document.focus)!.name).toMatch(/^Victoria/);
      expect(read.document.persons.length).toBeLessThan(100);
    }
    expect(io.stderr).toContain('Geschreven: out.kring.json');
    expect(io.stderr).toContain('buiten de familie van de centrale persoon zijn weggelaten');
    expect(io.stdout).toBe('');
  });

  it('refuses files it cannot import with exit code 1, and a wrong command line with 2', () => {
    const sample = new TextDecoder().decode(gedcom('gedcom-5.5.5/555SAMPLE.GED'));
    const io = memoryIO({
      'cut.ged': sample.slice(0, 600),
      'empty.ged': gedcom('gedcom-5.5.5/MINIMAL555.GED'),
      'map.kring.json': example,
    });
    expect(run(['import', 'cut.ged', '--locale', 'en'], io)).toBe(1);
    expect(io.stderr).toMatch(/cut\.ged: line \d+: The file ends at line \d+/);
    expect(run(['import', 'empty.ged', '--locale', 'en'], io)).toBe(1);
    expect(io.stderr).toContain('holds no persons');
    expect(run(['import', 'missing.ged'], io)).toBe(1);
    expect(run(['import', 'map.kring.json', '--locale', 'en'], io)).toBe(1);
    expect(io.stderr).toContain('Kring can import a GEDCOM file');
    expect(run(['import', 'cut.ged', '--generations', 'three'], io)).toBe(2);
    expect(run(['import'], io)).toBe(2);
    expect(run(['import', 'a.ged', '--colour'], io)).toBe(2);
  });
});

describe('kring export', () => {
  it('writes the family as GEDCOM 7.0 and 5.5.1, and the network as GraphML, to stdout', () => {
    for (const [to, marker] of [
      ['gedcom', '2 VERS 7.0'],
      ['gedcom5', '2 VERS 5.5.1'],
      ['graphml', '<graphml'],
    ] as const) {
      const io = memoryIO({ 'map.kring.json': example });
      expect(run(['export', 'map.kring.json', '--to', to], io)).toBe(0);
      expect(io.stdout).toContain(marker);
    }
  });

  it('writes four CSV files into the folder named by -o', () => {
    const io = memoryIO({ 'map.kring.json': example });
    expect(run(['export', 'map.kring.json', '--to', 'csv', '-o', 'out', '--pseudonymise'], io)).toBe(0);
    expect(io.folders).toEqual(['out']);
    expect([...io.written.keys()].sort()).toEqual(
      ['out/organisations.csv', 'out/persons.csv', 'out/relations.csv', 'out/ties.csv'].sort(),
    );
    expect(io.written.get('out/persons.csv')).not.toContain('Noor');
  });

  it('refuses a wrong command line with 2 and a bad map with 1', () => {
    const io = memoryIO({ 'map.kring.json': example, 'bad.kring.json': '{"format":"kring"}' });
    expect(run(['export', 'map.kring.json'], io)).toBe(2);
    expect(run(['export', 'map.kring.json', '--to', 'pdf'], io)).toBe(2);
    expect(run(['export', 'map.kring.json', '--to', 'csv'], io)).toBe(2);
    expect(run(['export', 'map.kring.json', '--to', 'gedcom', '--pseudonymise', '--locale', 'en'], io)).toBe(
      2,
    );
    expect(io.stderr).toContain('cannot be pseudonymised');
    expect(run(['export', 'bad.kring.json', '--to', 'graphml'], io)).toBe(1);
    expect(run(['export', 'missing.kring.json', '--to', 'graphml'], io)).toBe(1);
  });

  it('is listed in kring --help', () => {
    const io = memoryIO({});
    expect(run(['--help', '--locale', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('import <file.ged|.csv>');
    expect(io.stdout).toContain('export <file> --to gedcom|gedcom5|graphml|csv');
  });
});
