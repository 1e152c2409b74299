// Measures what a single file per language would weigh: builds dist/kring-editor.js as the script-tag build
// does (packages/svelte/vite.element.config.ts), once with only the Dutch words and once with only the
// English (the other language's message tables as empty objects), into a temporary folder, and prints each
// file's gzip -9 size beside the two-language file's. Nothing is written into the repository: such files
// are not built or shipped (the single file holds both languages).
// Run: `pnpm exec tsx scripts/measure-element-locale.ts` (`KRING_MEASURE_KEEP=1` keeps the files and says where).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Plugin } from 'vite';
import {
  elementSvelte,
  keylessDutchTables,
  sharedConfig,
  staticDynamicImports,
} from '../packages/svelte/build/element-build.js';
import { unshownWords } from '../packages/svelte/build/unshown-words.js';

const svelteRoot = path.join(import.meta.dirname, '../packages/svelte');
type Language = 'nl' | 'en' | 'both';

/** Every message table of `locale` (`packages/<pkg>/src/**\/*.<locale>.ts`) loads as an empty table. */
function withoutLocale(locale: 'nl' | 'en'): Plugin {
  const table = new RegExp(`[\\\\/]packages[\\\\/][^\\\\/]+[\\\\/]src[\\\\/].*\\.${locale}\\.ts$`);
  return {
    name: 'kring:measure-without-locale',
    enforce: 'pre',
    load(id) {
      if (!table.test(id)) return null;
      const name = /^export const (\w+)/m.exec(fs.readFileSync(id, 'utf8'))?.[1];
      return name === undefined ? null : `export const ${name} = {};\n`;
    },
  };
}

async function measure(language: Language): Promise<number> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `kring-element-${language}-`));
  const config: InlineConfig = {
    ...sharedConfig,
    configFile: false,
    root: svelteRoot,
    logLevel: 'error',
    plugins: [
      ...(language === 'both' ? [] : [withoutLocale(language === 'nl' ? 'en' : 'nl')]),
      unshownWords(),
      // Dutch tables are stored in their English twins' order: not without the English ones.
      ...(language === 'nl' ? [] : [keylessDutchTables()]),
      elementSvelte(),
      staticDynamicImports(),
    ],
    resolve: { alias: [{ find: /^\.\/worker-factory\.js$/, replacement: './worker-factory-none.js' }] },
    build: {
      ...sharedConfig.build,
      outDir,
      emptyOutDir: true,
      rolldownOptions: { output: { minify: true, comments: false, codeSplitting: false } },
      lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'kring-editor.js' },
    },
  };
  await build(config);
  const code = fs.readFileSync(path.join(outDir, 'kring-editor.js'));
  if (process.env.KRING_MEASURE_KEEP === '1') console.log(`(kept: ${outDir})`);
  else fs.rmSync(outDir, { recursive: true, force: true });
  return gzipSync(code, { level: 9 }).length;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const both = await measure('both');
console.log(`kring-editor.js, both languages (as built): ${kB(both)} gzip (budget 150.0 kB)`);
for (const language of ['nl', 'en'] as const) {
  const size = await measure(language);
  console.log(
    `kring-editor.${language}.js, ${language} words only:      ${kB(size)} gzip (${kB(size - both)}; budget 150.0 kB)`,
  );
}
