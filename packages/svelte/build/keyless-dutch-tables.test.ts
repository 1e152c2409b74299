import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { dutchInEnglishOrder } from './element-build.js';

const root = path.resolve(import.meta.dirname, '../../..');
/** Every Dutch message table of the packages (the single file holds those it shows). */
const dutchTables = fs
  .readdirSync(path.join(root, 'packages'))
  .flatMap((pkg) => {
    const src = path.join(root, 'packages', pkg, 'src');
    if (!fs.existsSync(src)) return [];
    return fs
      .readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.nl.ts'))
      .map((f) => path.join(src, f));
  })
  .sort();

test('each Dutch table, keyless in the single file, gets its own texts back under its own keys', async () => {
  expect(dutchTables.length).toBeGreaterThan(15);
  for (const file of dutchTables) {
    const table = dutchInEnglishOrder(file);
    expect(table, file).toBeDefined();
    const dutch = (await import(file))[table!.name] as Record<string, string>;
    const english = (await import(table!.englishFile))[table!.english] as Record<string, string>;
    // What zipTable() does when the module runs: the texts in the order of the English keys.
    const keys = Object.keys(english);
    const rebuilt = Object.fromEntries(keys.map((key, i) => [key, table!.texts[i]]));
    expect(rebuilt, file).toEqual(dutch);
    expect(Object.keys(rebuilt)).toEqual(keys);
  }
});

test('a Dutch table with a key its English twin lacks, or without one of its keys, fails the build', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-tables-'));
  try {
    fs.writeFileSync(path.join(dir, 'x.en.ts'), "export const xEn = { 'x.a': 'A', 'x.b': 'B' } as const;\n");
    fs.writeFileSync(path.join(dir, 'x.nl.ts'), "export const xNl = { 'x.b': 'Bee', 'x.a': 'Aa' };\n");
    expect(dutchInEnglishOrder(path.join(dir, 'x.nl.ts'))?.texts).toEqual(['Aa', 'Bee']);
    fs.writeFileSync(path.join(dir, 'x.nl.ts'), "export const xNl = { 'x.a': 'Aa', 'x.c': 'Cee' };\n");
    expect(() => dutchInEnglishOrder(path.join(dir, 'x.nl.ts'))).toThrow(/exactly the keys/);
    fs.writeFileSync(path.join(dir, 'x.nl.ts'), "export const xNl = { 'x.a': 'Aa', 'x.b': `B${1}` };\n");
    expect(() => dutchInEnglishOrder(path.join(dir, 'x.nl.ts'))).toThrow(/x\.b: not a string/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
