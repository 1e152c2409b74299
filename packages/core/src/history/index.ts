/** Undo/redo history over immer patches. */
export * from './history.js';
export { applySharedPatches } from './apply-shared-patches.js';
