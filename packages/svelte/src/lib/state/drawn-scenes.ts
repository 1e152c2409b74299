/**
 * Scenes laid out before an editor had them (the element's first picture, element/first-picture.ts), by
 * the document they draw: an editor that shows that very document object in the same view, language and
 * pseudonymisation takes the scene instead of laying the map out a second time. Documents are immutable
 * (a new object after every change), so the same object with the same options draws the same scene. A scene
 * is taken once; an unused one goes with its document.
 */
import type { KringDocument, Locale, View } from '@kring/core';
import type { RenderOptions, Scene } from '@kring/scene';

export interface DrawnScene {
  view: View;
  locale: Locale;
  pseudonymise: boolean;
  scene: Scene;
  /** How long the layout took (ms). */
  ms: number;
}

const drawn = new WeakMap<KringDocument, DrawnScene>();

/** Keeps `scene`, laid out from `doc`, for the editor that will show `doc`. */
export function keepScene(doc: KringDocument, scene: DrawnScene): void {
  drawn.set(doc, scene);
}

/** The scene kept for `doc` in this view and these options (taken: a second call finds nothing). */
export function takeScene(doc: KringDocument, view: View, options: RenderOptions): DrawnScene | undefined {
  const found = drawn.get(doc);
  if (!found || found.view !== view || options.hideHealth) return undefined;
  if (found.locale !== options.locale || found.pseudonymise !== (options.pseudonymise ?? false))
    return undefined;
  drawn.delete(doc);
  return found;
}
