/** Loading what the editor otherwise loads on first use, ahead of time. */
import { loadEditor } from './element/editor-loader.js';
import { loadLocale } from './element/locale-tables.js';

/**
 * Loads everything the editor otherwise loads on first use — the editor itself (in `@kring/svelte/element`
 * a chunk loaded after the first picture), every view's renderer, the parts the first picture does not
 * need, the side panel's other tabs and both locales' words — for a host that wants no request later (e.g.
 * a page that prefetches the editor while it settles, so that opening a map or a tab fetches nothing).
 */
export async function preloadEditor(): Promise<void> {
  await Promise.all([
    loadEditor().then((editor) => editor.preloadEverything()),
    loadLocale('nl'),
    loadLocale('en'),
  ]);
}
