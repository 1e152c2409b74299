/**
 * The Svelte side of `<kring-editor>` and `mount()`: starts KringEditor in a box with reactive props. In the
 * element's code-split build (`@kring/svelte/element`) this module, with Svelte and the whole editor, is a
 * chunk loaded after the first picture (editor-loader-lazy.ts); elsewhere it is imported as it is
 * (editor-loader.ts), so the editor starts in the same task.
 */
import { flushSync, mount, unmount } from 'svelte';
import KringEditor from '../KringEditor.svelte';
import { preloadParts, preloadTabs } from '../lazy-parts.js';
import { preloadViews } from '../state/renderers.js';
import { reactiveProps, type BoundProps, type EditorProps } from './mount-props.svelte.js';

export interface StartedEditor {
  /** Changes some props in place (names the editor does not know are ignored) and runs the effects. */
  update(next: Partial<EditorProps>): void;
  /** Removes the editor with its listeners. */
  destroy(): void;
}

/**
 * Starts the editor inside `target` with `initial` as its props; `bound` gets the editor's own changes of
 * the props it binds (`document` after an edit, `view` after a view button). Its `onready` has run on return.
 */
export function startEditor(
  target: HTMLElement,
  initial: EditorProps,
  bound: BoundProps = {},
): StartedEditor {
  const { props, update } = reactiveProps(initial, bound);
  const component = mount(KringEditor, { target, props });
  flushSync();
  return {
    update(next) {
      update(next);
      flushSync();
    },
    destroy() {
      void unmount(component);
    },
  };
}

/** Loads every part the editor otherwise loads on first use (for `preloadEditor()`). */
export function preloadEverything(): Promise<unknown> {
  return Promise.all([preloadParts(), preloadTabs(), preloadViews()]);
}
