/**
 * The typings of `<kring-editor>` and `mount()` for hosts (`@kring/svelte/element`): the element's
 * properties, `api` and `ready`, its events and their `detail` types, `HTMLElementTagNameMap`, and the
 * options of `mount()`. Plain TypeScript that imports no `.svelte` file, so that these declarations resolve
 * under every TypeScript module resolution (node16/nodenext included).
 */
import type { Id, KringDocument, Locale, View } from '@kring/core';
import type { KringErrorDetail } from './lib/element/document-input.js';
import type { KringEditorApi } from './lib/state/api.js';
import type { ChangeDetail, ChangeSource } from './lib/state/editor-state.svelte.js';
import type { EditorMessage, EditorMessageKey, EditorMessages, EditorTemplates } from './lib/messages.js';
import type { ApplyResult } from './lib/state/verbs.js';

export type {
  ApplyResult,
  ChangeDetail,
  ChangeSource,
  EditorMessage,
  EditorMessageKey,
  EditorMessages,
  EditorTemplates,
  KringEditorApi,
  KringErrorDetail,
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
  /** Which tab of the side panel shows: `map` (default), `plan` (the plan workspace, wide) or `insight`. */
  panel?: 'map' | 'plan' | 'insight';
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
  document: KringDocument;
}

/** `detail` of `kringselectionchange`. */
export interface KringSelectionChangeDetail {
  ids: Id[];
}

/** `detail` of `kringready`: once the editor has started (also `el.ready`). */
export interface KringReadyDetail {
  api: KringEditorApi;
}

/** The events of `<kring-editor>` (they bubble and cross the shadow boundary). */
export interface KringEditorEventMap extends HTMLElementEventMap {
  kringchange: CustomEvent<KringChangeDetail>;
  kringselectionchange: CustomEvent<KringSelectionChangeDetail>;
  kringready: CustomEvent<KringReadyDetail>;
  kringerror: CustomEvent<KringErrorDetail>;
}

/** The `<kring-editor>` element. Inputs are properties; `view`, `locale`, `readonly`, `pseudonymise` are also attributes. */
export interface KringEditorElement extends HTMLElement {
  /** A document object or its JSON text; anything else shows the error panel and fires `kringerror`. */
  document: KringDocument | string | undefined;
  view: View;
  locale: Locale;
  readonly: boolean;
  pseudonymise: boolean;
  /** Catalogue overrides, as an object or its JSON text. */
  messages: EditorMessages | string | undefined;
  panels: boolean;
  /**
   * The imperative API, there from the upgrade on; its methods work once the editor has started
   * (`kringready`, `ready`) and throw before.
   */
  readonly api: KringEditorApi;
  /** Resolves with `api` once the editor has started, also for code that runs after `kringready`. */
  readonly ready: Promise<KringEditorApi>;
  addEventListener<K extends keyof KringEditorEventMap>(
    type: K,
    listener: (this: KringEditorElement, event: KringEditorEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof KringEditorEventMap>(
    type: K,
    listener: (this: KringEditorElement, event: KringEditorEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'kring-editor': KringEditorElement;
  }
}
