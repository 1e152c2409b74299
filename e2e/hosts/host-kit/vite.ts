/**
 * What the host pages' Vite configs share: a production build, with `@kring/svelte/element` resolved to the
 * built module the package ships (the file its `publishConfig.exports['./element']` names, written by
 * `pnpm build:element`), as an installed package resolves it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PluginOption, UserConfig } from 'vite';

const svelte = path.resolve(import.meta.dirname, '../../../packages/svelte');

/** The file `import '@kring/svelte/element'` loads from the packed package. */
export function elementModule(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(svelte, 'package.json'), 'utf8')) as {
    publishConfig: { exports: Record<string, { default: string }> };
  };
  const file = path.join(svelte, manifest.publishConfig.exports['./element']!.default);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run pnpm build:element first`);
  return file;
}

export function hostConfig(plugins: PluginOption[] = []): UserConfig {
  return {
    mode: 'production',
    logLevel: 'warn',
    plugins,
    resolve: { alias: [{ find: /^@kring\/svelte\/element$/, replacement: elementModule() }] },
    // The element module alone is over Vite's 500 kB warning until its first load shrinks (issue 11).
    build: { emptyOutDir: true, chunkSizeWarningLimit: 2000, reportCompressedSize: false },
  };
}
