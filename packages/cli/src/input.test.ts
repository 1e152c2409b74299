/**
 * Every `kring` command that takes a `.kring.json` reads the same inputs the demo's open dialog reads: UTF-8
 * with or without a byte-order mark, UTF-16 LE/BE with one, and an SVG exported with the map inside.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import { memoryIO } from './test-support/memory-io.js';

const SOPHIA = readFileSync(new URL('../../core/fixtures/valid/sophia.kring.json', import.meta.url));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...le]);
}

const INPUTS = {
  'plain.kring.json': SOPHIA,
  'bom.kring.json': new Uint8Array([0xef, 0xbb, 0xbf, ...SOPHIA]),
  'le.kring.json': utf16(SOPHIA.toString('utf8'), 'le'),
  'be.kring.json': utf16(SOPHIA.toString('utf8'), 'be'),
};

describe('kring reads every input the demo reads', () => {
  it('validate: UTF-8 with and without a byte-order mark, UTF-16 LE and BE', () => {
    const io = memoryIO(INPUTS);
    expect(run(['validate', ...Object.keys(INPUTS), '--locale', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('4 of 4 files valid.');
  });

  it('render --embed writes an SVG that validate, migrate, render and layout all open again', () => {
    const io = memoryIO(INPUTS);
    expect(run(['render', 'le.kring.json', '--view', 'genogram', '--embed', '-o', 'map.svg'], io)).toBe(0);
    expect(io.written.get('map.svg')).toContain('<!-- kring-payload-start -->');

    expect(run(['validate', 'map.svg', '--locale', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('map.svg: valid');
    expect(run(['migrate', 'map.svg', '-o', 'back.kring.json'], io)).toBe(0);
    expect(JSON.parse(io.written.get('back.kring.json')!)).toEqual(JSON.parse(SOPHIA.toString('utf8')));
    io.stdout = '';
    expect(run(['render', 'map.svg', '--view', 'sociogram'], io)).toBe(0);
    expect(io.stdout).toMatch(/^<\?xml/);
    expect(io.stdout).not.toContain('kring-payload');
    io.stdout = '';
    expect(run(['layout', 'map.svg', '--view', 'ecogram'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ view: 'ecogram' });
  });

  it('says clearly that an SVG without the map cannot be opened', () => {
    const io = memoryIO(INPUTS);
    expect(run(['render', 'plain.kring.json', '--view', 'genogram', '-o', 'picture.svg'], io)).toBe(0);
    expect(run(['validate', 'picture.svg', '--locale', 'en'], io)).toBe(1);
    expect(io.stdout).toContain(
      'picture.svg: (document): This picture holds no Kring map. An SVG can be opened in Kring only when it was exported with "Open this map in Kring again later".',
    );
  });

  it('refuses a file that is not UTF-8 instead of reading it as "not valid JSON"', () => {
    const io = memoryIO({
      'latin1.kring.json': Buffer.from('{"format":"kring","title":"Jos\xe9"}', 'latin1'),
    });
    expect(run(['validate', 'latin1.kring.json', '--locale', 'en'], io)).toBe(1);
    expect(io.stdout).toContain('latin1.kring.json: (document): The file is not UTF-8 text.');
  });
});
