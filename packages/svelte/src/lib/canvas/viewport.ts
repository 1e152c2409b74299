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

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;
/** One +/- step or one wheel notch multiplies the zoom by this. */
export const ZOOM_STEP = 1.25;

export const IDENTITY: Viewport = { x: 0, y: 0, k: 1 };

export function clampZoom(k: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
}

/** Screen (canvas-local px) → drawing units. */
export function toDrawing(v: Viewport, sx: number, sy: number): Point {
  return { x: (sx - v.x) / v.k, y: (sy - v.y) / v.k };
}

/** Zooms by `factor` keeping the screen point (sx, sy) still. */
export function zoomAt(v: Viewport, factor: number, sx: number, sy: number): Viewport {
  const k = clampZoom(v.k * factor);
  const p = toDrawing(v, sx, sy);
  return { k, x: sx - p.x * k, y: sy - p.y * k };
}

export function panBy(v: Viewport, dx: number, dy: number): Viewport {
  return { ...v, x: v.x + dx, y: v.y + dy };
}

/** The viewport that shows `bounds` whole and centred in a width×height canvas, with `padding` px around. */
export function fitBounds(
  bounds: Bounds,
  width: number,
  height: number,
  padding = 24,
  maxZoom = 2,
): Viewport {
  if (width <= 0 || height <= 0) return IDENTITY;
  const bw = Math.max(1, bounds.width);
  const bh = Math.max(1, bounds.height);
  const k = clampZoom(Math.min((width - 2 * padding) / bw, (height - 2 * padding) / bh, maxZoom));
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
