/**
 * `@kring/svelte`: the Kring editor as a Svelte 5 component (`KringEditor`), `mount()` for pages without
 * Svelte, and the pieces of the editor a Svelte host may reuse (scene shapes, snapshot replay). The custom
 * element `<kring-editor>` is the sub-path `@kring/svelte/element`. docs/embedding.md.
 *
 * @packageDocumentation
 */
import KringEditorComponent from './lib/KringEditor.svelte';
import ShapesComponent from './lib/canvas/Shapes.svelte';

/**
 * The Kring editor: draws one document as a genogram, ecogram or sociogram and lets the user edit it with
 * pointer and keyboard (every edit an undoable step). Props: {@link KringEditorProps}.
 *
 * @example
 * ```svelte
 * <script lang="ts">
 *   import { KringEditor } from '@kring/svelte';
 *   let document = $state.raw(loadDocument()); // immutable immer data
 * </script>
 *
 * <div style="height: 600px">
 *   <KringEditor bind:document locale="nl" view="genogram" onchange={(doc) => save(doc)} />
 * </div>
 * ```
 */
export const KringEditor = KringEditorComponent;
/** An instance of `KringEditor` (what `bind:this` gives); it exports nothing: use `onready`'s API. */
export type KringEditor = ReturnType<typeof KringEditor>;

/**
 * Scene shapes as SVG elements, as the editor draws them, for hosts that draw a scene themselves (place it
 * inside an `<svg>`). Text goes through Svelte's escaping; path data that is not plain numbers is not drawn.
 */
export const SceneShapes = ShapesComponent;
/** An instance of `SceneShapes`; it exports nothing. */
export type SceneShapes = ReturnType<typeof SceneShapes>;

export type { KringEditorProps } from './lib/editor-props.js';
export type { SceneShapesProps } from './lib/canvas/shapes-props.js';
/** Replaying snapshots (as the editor's snapshots tab does), for hosts that present a map themselves. */
export {
  REPLAY_SPEEDS,
  ReplayPlayer,
  type ReplaySpeed,
} from './lib/panels/snapshots/replay-player.svelte.js';
export { slideFrom, type SlideOffset } from './lib/panels/snapshots/slide-from.js';
export { mount, type MountOptions, type MountedEditor } from './mount.js';
export { preloadEditor } from './lib/preload.js';
export type { KringEditorApi } from './lib/state/api.js';
export type { KringErrorDetail } from './lib/element/document-input.js';
export type { ChangeDetail, ChangeSource, Patch } from './lib/state/editor-state.svelte.js';
export type {
  EditorMessage,
  EditorMessageKey,
  EditorMessages,
  EditorOwnTemplates,
  EditorTemplates,
} from './lib/messages.js';
export type { ApplyResult } from './lib/state/verbs.js';
export type { KringEditorOptions } from './element-types.js';
