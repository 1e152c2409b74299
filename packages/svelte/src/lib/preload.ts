/** Loading what the editor otherwise loads on first use, ahead of time. */
import { preloadParts } from './lazy-parts.js';
import { preloadViews } from './state/renderers.js';

/**
 * Loads everything the editor otherwise loads on first use — every view's renderer and the parts the first
 * picture does not need — for a host that wants no request later (e.g. a page that prefetches the editor
 * while it settles, so that opening a map fetches nothing).
 */
export async function preloadEditor(): Promise<void> {
  await Promise.all([preloadParts(), preloadViews()]);
}
