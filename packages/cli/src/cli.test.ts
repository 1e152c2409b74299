import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import { memoryIO } from './test-support/memory-io.js';

const FIXTURES = new URL('../../core/fixtures/', import.meta.url);
const fixture = (path: string): string => readFileSync(new URL(path, FIXTURES), 'utf8');

describe('kring', () => {
  it('prints the command list on --help and refuses unknown commands', () => {
    const io = memoryIO({});
    expect(run(['--help', '--locale', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('validate <file…>');
    expect(io.stdout).toContain('migrate <in> -o <out>');
    expect(run(['draw'], io)).toBe(2);
    expect(io.stderr).toContain('Onbekende opdracht "draw".');
    expect(run([], io)).toBe(2);
  });
});

describe('kring validate', () => {
  it('says valid and exits 0 for a valid file', () => {
    const io = memoryIO({ 'a.kring.json': fixture('valid/sophia.kring.json') });
    expect(run(['validate', 'a.kring.json', '--locale', 'en'], io)).toBe(0);
    expect(io.stdout).toBe('a.kring.json: valid\n');
  });

  it('prints every problem as file: path: message, in Dutch by default, and exits 1', () => {
    const io = memoryIO({ 'x.json': fixture('invalid/ref-missing.kring.json') });
    expect(run(['validate', 'x.json'], io)).toBe(1);
    expect(io.stdout.split('\n')).toEqual([
      'x.json: partnerships[0].b: Niets in dit document heeft de id "p-nobody".',
      'x.json: parentChild[1].partnership: De ouder "p-bram" is geen van beide partners van partnerrelatie "pa-anna-bram".',
      '',
    ]);
  });

  it('prints warnings and still exits 0', () => {
    const doc = JSON.parse(fixture('valid/minimal.kring.json')) as Record<string, unknown>;
    doc['layouts'] = { genogram: { positions: { gone: { x: 0, y: 0 } } } };
    const io = memoryIO({ 'w.json': JSON.stringify(doc) });
    expect(run(['validate', '--locale=en', 'w.json'], io)).toBe(0);
    expect(io.stdout).toContain(
      'w.json: layouts.genogram.positions.gone: warning: The saved position of "gone" was dropped',
    );
  });

  it('reports a missing file, a broken file and a huge file clearly, and sums up', () => {
    const io = memoryIO(
      { 'broken.json': '{"format": "kring",\n "version": 1,, }', 'huge.json': '{}' },
      { 'huge.json': 30 * 1024 * 1024 },
    );
    expect(run(['validate', 'missing.json', 'broken.json', 'huge.json', '--locale', 'en'], io)).toBe(1);
    expect(io.stdout).toContain('missing.json: The file does not exist.');
    expect(io.stdout).toContain('broken.json: (document): This is not valid JSON (line 2, column 15).');
    expect(io.stdout).toContain('huge.json: (document): The file is too large (31457280 bytes');
    expect(io.stdout).toContain('0 of 3 files valid.');
  });

  it('refuses a bad command line with exit code 2', () => {
    const io = memoryIO({});
    expect(run(['validate'], io)).toBe(2);
    expect(run(['validate', 'a.json', '--locale', 'fr'], io)).toBe(2);
    expect(io.stderr).toContain('Unknown language "fr"');
    expect(run(['validate', 'a.json', '--colour'], io)).toBe(2);
  });
});

describe('kring migrate', () => {
  it('writes a v0 draft as the current version and reports the conversion', () => {
    const io = memoryIO({ 'old.json': fixture('v0/bakker-draft.json') });
    expect(run(['migrate', 'old.json', '-o', 'new.kring.json', '--locale', 'en'], io)).toBe(0);
    expect(io.written.get('new.kring.json')).toBe(fixture('v0/bakker-draft.expected.kring.json'));
    expect(io.stderr).toContain('Wrote new.kring.json in format version 2 (read as version 0).');
    expect(io.stdout).toBe('');
  });

  it('writes to standard output with -o -', () => {
    const io = memoryIO({ 'a.json': fixture('valid/sophia.kring.json') });
    expect(run(['migrate', 'a.json', '-o', '-'], io)).toBe(0);
    expect(io.stdout).toBe(fixture('valid/sophia.kring.json'));
  });

  it('writes nothing for an invalid or missing file, and needs -o', () => {
    const io = memoryIO({ 'bad.json': fixture('v0/broken-draft.json') });
    expect(run(['migrate', 'bad.json', '-o', 'out.json', '--locale', 'en'], io)).toBe(1);
    expect(io.stderr).toContain('bad.json: people[0].sex: "V" is not allowed here; choose one of: M, F.');
    expect(run(['migrate', 'nope.json', '-o', 'out.json'], io)).toBe(1);
    expect(run(['migrate', 'bad.json'], io)).toBe(2);
    expect(io.written.size).toBe(0);
  });
});
