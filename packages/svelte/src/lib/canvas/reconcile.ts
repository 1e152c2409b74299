/**
 * The keyed scene diff: a new scene with every part whose content did not change replaced by the object of the
 * previous scene (nodes by id, lines by id and occurrence, shapes by position). Svelte's keyed `{#each}` then
 * sees the same objects and leaves their DOM alone, so an edit touches only what it changed. The result is
 * content-equal to `next` (only object identities differ); `prev` is never modified.
 */
import type { Scene, SceneEdge, SceneNode, Shape } from '@kring/scene';

/** Deep equality of plain data (objects, arrays, numbers, strings, booleans, undefined). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    if (!Object.hasOwn(ra, key)) continue;
    count++;
    if (!Object.hasOwn(rb, key) || !sameData(ra[key], rb[key])) return false;
  }
  for (const key in rb) if (Object.hasOwn(rb, key)) count--;
  return count === 0;
}

/** `next` with each shape equal to the one at the same place in `prev` taken from `prev`; `prev` itself when all are. */
export function reuseShapes(prev: readonly Shape[] | undefined, next: Shape[]): Shape[] {
  if (!prev) return next;
  let all = prev.length === next.length;
  const out = next.map((s, i) => {
    const p = prev[i];
    if (p !== undefined && sameData(p, s)) return p;
    all = false;
    return s;
  });
  return all ? (prev as Shape[]) : out;
}

function reuseNode(prev: SceneNode | undefined, next: SceneNode): SceneNode {
  if (!prev) return next;
  if (sameData(prev, next)) return prev;
  const shapes = reuseShapes(prev.shapes, next.shapes);
  return shapes === next.shapes ? next : { ...next, shapes };
}

/** The key of a scene line: its relation id and which of that relation's lines it is (several share one id). */
export function edgeKeys(edges: readonly SceneEdge[]): string[] {
  const seen = new Map<string, number>();
  return edges.map((e) => {
    const k = seen.get(e.id) ?? 0;
    seen.set(e.id, k + 1);
    return `${e.id}#${k}`;
  });
}

/** A list with unchanged items of `prev` reused; `prev` itself when every item is reused in the same order. */
function reuseList<T>(
  prev: readonly T[],
  prevKeys: readonly string[],
  next: readonly T[],
  nextKeys: readonly string[],
  reuse: (p: T | undefined, n: T) => T,
): T[] {
  const byKey = new Map<string, T>();
  for (let i = 0; i < prev.length; i++) byKey.set(prevKeys[i]!, prev[i]!);
  let all = prev.length === next.length;
  const out = next.map((n, i) => {
    const item = reuse(byKey.get(nextKeys[i]!), n);
    if (item !== prev[i]) all = false;
    return item;
  });
  return all ? (prev as T[]) : out;
}

/** `next` with the unchanged parts of `prev` reused (see the file comment). */
export function reconcileScene(prev: Scene | undefined, next: Scene): Scene {
  if (!prev || prev === next) return next;
  const nodes = reuseList(
    prev.nodes,
    prev.nodes.map((n) => n.id),
    next.nodes,
    next.nodes.map((n) => n.id),
    reuseNode,
  );
  const edges = reuseList(prev.edges, edgeKeys(prev.edges), next.edges, edgeKeys(next.edges), (p, n) => {
    if (!p) return n;
    if (sameData(p, n)) return p;
    const shapes = reuseShapes(p.shapes, n.shapes);
    return shapes === n.shapes ? n : { ...n, shapes };
  });
  return {
    ...next,
    bounds: sameData(prev.bounds, next.bounds) ? prev.bounds : next.bounds,
    background: reuseShapes(prev.background, next.background),
    overlay: reuseShapes(prev.overlay, next.overlay),
    legend: sameData(prev.legend, next.legend) ? prev.legend : next.legend,
    nodes,
    edges,
  };
}
