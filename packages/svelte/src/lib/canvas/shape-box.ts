/**
 * The box of a node's or line's shape list, cached per list (the keyed scene diff and the layout worker's
 * scene delta keep unchanged lists). A scene from the layout worker comes with the boxes of the shapes it
 * sends, measured there (state/scene-boxes.ts), so the main thread does not measure thousands of names and
 * paths again for the first picture: those are put in this cache as they arrive.
 */
import { shapeBounds, type Bounds, type Shape } from '@kring/scene';

const boxes = new WeakMap<readonly Shape[], Bounds>();

/** The box of `shapes` (shapeBounds), measured once per list. */
export function boxOf(shapes: readonly Shape[]): Bounds {
  let b = boxes.get(shapes);
  if (!b) {
    b = shapeBounds(shapes);
    boxes.set(shapes, b);
  }
  return b;
}

/** Takes `box` as the box of `shapes` (measured elsewhere, the same way) unless it is known already. */
export function knownBox(shapes: readonly Shape[], box: Bounds): void {
  if (!boxes.has(shapes)) boxes.set(shapes, box);
}
