/** Unique keys for a scene's edges (several edges may share a document id), stable while the map grows. */
import type { SceneEdge } from '@kring/scene';

export function keyedEdges(edges: readonly SceneEdge[]): { key: string; edge: SceneEdge }[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const base = `${edge.kind}:${edge.id}:${edge.from ?? ''}:${edge.to ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}#${n}`, edge };
  });
}
