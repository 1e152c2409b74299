import { describe, expect, it } from 'vitest';
import { MIN_ZOOM, fitBounds, minZoomFor, pinch, zoomAt } from './viewport.js';

describe('viewport zoom limits', () => {
  // A 5,000-person genogram is some 100,000 units wide: at MIN_ZOOM it would be 10,000 px.
  const huge = { x: -50_000, y: 0, width: 100_000, height: 8_000 };
  const small = { x: 0, y: 0, width: 800, height: 600 };

  it('fits a picture too large for MIN_ZOOM whole into the canvas', () => {
    const v = fitBounds(huge, 1200, 800);
    expect(v.k).toBeLessThan(MIN_ZOOM);
    // Both ends of the picture on screen, inside the padding.
    expect(huge.x * v.k + v.x).toBeGreaterThanOrEqual(24 - 1e-9);
    expect((huge.x + huge.width) * v.k + v.x).toBeLessThanOrEqual(1200 - 24 + 1e-9);
  });

  it('lets zooming out reach that fit and no further; a small picture keeps MIN_ZOOM', () => {
    const least = minZoomFor(huge, 1200, 800);
    expect(least).toBeCloseTo(1152 / 100_000, 12);
    let v = { x: 0, y: 0, k: 1 };
    for (let i = 0; i < 60; i++) v = zoomAt(v, 0.8, 600, 400, least);
    expect(v.k).toBe(least);
    expect(minZoomFor(small, 1200, 800)).toBe(MIN_ZOOM);
    expect(zoomAt({ x: 0, y: 0, k: 0.11 }, 0.5, 0, 0).k).toBe(MIN_ZOOM);
    expect(minZoomFor(huge, 0, 0)).toBe(MIN_ZOOM);
  });

  it('pinches out to the least zoom it is given', () => {
    const v = pinch(
      { x: 0, y: 0, k: 0.05 },
      { x: 0, y: 0 },
      { x: 400, y: 0 },
      { x: 0, y: 0 },
      { x: 4, y: 0 },
      0.01,
    );
    expect(v.k).toBe(0.01);
  });
});
