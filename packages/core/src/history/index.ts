/** Undo/redo history over immer patches. */
export * from './history.js';
