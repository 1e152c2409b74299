/**
 * Message parts the element never shows, left out of both element builds: core's `files` part (what reading
 * a file's bytes and writing a document say: the demo's and the CLI's; the element neither reads files nor
 * writes documents). Each table module of such a part becomes an empty table, so core's translators in the
 * element do not know those keys; and since a key the element shows would then reach the user bare, the
 * build fails when any chunk's code still holds one of them (a module that could show it).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The parts the element leaves out, by their English table file (the Dutch twin is beside it). */
const UNSHOWN = ['packages/core/src/i18n/parts/files.en.ts'];
const root = path.resolve(import.meta.dirname, '../../..');

/** The table modules left out (both locales), and the export name of each. */
export function unshownTables(): Map<string, string> {
  const out = new Map<string, string>();
  for (const english of UNSHOWN)
    for (const file of [english, english.replace(/\.en\.ts$/, '.nl.ts')]) {
      const full = path.join(root, file);
      const name = /^export const (\w+)/m.exec(fs.readFileSync(full, 'utf8'))?.[1];
      if (!name) throw new Error(`unshownWords(): no \`export const\` in ${file}`);
      out.set(full, name);
    }
  return out;
}

/** The keys of the parts left out. */
export function unshownKeys(): string[] {
  return UNSHOWN.flatMap((file) =>
    [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/^\s*'([\w.]+)':/gm)].map((m) => m[1]!),
  );
}

/** The plugin: stand-in empty tables, and the check that no chunk's code names a key left out. */
export function unshownWords(): Plugin {
  const tables = unshownTables();
  const keys = unshownKeys();
  return {
    name: 'kring:unshown-words',
    enforce: 'pre',
    load(id) {
      const name = tables.get(id);
      return name === undefined ? null : `export const ${name} = {};\n`;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk')
          for (const key of keys)
            if (
              file.code.includes(`"${key}"`) ||
              file.code.includes(`'${key}'`) ||
              file.code.includes(`\`${key}`)
            )
              this.error(
                `${file.fileName} holds "${key}", whose words the element leaves out (build/unshown-words.ts): move the key into a part the element shows`,
              );
    },
  };
}
