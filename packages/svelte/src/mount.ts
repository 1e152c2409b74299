/**
 * `mount(element, options)`: the editor in any page or framework without Svelte and without a custom
 * element. Returns `{ update, destroy, api }`; `update` changes props in place, `destroy` removes the
 * editor with all its listeners.
 */
import { idTagProblem } from '@kring/core';
import { flushSync, mount as svelteMount, unmount } from 'svelte';
import KringEditor from './lib/KringEditor.svelte';
import { reactiveProps, type EditorProps } from './lib/element/mount-props.svelte.js';
import type { KringEditorApi } from './lib/state/api.js';
import type { KringEditorOptions, MountedEditor } from './element-types.js';

/** The options of `mount()`: the editor's props (derived from `KringEditorProps` in element-types.ts). */
export type MountOptions = KringEditorOptions;
export type { MountedEditor };

// Every prop of the editor is a mount option: KringEditorOptions must keep every prop of KringEditor.
type Unlisted = Exclude<keyof EditorProps, keyof KringEditorOptions>;
const everyPropListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyPropListed;
// …with a type that accepts every value the prop accepts (e.g. each tab of `panel`).
type Narrower = {
  [K in keyof EditorProps & keyof KringEditorOptions]-?: [Required<EditorProps>[K]] extends [
    Required<KringEditorOptions>[K],
  ]
    ? never
    : K;
}[keyof EditorProps & keyof KringEditorOptions];
const everyValueAccepted: [Narrower] extends [never] ? true : Narrower = true;
void everyValueAccepted;

/** Throws for an `idTag` that is not an id tag (the component would only log it): before anything changes. */
function checkIdTag(options: Partial<MountOptions>): void {
  if (!('idTag' in Object(options)) || options.idTag === undefined) return;
  const problem = idTagProblem(options.idTag);
  if (problem !== undefined) throw new RangeError(`mount(): ${problem}`);
}

/**
 * Starts the editor inside `target` (which it fills; give it a height) with `options` as its props, and
 * returns `{ update, destroy, api }` once it has started. A document the reader refuses shows the error panel
 * and calls `onerror`: it never throws for that. Throws only when the editor could not start at all, or a
 * `RangeError` for an `idTag` that is not an id tag (also from `update`, which then changes nothing).
 *
 * @example
 * ```ts
 * import { mount } from '@kring/svelte/element';
 *
 * const editor = mount(document.getElementById('box')!, { initialDocument: doc, locale: 'en', onchange: save });
 * editor.update({ locale: 'nl' });
 * editor.destroy();
 * ```
 */
export function mount(target: HTMLElement, options: MountOptions = {}): MountedEditor {
  checkIdTag(options);
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
      checkIdTag(next);
      update(next);
      flushSync();
    },
    destroy() {
      void unmount(component);
    },
    api,
  };
}
