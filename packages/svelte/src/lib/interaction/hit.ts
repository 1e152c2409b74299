/** Hit tests on the scene in drawing units (no DOM: works the same inside a shadow root). */
import type { Id } from '@kring/core';
import type { Bounds, Scene, SceneNode } from '@kring/scene';

/** The topmost node whose symbol box (grown by `slack`) holds the point. */
export function nodeAt(scene: Scene, x: number, y: number, slack = 4): SceneNode | undefined {
  for (let i = scene.nodes.length - 1; i >= 0; i--) {
    const n = scene.nodes[i]!;
    if (x >= n.x - slack && x <= n.x + n.width + slack && y >= n.y - slack && y <= n.y + n.height + slack)
      return n;
  }
  return undefined;
}

/** A rectangle from two corners in any order. */
export function rectFrom(x0: number, y0: number, x1: number, y1: number): Bounds {
  return { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}

/** Ids of the nodes whose symbol box overlaps the rectangle. */
export function nodesIn(scene: Scene, r: Bounds): Id[] {
  return scene.nodes
    .filter(
      (n) => n.x <= r.x + r.width && n.x + n.width >= r.x && n.y <= r.y + r.height && n.y + n.height >= r.y,
    )
    .map((n) => n.id);
}

/** The centre of a node's symbol box. */
export function centreOf(n: SceneNode): { x: number; y: number } {
  return { x: n.x + n.width / 2, y: n.y + n.height / 2 };
}
