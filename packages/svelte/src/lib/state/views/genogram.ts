/** The genogram's renderer, in its own chunk of the element's build (loaded when the view is first shown). */
import type { KringDocument } from '@kring/core';
import { layoutGenogram, renderGenogram, sceneFromLayout } from '@kring/genogram';
import { documentForRender, type RenderOptions, type Scene } from '@kring/scene';

export const render = renderGenogram;

/** As `render`, in phases (document, layout, scene) with a pause between them (see ../renderers.ts). */
export function* phases(doc: KringDocument, options: RenderOptions): Generator<void, Scene> {
  const drawn = documentForRender(doc, options);
  yield;
  const layout = layoutGenogram(drawn, options);
  yield;
  return sceneFromLayout(layout, drawn, options);
}
