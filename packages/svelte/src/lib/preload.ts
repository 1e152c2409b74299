/** Loading what the editor otherwise loads on first use, ahead of time. */
import { loadLocale } from './element/locale-tables.js';
import { preloadParts } from './lazy-parts.js';
import { preloadViews } from './state/renderers.js';

/**
 * Loads everything the editor otherwise loads on first use — every view's renderer, the parts the first
 * picture does not need, the side panel's other tabs and both locales' words — for a host that wants no request later (e.g. a
 * page that prefetches the editor while it settles, so that opening a map or a tab fetches nothing).
 */
export async function preloadEditor(): Promise<void> {
  await Promise.all([
    preloadParts(),
    import('./preload-tabs.js').then((m) => m.preloadTabs()),
    preloadViews(),
    loadLocale('nl'),
    loadLocale('en'),
  ]);
}
