/**
 * The culling boxes of the nodes and lines a layout worker's scene delta sends in full: measured in the worker
 * (where the renderer has just measured the same names, so the code is warm) as four numbers each — x, y,
 * width, height, what shapeBounds gives on the main thread — and taken on the main thread into the canvas's
 * box cache (canvas/shape-box.ts). Without them (an older delta, slices on the main thread) the canvas
 * measures as before. Royal92's first scene: ~75–130 ms of measuring on the main thread, cold, before.
 */
import { shapeBounds, type Shape } from '@kring/scene';
import { knownBox } from '../canvas/shape-box.js';

/** The boxes of `items`' shape lists, four numbers each (in the worker). */
export function boxesOf(items: readonly { shapes: readonly Shape[] }[]): Float64Array {
  const out = new Float64Array(items.length * 4);
  for (let i = 0; i < items.length; i++) {
    const b = shapeBounds(items[i]!.shapes);
    out[4 * i] = b.x;
    out[4 * i + 1] = b.y;
    out[4 * i + 2] = b.width;
    out[4 * i + 3] = b.height;
  }
  return out;
}

/** Puts `boxes` (from boxesOf, for the same items) into the canvas's box cache (on the main thread). */
export function takeBoxes(
  items: readonly { shapes: readonly Shape[] }[],
  boxes: Float64Array | undefined,
): void {
  if (!boxes || boxes.length !== items.length * 4) return;
  for (let i = 0; i < items.length; i++)
    knownBox(items[i]!.shapes, {
      x: boxes[4 * i]!,
      y: boxes[4 * i + 1]!,
      width: boxes[4 * i + 2]!,
      height: boxes[4 * i + 3]!,
    });
}
