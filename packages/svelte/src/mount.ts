/**
 * `mount(element, options)`: the editor in any page or framework without Svelte and without a custom
 * element. Returns `{ update, destroy, api, ready }`; `update` changes props in place, `destroy` removes the
 * editor with all its listeners.
 */
import { idTagProblem } from '@kring/core';
import { EditorHost, localeOf } from './lib/element/editor-host.js';
import { loadedEditor } from './lib/element/editor-loader.js';
import { forwardingApi } from './lib/element/forwarding-api.js';
import { localeReady } from './lib/element/locale-tables.js';
import { needsMigrations } from './lib/element/migrations-loader.js';
import type { EditorProps } from './lib/element/mount-props.svelte.js';
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
 * returns `{ update, destroy, api, ready }`. A document the reader refuses shows the error panel and calls
 * `onerror`: it never throws for that. Throws only when the editor could not start at all, or a `RangeError`
 * for an `idTag` that is not an id tag (also from `update`, which then changes nothing).
 *
 * The editor starts at once, and `api` works on return, wherever the editor's code and the words of its
 * locale are at hand: the single file, `@kring/svelte`, or a page where they have loaded before. In the
 * code-split `@kring/svelte/element` the editor (with Svelte) and each locale's words are chunks: the first
 * `mount()` starts the editor once they have loaded (in parallel with the first view's renderer), and
 * `ready` resolves then. Until it has, `api.select()` and `api.fit()` are remembered and run at the start,
 * and the methods that answer throw a `DOMException` named `InvalidStateError`. After `destroy()` `api`
 * calls no editor: `select()` and `fit()` do nothing, `getDocument()` answers the last document (with every
 * edit), the others throw that `InvalidStateError`.
 *
 * @example
 * ```ts
 * import { mount } from '@kring/svelte/element';
 *
 * const editor = mount(document.getElementById('box')!, { initialDocument: doc, locale: 'en', onchange: save });
 * (await editor.ready).fit();
 * editor.update({ locale: 'nl' });
 * editor.destroy();
 * ```
 */
export function mount(target: HTMLElement, options: MountOptions = {}): MountedEditor {
  checkIdTag(options);
  let destroyed = false;
  const forward = forwardingApi('mount()', (method) =>
    destroyed
      ? `the editor was destroyed (destroy()): api.${method}() has no editor to call`
      : `the editor has not started yet (its code or words are loading); await ready before calling api.${method}()`,
  );
  const host = new EditorHost(target, options, (api) => forward.forwardTo(api));
  // Where everything is at hand the editor has started by now; elsewhere `ready` says when.
  if (
    loadedEditor() &&
    localeReady(localeOf(options.locale)) &&
    !needsMigrations(options.document ?? options.initialDocument) &&
    !host.started
  )
    throw new Error('The Kring editor did not start.');
  return {
    update(next) {
      checkIdTag(next);
      host.update(next);
    },
    destroy() {
      // The API stops calling the editor (and keeps its document for getDocument()) before it goes.
      destroyed = true;
      forward.detach(false);
      host.destroy();
    },
    api: forward.api,
    ready: forward.ready,
  };
}
