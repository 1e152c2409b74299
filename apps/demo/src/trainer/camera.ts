/**
 * Where trainer mode looks: the part of the drawing that fills the stage at one step. Text on a projector
 * must be readable from the back of a room, so the zoom never lets the smallest text of the drawing fall
 * below `minTextPx` screen pixels (24 px: names at 1920×1080 on a projector). While what has been shown fits
 * the stage at a larger zoom, it is shown whole and centred (up to `maxZoomFactor` × the least zoom, so a
 * lone first symbol does not fill the wall); once it no longer fits, the camera follows the step's new
 * element (the attention box) and stays within what has been shown.
 */
import type { Bounds, Scene, Shape } from '@kring/scene';
import { shapeBounds } from '@kring/scene';

export interface Camera {
  /** Scale from drawing units to screen pixels. */
  zoom: number;
  /** The drawing point at the stage's top-left corner. */
  x: number;
  y: number;
}

export interface CameraOptions {
  /** The smallest text size on screen, in pixels. */
  minTextPx?: number;
  /** How far above the least zoom the camera may go. */
  maxZoomFactor?: number;
  /** Room around the content, in screen pixels. */
  padding?: number;
}

/** The smallest text size anywhere in a scene (drawing units), or undefined when it has no text. */
export function smallestText(scene: Scene): number | undefined {
  let min = Infinity;
  const visit = (shapes: readonly Shape[]) => {
    for (const s of shapes) if (s.type === 'text' && s.text.trim() !== '' && s.size < min) min = s.size;
  };
  visit(scene.background);
  visit(scene.overlay);
  for (const n of scene.nodes) visit(n.shapes);
  for (const e of scene.edges) visit(e.shapes);
  return Number.isFinite(min) ? min : undefined;
}

/** The box around the nodes and edges of a scene (what has been shown), or undefined when there are none. */
export function contentBounds(scene: Scene): Bounds | undefined {
  const shapes: Shape[] = [];
  for (const n of scene.nodes) shapes.push(...n.shapes);
  for (const e of scene.edges) shapes.push(...e.shapes);
  if (shapes.length === 0) return undefined;
  const b = shapeBounds(shapes);
  return Number.isFinite(b.width) && Number.isFinite(b.height) ? b : undefined;
}

/** The least zoom at which the smallest text of `scene` is `minTextPx` on screen (24 px and a margin for rounding). */
export function leastZoom(scene: Scene, minTextPx = 24.5): number {
  return minTextPx / (smallestText(scene) ?? 12);
}

/** Places `size` units of content starting at `start` in a window of `span` units around `focus`. */
function axis(start: number, size: number, span: number, focus: number): number {
  if (size <= span) return start + size / 2 - span / 2;
  const centred = focus - span / 2;
  return Math.min(Math.max(centred, start), start + size - span);
}

/**
 * The camera for a stage of `width` × `height` pixels showing `content` (what has been shown so far) with
 * `attention` (the step's new element) in view; `least` is the least zoom (leastZoom of the whole scene).
 */
export function frame(
  stage: { width: number; height: number },
  content: Bounds,
  attention: Bounds | undefined,
  least: number,
  options: CameraOptions = {},
): Camera {
  const padding = options.padding ?? 24;
  const maxFactor = options.maxZoomFactor ?? 1.6;
  const width = Math.max(1, stage.width - 2 * padding);
  const height = Math.max(1, stage.height - 2 * padding);
  const fit = Math.min(width / Math.max(1, content.width), height / Math.max(1, content.height));
  const zoom = Math.min(Math.max(fit, least), least * maxFactor);
  const spanX = stage.width / zoom;
  const spanY = stage.height / zoom;
  const focus = attention ?? content;
  // The content plus the padding, in drawing units, so the edge of the content keeps its room.
  const pad = padding / zoom;
  return {
    zoom,
    x: axis(content.x - pad, content.width + 2 * pad, spanX, focus.x + focus.width / 2),
    y: axis(content.y - pad, content.height + 2 * pad, spanY, focus.y + focus.height / 2),
  };
}

/** A camera that shows the whole of `content` (the overview), whatever the text size. */
export function overview(stage: { width: number; height: number }, content: Bounds, padding = 24): Camera {
  const width = Math.max(1, stage.width - 2 * padding);
  const height = Math.max(1, stage.height - 2 * padding);
  const zoom = Math.min(width / Math.max(1, content.width), height / Math.max(1, content.height));
  return {
    zoom,
    x: content.x + content.width / 2 - stage.width / zoom / 2,
    y: content.y + content.height / 2 - stage.height / zoom / 2,
  };
}
