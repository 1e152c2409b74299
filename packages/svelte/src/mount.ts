/**
 * `mount(element, options)`: the editor in any page or framework without Svelte and without a custom
 * element. Returns `{ update, destroy, api }`; `update` changes props in place, `destroy` removes the
 * editor with all its listeners.
 */
import { flushSync, mount as svelteMount, unmount } from 'svelte';
import KringEditor from './lib/KringEditor.svelte';
import { reactiveProps, type EditorProps } from './lib/element/mount-props.svelte.js';
import type { KringEditorApi } from './lib/state/api.js';

export type MountOptions = EditorProps;

export interface MountedEditor {
  /** Change some props (document, view, locale, readonly, messages, callbacks). */
  update(props: Partial<MountOptions>): void;
  /** Remove the editor from the element, with its listeners. */
  destroy(): void;
  /** The imperative API (undo, redo, fit, select, exportSvg, getDocument). */
  api: KringEditorApi;
}

export function mount(target: HTMLElement, options: MountOptions = {}): MountedEditor {
  let api: KringEditorApi | undefined;
  const { props, update } = reactiveProps({
    ...options,
    onready: (a) => {
      api = a;
      options?.onready?.(a);
    },
  });
  const component = svelteMount(KringEditor, { target, props });
  flushSync();
  if (!api) throw new Error('The Kring editor did not start.');
  return {
    update(next) {
      update(next);
      flushSync();
    },
    destroy() {
      void unmount(component);
    },
    api,
  };
}
