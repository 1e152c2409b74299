/** The ecogram's renderer, in its own chunk of the element's build (loaded when the view is first shown). */
import type { KringDocument } from '@kring/core';
import { renderEcogram } from '@kring/ecogram';
import type { RenderOptions, Scene } from '@kring/scene';

export const render = renderEcogram;

/** As `render`, as one phase (see ../renderers.ts). */
// eslint-disable-next-line require-yield
export function* phases(doc: KringDocument, options: RenderOptions): Generator<void, Scene> {
  return renderEcogram(doc, options);
}
