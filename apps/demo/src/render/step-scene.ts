/**
 * The picture for one trainer step. The genogram is drawn from the partial document with everyone pinned
 * where the whole map has them (so household boundaries and couple lines only appear with their people);
 * the ecogram and sociogram keep the whole map's layout and hide what is not shown yet.
 */
import type { Id, KringDocument, Locale, Point, View } from '@kring/core';
import type { Scene } from '@kring/scene';
import { partialDocument } from '../trainer/partial-document.js';
import { filterScene } from './filter-scene.js';
import { sceneOf } from './map-svg.js';

export function centresOf(scene: Scene): Record<Id, Point> {
  const pins: Record<Id, Point> = {};
  for (const n of scene.nodes)
    if (n.kind !== 'household') pins[n.id] = { x: n.x + n.width / 2, y: n.y + n.height / 2 };
  return pins;
}

export function stepScene(
  doc: KringDocument,
  whole: Scene,
  shown: ReadonlySet<Id>,
  options: { view: View; locale: Locale; pseudonymise: boolean; withPlan: boolean },
): Scene | undefined {
  if (options.view !== 'genogram') return filterScene(whole, shown);
  const partial = partialDocument(doc, shown, {
    withPlan: options.withPlan,
    view: options.view,
    pins: centresOf(whole),
  });
  const scene = sceneOf(partial, options.view, options.locale, options.pseudonymise);
  // Keep the whole map's frame, so the picture does not zoom as it grows.
  return scene ? { ...scene, bounds: whole.bounds } : undefined;
}
