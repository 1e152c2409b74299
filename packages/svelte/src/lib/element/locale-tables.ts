/**
 * The message tables of one locale at a time, for the element's code-split build (`@kring/svelte/element`,
 * vite.element-esm.config.ts). There, the build (build/element-build.ts, `localeTables()`) gives every
 * first-load table (core's base parts, the editor's `ui.*` and links' words) to the code as an empty object
 * from {@link liveTable}, and puts the real tables of each locale into two chunks of their own: the words a
 * drawing holds (core's `enums` and `render`: locale-nl-first.ts, locale-en-first.ts), which the first
 * picture waits for ({@link loadPictureWords}), and the editor's other words (locale-nl.ts, locale-en.ts). A
 * page loads the words of the language it shows, not of both. The
 * translators read their parts at each call (core's `createTranslator`), so they find the words once
 * {@link loadLocale} has filled them. The element and `mount()` start the editor only when its locale is
 * ready, and switch to another locale once its words are there.
 *
 * Everywhere else (the script-tag file, `@kring/svelte`, the tests) the tables are imported as they are: no
 * table is live, every locale is ready, and nothing here loads anything.
 */
import type { Locale } from '@kring/core';

type Table = Record<string, string>;

type Chunk = () => Promise<{ tables: Record<string, Table> }>;

const live: Record<Locale, Record<string, Table>> = { nl: {}, en: {} };
const loaded = new Set<Chunk>();
const pending = new Map<Chunk, Promise<void>>();
let lazy = false;

/** The chunks with each locale's tables. The paths are literal so that bundlers split them off. */
const PICTURE: Record<Locale, Chunk> = {
  nl: () => import('./locale-nl-first.js'),
  en: () => import('./locale-en-first.js'),
};
const REST: Record<Locale, Chunk> = {
  nl: () => import('./locale-nl.js'),
  en: () => import('./locale-en.js'),
};

/**
 * For the build's stand-in table modules only: the table `part` (`read`, `ui`, …) of `locale`, empty until
 * its locale is loaded.
 */
export function liveTable(locale: Locale, part: string): Table {
  lazy = true;
  return (live[locale][part] ??= {});
}

/** True when the words of `locale` are here (always, outside the element's code-split build). */
export function localeReady(locale: Locale): boolean {
  return !lazy || (loaded.has(PICTURE[locale]) && loaded.has(REST[locale]));
}

/** Loads one chunk of `locale`'s words (once; a failed load is tried again on the next call). */
function loadChunk(locale: Locale, chunk: Chunk): Promise<void> {
  if (!lazy || loaded.has(chunk)) return Promise.resolve();
  let load = pending.get(chunk);
  if (!load) {
    load = chunk().then(
      ({ tables }) => {
        for (const [part, table] of Object.entries(tables)) Object.assign(liveTable(locale, part), table);
        loaded.add(chunk);
        pending.delete(chunk);
      },
      (error: unknown) => {
        pending.delete(chunk);
        throw error;
      },
    );
    pending.set(chunk, load);
  }
  return load;
}

/** Loads the words a drawing of `locale` holds (the first picture's), not the editor's. */
export function loadPictureWords(locale: Locale): Promise<void> {
  return loadChunk(locale, PICTURE[locale]);
}

/** Loads the words of `locale` (once; a failed load is tried again on the next call). */
export function loadLocale(locale: Locale): Promise<void> {
  return Promise.all([loadChunk(locale, PICTURE[locale]), loadChunk(locale, REST[locale])]).then(
    () => undefined,
  );
}
