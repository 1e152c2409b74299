/**
 * Where a map opens. A social worker opening a map expects to see the client (the focus person) with names
 * they can read, not a picture whose names are too small to be drawn:
 * - a map whose names are legible when fitted whole opens fitted whole (most maps);
 * - on a phone (a canvas up to NARROW_CANVAS_PX wide) a map whose names would be under READABLE_PX when
 *   fitted whole (a 20-person family at 390 px: 4 px), and on a wider canvas a genogram whose names would be
 *   under LABEL_MIN_PX (the canvas would draw no name at all: a genealogy of 3,000 persons, ~1 px), opens
 *   around the focus person (the first symbol when the focus is not drawn) at the least zoom where names are
 *   READABLE_PX, kept within the picture. The Fit button still shows the whole picture.
 * The ecogram and sociogram put the client in the middle of the whole picture, with everyone else rings away:
 * close up they would show the client and the spokes of their ties, no one else. On a wider canvas they open
 * whole, and on a phone only while they fit within the ordinary zoom range (MIN_ZOOM).
 * Opening close up also keeps the first picture of a large map cheap: it draws the few hundred symbols in
 * view, not thousands of few-pixel ones.
 */
import type { Scene } from '@kring/scene';
import { LABEL_MIN_PX } from '../canvas/detail.js';
import { fitBounds, MIN_ZOOM, type Viewport } from '../canvas/viewport.js';

/** Names smaller than this on screen (CSS px) are not readable at the table. */
export const READABLE_PX = 9;

/**
 * Canvases up to this wide (CSS px) are a phone's: there the whole picture is no overview one reads by
 * zooming in, so the map opens readable unless its names are readable whole. On wider canvases the whole
 * picture opens as long as its names are drawn at all.
 */
export const NARROW_CANVAS_PX = 720;

/**
 * The size (drawing units) of the names: the largest text that is (the first line of) its node's label. Other
 * texts may be larger (a genogram's "?" of an unknown sex is 18 units beside 11-unit names); without any name
 * line, the largest text. Undefined without any text.
 */
export function nameSize(scene: Scene): number | undefined {
  let name = 0;
  let any = 0;
  for (const n of scene.nodes)
    for (const s of n.shapes) {
      if (s.type !== 'text') continue;
      if (s.size > any) any = s.size;
      if (s.size > name && s.text.length > 0 && n.label.startsWith(s.text)) name = s.size;
    }
  const size = name || any;
  return size > 0 ? size : undefined;
}

/**
 * The viewport a map opens at in a width×height canvas: `whole` (the fitted whole picture) when its names
 * are at least READABLE_PX (a phone's canvas) or LABEL_MIN_PX (a wider one) on screen there, when the scene
 * has no names, or for an ecogram or sociogram as said above; otherwise centred on node `focus` (or the first node) at the zoom where names are
 * READABLE_PX, moved so that no empty paper shows beside the picture.
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
  const node = scene.nodes.find((n) => n.id === focus) ?? scene.nodes[0];
  const b = scene.bounds;
  const narrow = width <= NARROW_CANVAS_PX;
  if (scene.view !== 'genogram') {
    const fitted = Math.min((width - 2 * padding) / b.width, (height - 2 * padding) / b.height);
    if (!narrow || !(fitted >= MIN_ZOOM)) return whole;
  }
  const legible = narrow ? READABLE_PX : LABEL_MIN_PX;
  if (size === undefined || !node || size * whole.k >= legible) return whole;
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
