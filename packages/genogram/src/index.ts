/**
 * `@kring/genogram`: the genogram renderer, document → scene (the McGoldrick notation: squares for men,
 * circles for women, partnership lines with their events, descent lines, generations in rows).
 * `renderGenogram` is all most hosts need; `layoutGenogram` and `sceneFromLayout` split it in two for
 * a host that wants to pause between the two halves (the editor does, to keep frames short).
 *
 * @packageDocumentation
 */
import type { KringDocument } from '@kring/core';
import type { RenderOptions, Scene } from '@kring/scene';
import { layoutGenogram as runPasses, type GenogramLayout as Passes, type LayoutOptions } from './layout.js';
import { sceneFromLayout as drawLayout } from './render.js';

export { renderGenogram, renderGenogramTimed } from './render.js';
export type { LayoutOptions, PassTimer } from './layout.js';

/**
 * A genogram laid out by {@link layoutGenogram}: where every person, partnership line, descent line and
 * label goes. Opaque (the layout passes' working data stays inside the package): hand it to
 * {@link sceneFromLayout} with the same document and options.
 */
export interface GenogramLayout {
  /** Always `genogram`: what this layout is of. */
  readonly view: 'genogram';
}

const passesOf = new WeakMap<GenogramLayout, Passes>();

/**
 * The first half of {@link renderGenogram}: lays out `document`, which must be what `documentForRender` of
 * `@kring/scene` returns for the render options (under `pseudonymise` it holds the initials). Pure and
 * deterministic.
 *
 * @example
 * ```ts
 * const drawn = documentForRender(doc, options);
 * const layout = layoutGenogram(drawn, options);
 * await nextFrame();
 * const scene = sceneFromLayout(layout, drawn, options);
 * ```
 */
export function layoutGenogram(document: KringDocument, options: LayoutOptions): GenogramLayout {
  const layout: GenogramLayout = Object.freeze({ view: 'genogram' as const });
  passesOf.set(layout, runPasses(document, options));
  return layout;
}

/**
 * The second half of {@link renderGenogram}: the scene of a layout, drawn from the same document it was
 * laid out from. Throws when `layout` was not made by {@link layoutGenogram}.
 */
export function sceneFromLayout(
  layout: GenogramLayout,
  document: KringDocument,
  options: RenderOptions,
): Scene {
  const passes = passesOf.get(layout);
  if (!passes) throw new TypeError('sceneFromLayout: the layout was not made by layoutGenogram');
  return drawLayout(passes, document, options);
}
