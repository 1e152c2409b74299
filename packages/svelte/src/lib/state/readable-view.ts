/**
 * Where a map opens on a phone. The whole picture at "fit" can leave names 4 px high there (a
 * 20-person family at 390 px wide): then the map opens around the focus person instead, at the least zoom where
 * names are READABLE_PX high, kept within the picture. The Fit button still shows the whole picture.
 */
import type { Scene } from '@kring/scene';
import { fitBounds, MIN_ZOOM, type Viewport } from '../canvas/viewport.js';

/** Names smaller than this on screen (CSS px) are not readable at the table. */
export const READABLE_PX = 9;

/**
 * Canvases up to this wide (CSS px) are a phone's: there the whole picture is no overview one reads by
 * zooming in, so the map opens readable. Wider canvases open with the whole picture.
 */
export const NARROW_CANVAS_PX = 720;

/** The size (drawing units) of the nodes' largest text: their names. Undefined without any text. */
export function nameSize(scene: Scene): number | undefined {
  let size = 0;
  for (const n of scene.nodes)
    for (const s of n.shapes) if (s.type === 'text' && s.size > size) size = s.size;
  return size > 0 ? size : undefined;
}

/**
 * The viewport a map opens at in a width×height canvas: `whole` (the fitted whole picture) on a wide canvas,
 * when names are readable there, or when it is not a fit within the ordinary zoom range (a genealogy-scale
 * map); otherwise
 * centred on node `focus` at the zoom where names are READABLE_PX, moved so that no empty paper shows beside
 * the picture.
 */
export function openingViewport(
  scene: Scene,
  focus: string,
  width: number,
  height: number,
  whole: Viewport,
  padding = 24,
): Viewport {
  const size = nameSize(scene);
  const node = scene.nodes.find((n) => n.id === focus);
  const b = scene.bounds;
  const fitted = Math.min((width - 2 * padding) / b.width, (height - 2 * padding) / b.height);
  if (width > NARROW_CANVAS_PX || size === undefined || !node) return whole;
  if (!(fitted >= MIN_ZOOM) || size * whole.k >= READABLE_PX) return whole;
  const k = Math.min(READABLE_PX / size, 2);
  const along = (centre: number, view: number, start: number, extent: number) => {
    const offset = view / 2 - centre * k;
    // The picture is larger than the view at this zoom: keep its edges at or beyond the view's padding.
    const least = view - padding - (start + extent) * k;
    const most = padding - start * k;
    return least > most ? (least + most) / 2 : Math.min(most, Math.max(least, offset));
  };
  return {
    k,
    x: along(node.x + node.width / 2, width, b.x, b.width),
    y: along(node.y + node.height / 2, height, b.y, b.height),
  };
}

/** The fitted whole picture, then openingViewport. */
export function openingFit(
  scene: Scene,
  focus: string,
  width: number,
  height: number,
  least: number,
): Viewport {
  return openingViewport(scene, focus, width, height, fitBounds(scene.bounds, width, height, 24, 2, least));
}
