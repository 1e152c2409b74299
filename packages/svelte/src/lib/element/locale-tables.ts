/**
 * The message tables of one locale at a time, for the element's code-split build (`@kring/svelte/element`,
 * vite.element-esm.config.ts). There, the build (build/element-build.ts, `localeTables()`) gives every
 * first-load table (core's base parts, the editor's `ui.*` and links' words) to the code as an empty object
 * from {@link liveTable}, and puts the real tables of each locale into a chunk of their own
 * (locale-nl.ts, locale-en.ts): a page loads the words of the language it shows, not of both. The
 * translators read their parts at each call (core's `createTranslator`), so they find the words once
 * {@link loadLocale} has filled them. The element and `mount()` start the editor only when its locale is
 * ready, and switch to another locale once its words are there.
 *
 * Everywhere else (the single file, `@kring/svelte`, the tests) the tables are imported as they are: no
 * table is live, every locale is ready, and nothing here loads anything.
 */
import type { Locale } from '@kring/core';

type Table = Record<string, string>;

const live: Record<Locale, Record<string, Table>> = { nl: {}, en: {} };
const loaded = new Set<Locale>();
const pending = new Map<Locale, Promise<void>>();
let lazy = false;

/** The chunks with each locale's tables. The paths are literal so that bundlers split them off. */
const LOADERS: Record<Locale, () => Promise<{ tables: Record<string, Table> }>> = {
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
  return !lazy || loaded.has(locale);
}

/** Loads the words of `locale` (once; a failed load is tried again on the next call). */
export function loadLocale(locale: Locale): Promise<void> {
  if (localeReady(locale)) return Promise.resolve();
  let load = pending.get(locale);
  if (!load) {
    load = LOADERS[locale]().then(
      ({ tables }) => {
        for (const [part, table] of Object.entries(tables)) Object.assign(liveTable(locale, part), table);
        loaded.add(locale);
        pending.delete(locale);
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, load);
  }
  return load;
}
