import path from 'node:path';
import type { Plugin } from 'vite';
import { expect, test } from 'vitest';
import { en } from '../../core/src/i18n/en.js';
import { unshownKeys, unshownTables, unshownWords } from './unshown-words.js';

const root = path.resolve(import.meta.dirname, '../../..');
type Hook = (this: { error(message: string): never }, ...args: unknown[]) => unknown;
const hook = (plugin: Plugin, name: 'load' | 'generateBundle') => plugin[name] as unknown as Hook;
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};

test("the files part's tables (both locales) load as empty tables; other tables as they are", () => {
  const plugin = unshownWords();
  const files = path.join(root, 'packages/core/src/i18n/parts/files');
  expect(hook(plugin, 'load').call(context, `${files}.en.ts`)).toBe('export const filesEn = {};\n');
  expect(hook(plugin, 'load').call(context, `${files}.nl.ts`)).toBe('export const filesNl = {};\n');
  expect(hook(plugin, 'load').call(context, path.join(root, 'packages/core/src/i18n/parts/read.en.ts'))).toBe(
    null,
  );
  expect(unshownTables().size).toBe(2);
});

test('the keys left out are keys of the catalogue: the reader of bytes and the writer', () => {
  const keys = unshownKeys();
  expect(keys).toContain('read.write.tooLarge');
  expect(keys).toContain('read.encoding');
  expect(keys.filter((key) => !(key in en))).toEqual([]);
});

test('a chunk whose code names a key left out fails the build; one without passes', () => {
  const plugin = unshownWords();
  const bundle = (code: string) => ({ 'a.js': { type: 'chunk', fileName: 'a.js', code } });
  expect(() =>
    hook(plugin, 'generateBundle').call(context, {}, bundle(`error([], "read.write.tooLarge", {})`)),
  ).toThrow(/a\.js holds "read\.write\.tooLarge"/);
  expect(() =>
    hook(plugin, 'generateBundle').call(context, {}, bundle(`t("read.tooNew", { version: 3 })`)),
  ).not.toThrow();
});
