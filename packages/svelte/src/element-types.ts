/**
 * The typings of `<kring-editor>` and `mount()` for hosts (`@kring/svelte/element`): the element's events
 * and their `detail` types, and the options of `mount()` (the element's interface itself, with
 * `HTMLElementTagNameMap`, is in element.ts beside its class). Plain TypeScript that imports no `.svelte` file, so that these declarations resolve
 * under every TypeScript module resolution (node16/nodenext included).
 */
import type { Id, KringDocument, Locale, View } from '@kring/core';
import type { KringErrorDetail } from './lib/element/document-input.js';
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
  KringErrorDetail,
  Patch,
};

/** The options of `mount()`: the props of the editor (docs/embedding.md, "Props"). */
export interface KringEditorOptions {
  /** The document, controlled; read by core's `readDocument` (JSON text too). */
  document?: KringDocument;
  /** The document to start with when `document` is not given (uncontrolled). */
  initialDocument?: KringDocument;
  /** The drawing shown: `genogram` (default), `ecogram` or `sociogram`. */
  view?: View;
  /** Language of every string: `nl` (default) or `en`. */
  locale?: Locale;
  /** Display only: no editing. */
  readonly?: boolean;
  /** Initials instead of names, in the drawing, the panels and exports. */
  pseudonymise?: boolean;
  /** Replace single catalogue strings, e.g. `{ 'ui.toolbar.addPerson': 'Nieuw' }`. */
  messages?: EditorMessages;
  /** Show the side panels beside the drawing (default true). */
  panels?: boolean;
  /** Whether the side panel is open (default true). */
  panelsOpen?: boolean;
  /**
   * Which tab of the side panel shows: `map` (default), `plan` (the plan workspace, wide), `insight` or
   * `snapshots` (the network in time: snapshots, comparison and replay).
   */
  panel?: 'map' | 'plan' | 'insight' | 'snapshots';
  /** After every change of the document: the new document, its immer patches and what caused it. */
  onchange?: (document: KringDocument, detail: ChangeDetail) => void;
  /** After every change of the selection: the selected ids. */
  onselectionchange?: (ids: Id[]) => void;
  /** Once, after the editor has started: the imperative API. */
  onready?: (api: KringEditorApi) => void;
  /** When `document` (or `initialDocument`) is refused by the reader. */
  onerror?: (detail: KringErrorDetail) => void;
}

/** What `mount()` returns. */
export interface MountedEditor {
  /** Change some props (document, view, locale, readonly, messages, callbacks). */
  update(props: Partial<KringEditorOptions>): void;
  /** Remove the editor from the element, with its listeners. */
  destroy(): void;
  /** The imperative API (undo, redo, fit, select, exportSvg, getDocument, apply). */
  api: KringEditorApi;
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
