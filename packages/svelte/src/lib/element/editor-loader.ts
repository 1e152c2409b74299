/**
 * The editor's Svelte side (editor-module.ts), at hand at once: the script-tag file, `@kring/svelte` and the
 * tests. The element's code-split build replaces this module with editor-loader-lazy.ts (an alias in
 * vite.element-esm.config.ts), where the editor is a chunk loaded after the first picture.
 */
import * as editor from './editor-module.js';

export type EditorModule = typeof editor;

/** The editor's module when it is here (always, in this build). */
export function loadedEditor(): EditorModule | undefined {
  return editor;
}

/** The editor's module. */
export function loadEditor(): Promise<EditorModule> {
  return Promise.resolve(editor);
}
