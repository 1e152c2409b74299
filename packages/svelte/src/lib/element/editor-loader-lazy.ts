/**
 * The editor's Svelte side (editor-module.ts) as a chunk of its own, for the element's code-split build
 * (`@kring/svelte/element`; vite.element-esm.config.ts puts this module in place of editor-loader.ts): the
 * entry draws the first picture without Svelte (first-picture.ts) and loads this right away.
 */
import type { EditorModule } from './editor-loader.js';

let loaded: EditorModule | undefined;
let pending: Promise<EditorModule> | undefined;

/** The editor's module once it has loaded. */
export function loadedEditor(): EditorModule | undefined {
  return loaded;
}

/** Loads the editor's module (once; a failed load is tried again on the next call). */
export function loadEditor(): Promise<EditorModule> {
  pending ??= import('./editor-module.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
