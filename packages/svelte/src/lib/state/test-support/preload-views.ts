/**
 * Browser tests' setup: every view's code loaded before a test starts, and every map laid out synchronously
 * whatever its size, so that a test sees the drawing right after a flush, as before views were loaded lazily
 * and large maps went off the main thread. The loading state, the worker and the slices are tested with
 * registries and thresholds of their own (state/scene-pipeline.browser.test.ts, e2e/element-worker.e2e.ts).
 */
import { setDefaultThresholds } from '../layout-scheduler.js';
import { preloadViews } from '../renderers.js';

setDefaultThresholds({ syncMaxMs: Infinity, offMainEntities: Infinity, syncEntities: Infinity });
await preloadViews();
