/**
 * The typings of `<kring-editor>` and `mount()` for hosts (`@kring/svelte/element`): the element's events
 * and their `detail` types, and the options of `mount()` (the element's interface itself, with
 * `HTMLElementTagNameMap`, is in element.ts beside its class). Plain TypeScript that imports no `.svelte` file, so that these declarations resolve
 * under every TypeScript module resolution (node16/nodenext included).
 */
import type { Id, KringDocument } from '@kring/core';
import type { KringErrorDetail } from './lib/element/document-input.js';
import type { KringEditorProps } from './lib/editor-props.js';
import type { KringEditorApi } from './lib/state/api.js';
import type { ChangeDetail, ChangeSource, Patch } from './lib/state/editor-state.svelte.js';
import type {
  EditorMessage,
  EditorMessageKey,
  EditorMessages,
  EditorOwnTemplates,
  EditorTemplates,
} from './lib/messages.js';
import type { ApplyResult } from './lib/state/verbs.js';

export type {
  ApplyResult,
  ChangeDetail,
  ChangeSource,
  EditorMessage,
  EditorMessageKey,
  EditorMessages,
  EditorOwnTemplates,
  EditorTemplates,
  KringEditorApi,
  KringEditorProps,
  KringErrorDetail,
  Patch,
};

/**
 * The options of `mount()`: the props of the editor, each with its type and documentation as
 * {@link KringEditorProps} declares it (docs/embedding.md, "Props"). `document` is not bound: after an edit
 * the host learns the new document from `onchange`.
 */
export type KringEditorOptions = Pick<KringEditorProps, keyof KringEditorProps>;

/** What `mount()` returns. */
export interface MountedEditor {
  /**
   * Change some props (document, view, locale, readonly, messages, idTag, callbacks). Throws a `RangeError`
   * for an `idTag` that is not an id tag, and then changes nothing.
   */
  update(props: Partial<KringEditorOptions>): void;
  /** Remove the editor from the element, with its listeners. */
  destroy(): void;
  /**
   * The imperative API (undo, redo, fit, select, exportSvg, getDocument, getHighlight, apply). Until the editor
   * has started (see `ready`), `select()` and `fit()` are remembered and run when it starts; the others throw
   * a `DOMException` named `InvalidStateError`. After `destroy()` it calls no editor: `select()` and `fit()`
   * do nothing, `getDocument()` answers the last document (with every edit), the others throw.
   */
  api: KringEditorApi;
  /**
   * Resolves with `api` once the editor has started: at once where the words of its locale are at hand, in
   * `@kring/svelte/element` when its locale's chunk has loaded.
   */
  ready: Promise<KringEditorApi>;
}

/** `detail` of `kringchange`: after every change of the document. */
export interface KringChangeDetail extends ChangeDetail {
  /** The document after the change (a new object each time; the one before is never mutated). */
  document: KringDocument;
}

/** `detail` of `kringselectionchange`. */
export interface KringSelectionChangeDetail {
  /** The document ids of the selected persons, organisations and households; empty when nothing is selected. */
  ids: Id[];
}

/** `detail` of `kringready`: once the editor has started (also `el.ready`). */
export interface KringReadyDetail {
  /** The imperative API, the same object as `el.api`. */
  api: KringEditorApi;
}

/** The events of `<kring-editor>` (they bubble and cross the shadow boundary). */
export interface KringEditorEventMap extends HTMLElementEventMap {
  /** After every change of the document (an edit, `api.apply`, undo, redo); not when the host sets `document`. */
  kringchange: CustomEvent<KringChangeDetail>;
  /** After every change of the selection. */
  kringselectionchange: CustomEvent<KringSelectionChangeDetail>;
  /** Once, when the editor has started: its API works from now on. */
  kringready: CustomEvent<KringReadyDetail>;
  /** When the document set is refused by the reader: the error panel shows instead of the drawing. */
  kringerror: CustomEvent<KringErrorDetail>;
}
