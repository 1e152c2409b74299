/**
 * The entry of the self-contained ES module `dist/kring-editor.js`: importing it defines `<kring-editor>`
 * and exports `mount()` for pages that want the editor without a custom element.
 */
export { default as KringEditorElement } from './lib/element/KringEditorElement.svelte';
export { mount, type MountOptions, type MountedEditor } from './mount.js';
export type { KringEditorApi } from './lib/state/api.js';
export type { KringErrorDetail } from './lib/element/document-input.js';
