/**
 * `@kring/svelte/element`, and the entry of the self-contained `dist/kring-editor.js`: importing it defines
 * `<kring-editor>` and exports `mount()` for pages that want the editor without a custom element, and
 * `preloadEditor()` for pages that want no request after the first picture. The element's interface (with
 * `HTMLElementTagNameMap`) is declared here, beside its class; the other typings (events and their details,
 * mount options) are in element-types.ts.
 *
 * @packageDocumentation
 */
import type { KringDocument, Locale, View } from '@kring/core';
import { KringEditorElement as ElementClass } from './lib/element/kring-editor-element.js';
import type { EditorMessages, KringEditorApi, KringEditorEventMap } from './element-types.js';

export { mount, type MountOptions } from './mount.js';
export { preloadEditor } from './lib/preload.js';
export type * from './element-types.js';

/**
 * The `<kring-editor>` element (also `HTMLElementTagNameMap['kring-editor']`). Inputs are properties; `view`,
 * `locale`, `readonly` and `pseudonymise` are also attributes, `idTag` the attribute `id-tag`. No property
 * throws into the page.
 *
 * @example
 * ```ts
 * import '@kring/svelte/element';
 *
 * const el = document.createElement('kring-editor');
 * el.document = JSON.parse(text); // the host's document: an object or its JSON text
 * el.addEventListener('kringchange', (e) => save(e.detail.document));
 * document.body.append(el);
 * (await el.ready).fit();
 * ```
 */
export interface KringEditorElement extends HTMLElement {
  /**
   * The document: an object or its JSON text, read as core's reader reads a file (older format versions are
   * migrated, left-out optional parts get their defaults, so a parsed JSON object of any shape may be given).
   * What the reader refuses shows the error panel and fires `kringerror`. After an edit it is the edited
   * `KringDocument`.
   */
  document: KringDocument | object | string | undefined;
  /** The drawing shown: `genogram` (default), `ecogram` or `sociogram`; also the reflected attribute `view`. */
  view: View;
  /** Language of every string: `nl` (default) or `en`; also the reflected attribute `locale`. */
  locale: Locale;
  /** Display only: no editing; selecting, zooming and the outline still work. Also an attribute. */
  readonly: boolean;
  /** Initials instead of names, in the drawing, the panels and exports (the document keeps the names). */
  pseudonymise: boolean;
  /** Catalogue overrides, as an object or its JSON text. */
  messages: EditorMessages | string | undefined;
  /** Show the side panels beside the drawing (default true). */
  panels: boolean;
  /**
   * This editor's part of the ids it creates, `<prefix>-<idTag>-<n>`: give each client its own when several
   * people edit one map (e.g. the CRDT's client id); 1 to 32 lower-case letters and digits; also the
   * attribute `id-tag`. Default (`undefined`): five random ones per editor. A value that is not such a tag is
   * not used (the editor keeps the tag it had and logs why); it never throws.
   */
  idTag: string | undefined;
  /**
   * The imperative API, there from the upgrade on, with exactly the methods of {@link KringEditorApi}. Before
   * the editor has started (`kringready`, `ready`), and while the element is out of the page (its editor
   * goes with it), `select()` and `fit()` are remembered and run when the editor starts; the methods that
   * answer need the editor and throw a `DOMException` named `InvalidStateError` — except `getDocument()` out
   * of the page, which answers the document with every edit (until the host sets another).
   */
  readonly api: KringEditorApi;
  /**
   * Resolves with `api` once the editor has started, also for code that runs after `kringready`. After the
   * element is taken out of the page, a new Promise that resolves when it is back and its editor has started.
   */
  readonly ready: Promise<KringEditorApi>;
  /** Listens to one of the element's events, with its typed `detail`. */
  addEventListener<K extends keyof KringEditorEventMap>(
    type: K,
    listener: (this: KringEditorElement, event: KringEditorEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** Listens to any other event. */
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** Stops listening to one of the element's events. */
  removeEventListener<K extends keyof KringEditorEventMap>(
    type: K,
    listener: (this: KringEditorElement, event: KringEditorEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  /** Stops listening to any other event. */
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

if (!customElements.get('kring-editor')) customElements.define('kring-editor', ElementClass);

/**
 * The `<kring-editor>` class (as `customElements.get` returns it). Importing this module defines the element.
 */
export const KringEditorElement = ElementClass as unknown as new () => KringEditorElement;
