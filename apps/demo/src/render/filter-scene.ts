/**
 * A scene with only what trainer mode has shown so far. The layout of the whole map is kept, so people
 * stay where they will end up while the map grows. Background (rings, sectors) and legend stay.
 */
import type { Id } from '@kring/core';
import type { Scene } from '@kring/scene';

export function filterScene(scene: Scene, shown: ReadonlySet<Id>): Scene {
  return {
    ...scene,
    nodes: scene.nodes.filter((n) => shown.has(n.id)),
    edges: scene.edges.filter(
      (e) =>
        shown.has(e.id) &&
        (e.from === undefined || shown.has(e.from)) &&
        (e.to === undefined || shown.has(e.to)),
    ),
  };
}
