/**
 * `@kring/svelte/element`, and the entry of the self-contained `dist/kring-editor.js`: importing it defines
 * `<kring-editor>` and exports `mount()` for pages that want the editor without a custom element, and
 * `preloadEditor()` for pages that want no request after the first picture. The
 * typings (element, events, `HTMLElementTagNameMap`, mount options) are in element-types.ts.
 */
import Wrapper from './lib/element/KringEditorElement.svelte';
import type { KringEditorElement as ElementType } from './element-types.js';

export { mount, type MountOptions } from './mount.js';
export { preloadEditor } from './lib/preload.js';
export type * from './element-types.js';
/** The `<kring-editor>` element (also `HTMLElementTagNameMap['kring-editor']`). */
export type KringEditorElement = ElementType;

/**
 * The `<kring-editor>` class (Svelte's custom-element class of the wrapper, as `customElements.get` returns
 * it). Importing this module defines the element.
 */
export const KringEditorElement = (Wrapper as unknown as { element: new () => ElementType }).element;
