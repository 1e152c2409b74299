import type { Scene } from '@kring/scene';
import { describe, expect, test } from 'vitest';
import { contentBounds, frame, leastZoom, overview, smallestText } from './camera.js';

const scene = (texts: number[]): Scene => ({
  view: 'genogram',
  bounds: { x: 0, y: 0, width: 1000, height: 500 },
  background: [],
  edges: [{ id: 'e', kind: 'tie', shapes: [{ type: 'path', d: 'M 0 0 L 1000 500' }] }],
  nodes: texts.map((size, i) => ({
    id: `n${i}`,
    kind: 'person',
    x: i * 100,
    y: 0,
    width: 40,
    height: 40,
    label: `n${i}`,
    shapes: [{ type: 'text', x: i * 100, y: 50, text: `n${i}`, size }],
  })),
  overlay: [],
  legend: [],
  description: '',
});

describe('camera', () => {
  test('the least zoom puts the smallest text at 24 px and a little more', () => {
    expect(smallestText(scene([12, 9.5, 11]))).toBe(9.5);
    expect(leastZoom(scene([12, 9.5]))).toBeCloseTo(24.5 / 9.5);
  });

  test('content that fits is shown whole and centred, no larger than the cap', () => {
    const content = { x: 0, y: 0, width: 200, height: 100 };
    const cam = frame({ width: 1920, height: 1080 }, content, undefined, 2);
    expect(cam.zoom).toBe(3.2); // 1.6 × the least zoom: a lone symbol does not fill the wall
    expect(cam.x + 1920 / cam.zoom / 2).toBeCloseTo(100);
    expect(cam.y + 1080 / cam.zoom / 2).toBeCloseTo(50);
  });

  test('content too large for the least zoom keeps the least zoom and follows the attention box', () => {
    const content = { x: 0, y: 0, width: 2000, height: 400 };
    const right = { x: 1900, y: 100, width: 50, height: 50 };
    const cam = frame({ width: 1000, height: 1000 }, content, right, 2, { padding: 0 });
    expect(cam.zoom).toBe(2);
    // The window (500 units wide) stays inside the content and holds the attention box.
    expect(cam.x).toBe(1500);
    expect(cam.x + 500).toBeGreaterThanOrEqual(right.x + right.width);
    const left = frame({ width: 1000, height: 1000 }, content, { ...right, x: 10 }, 2, { padding: 0 });
    expect(left.x).toBe(0);
  });

  test('the overview shows everything whatever the text size', () => {
    const content = contentBounds(scene([12, 12]))!;
    const cam = overview({ width: 1000, height: 1000 }, content, 0);
    expect(cam.zoom * content.width).toBeLessThanOrEqual(1000 + 1e-9);
    expect(cam.zoom * content.height).toBeLessThanOrEqual(1000 + 1e-9);
  });
});
