/**
 * Browser tests' setup: every view's code loaded before a test starts, so an editor draws its (small) map
 * synchronously from the start, as before views were loaded lazily. The loading state itself is tested with
 * a registry of its own (scene-loading.browser.test.ts).
 */
import { preloadViews } from '../renderers.js';

await preloadViews();
