// @kring/genogram — the genogram renderer: document → scene (docs/notation-spec.md §1).
export { renderGenogram, renderGenogramTimed, sceneFromLayout } from './render.js';
export { layoutGenogram } from './layout.js';
export type { GenogramLayout, LayoutOptions, PassTimer } from './layout.js';
