export { default as KringEditor } from './lib/KringEditor.svelte';
export { default as LiveRegion } from './lib/LiveRegion.svelte';
/** Scene shapes as SVG elements, as the editor draws them (for hosts that draw a scene themselves). */
export { default as SceneShapes } from './lib/canvas/Shapes.svelte';
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
export type { ChangeDetail, ChangeSource } from './lib/state/editor-state.svelte.js';
export type {
  EditorMessage,
  EditorMessageKey,
  EditorMessages,
  EditorOwnTemplates,
  EditorTemplates,
} from './lib/messages.js';
export type { ApplyResult } from './lib/state/verbs.js';
export type { KringEditorOptions } from './element-types.js';
