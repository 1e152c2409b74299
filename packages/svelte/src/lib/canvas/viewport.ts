/**
 * The canvas viewport: a pan (x, y in screen px) and a zoom factor k. A drawing point p is shown at
 * screen point p·k + (x, y). Pure functions, so zoom and fit are testable without a browser.
 */
import type { Point } from '@kring/core';
import type { Bounds } from '@kring/scene';

export interface Viewport {
  x: number;
  y: number;
  k: number;
}

/** The least zoom for a picture that fits the canvas at this zoom or more (see minZoomFor for larger ones). */
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;
/** One +/- step or one wheel notch multiplies the zoom by this. */
export const ZOOM_STEP = 1.25;

export const IDENTITY: Viewport = { x: 0, y: 0, k: 1 };

/** `k` within [min, MAX_ZOOM]; `min` is MIN_ZOOM unless a large picture needs less (minZoomFor). */
export function clampZoom(k: number, min = MIN_ZOOM): number {
  return Math.min(MAX_ZOOM, Math.max(min, k));
}

/**
 * The least zoom for `bounds` in a width×height canvas: MIN_ZOOM, or less when the whole picture (with
 * `padding` px around) fits only further out, so "fit" and zooming out always reach the whole picture.
 */
export function minZoomFor(bounds: Bounds, width: number, height: number, padding = 24): number {
  const k = Math.min(
    (width - 2 * padding) / Math.max(1, bounds.width),
    (height - 2 * padding) / Math.max(1, bounds.height),
  );
  return k > 0 && k < MIN_ZOOM ? k : MIN_ZOOM;
}

/** Screen (canvas-local px) → drawing units. */
export function toDrawing(v: Viewport, sx: number, sy: number): Point {
  return { x: (sx - v.x) / v.k, y: (sy - v.y) / v.k };
}

/** Zooms by `factor` keeping the screen point (sx, sy) still, not below `min`. */
export function zoomAt(v: Viewport, factor: number, sx: number, sy: number, min = MIN_ZOOM): Viewport {
  const k = clampZoom(v.k * factor, min);
  const p = toDrawing(v, sx, sy);
  return { k, x: sx - p.x * k, y: sy - p.y * k };
}

export function panBy(v: Viewport, dx: number, dy: number): Viewport {
  return { ...v, x: v.x + dx, y: v.y + dy };
}

/**
 * The viewport that shows `bounds` whole and centred in a width×height canvas, with `padding` px around;
 * not below `minZoom` (by default the least zoom that shows the whole, see minZoomFor).
 */
export function fitBounds(
  bounds: Bounds,
  width: number,
  height: number,
  padding = 24,
  maxZoom = 2,
  minZoom = minZoomFor(bounds, width, height, padding),
): Viewport {
  if (width <= 0 || height <= 0) return IDENTITY;
  const bw = Math.max(1, bounds.width);
  const bh = Math.max(1, bounds.height);
  const k = clampZoom(Math.min((width - 2 * padding) / bw, (height - 2 * padding) / bh, maxZoom), minZoom);
  return {
    k,
    x: width / 2 - (bounds.x + bw / 2) * k,
    y: height / 2 - (bounds.y + bh / 2) * k,
  };
}

/** The SVG transform attribute of a viewport. */
export function transformOf(v: Viewport): string {
  return `translate(${v.x} ${v.y}) scale(${v.k})`;
}

/**
 * The viewport moved (not zoomed) just enough that the drawing box `box` lies inside the width×height canvas
 * with `margin` px around it; when it is already inside, `v` itself. A box larger than the canvas is centred.
 */
export function reveal(
  v: Viewport,
  box: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
  margin = 48,
): Viewport {
  const shift = (start: number, size: number, room: number) => {
    const lo = start * v.k;
    const hi = (start + size) * v.k;
    if (hi - lo > room - 2 * margin) return room / 2 - (lo + hi) / 2;
    if (lo < margin) return margin - lo;
    if (hi > room - margin) return room - margin - hi;
    return 0;
  };
  const dx = shift(box.x + v.x / v.k, box.width, width);
  const dy = shift(box.y + v.y / v.k, box.height, height);
  return dx === 0 && dy === 0 ? v : { ...v, x: v.x + dx, y: v.y + dy };
}

/**
 * Two-finger pinch and pan: the viewport at the gesture's start `v0`, the two pointers then (`a0`, `b0`)
 * and now (`a`, `b`), in canvas px. The drawing point under the pointers' midpoint stays under it while
 * the zoom follows the change of their distance (not below `min`).
 */
export function pinch(
  v0: Viewport,
  a0: { x: number; y: number },
  b0: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
  min = MIN_ZOOM,
): Viewport {
  const d0 = Math.max(1, Math.hypot(b0.x - a0.x, b0.y - a0.y));
  const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
  const k = clampZoom((v0.k * d) / d0, min);
  const m0 = toDrawing(v0, (a0.x + b0.x) / 2, (a0.y + b0.y) / 2);
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  return { k, x: mx - m0.x * k, y: my - m0.y * k };
}
