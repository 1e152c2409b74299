/**
 * The keyed scene diff: a new scene with every part whose content did not change replaced by the object of the
 * previous scene (nodes by id, lines by id and occurrence, shapes by position). Svelte's keyed `{#each}` then
 * sees the same objects and leaves their DOM alone, so an edit touches only what it changed. The result is
 * content-equal to `next` (only object identities differ); `prev` is never modified.
 */
import type { Scene, SceneEdge, SceneNode, Shape } from '@kring/scene';

/**
 * Deep equality of plain data (objects, arrays, numbers, strings, booleans, undefined; no inherited enumerable
 * keys, as scenes and their structured clones have none). On every node and line of a large scene, so it
 * avoids calls where it can: scalars are compared in place, and a key is looked up only when its value is
 * undefined.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i];
      const y: unknown = b[i];
      if (x !== y && (typeof x !== 'object' || !sameData(x, y))) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    count++;
    const x = ra[key];
    const y = rb[key];
    if (x !== y && (typeof x !== 'object' || !sameData(x, y))) return false;
    if (y === undefined && !(key in rb)) return false;
  }
  for (const _ in rb) count--;
  return count === 0;
}

/** `next` with each shape equal to the one at the same place in `prev` taken from `prev`; `prev` itself when all are. */
export function reuseShapes(prev: readonly Shape[] | undefined, next: Shape[]): Shape[] {
  if (!prev || prev === next) return next;
  let out: Shape[] | undefined;
  for (let i = 0; i < next.length; i++) {
    const p = prev[i];
    if (p === undefined || !sameData(p, next[i])) continue;
    out ??= next.slice();
    out[i] = p;
  }
  if (!out) return next;
  return prev.length === next.length && out.every((s, i) => s === prev[i]) ? (prev as Shape[]) : out;
}

function reuseNode(prev: SceneNode | undefined, next: SceneNode): SceneNode {
  if (!prev || prev === next) return prev ?? next;
  // A symbol that moved (a layout shift moves thousands) moved all its shapes: nothing in it to reuse.
  if (prev.x !== next.x || prev.y !== next.y) return next;
  if (sameData(prev, next)) return prev;
  const shapes = reuseShapes(prev.shapes, next.shapes);
  return shapes === next.shapes ? next : { ...next, shapes };
}

function reuseEdge(prev: SceneEdge | undefined, next: SceneEdge): SceneEdge {
  if (!prev || prev === next) return prev ?? next;
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

/** Same length and the same ids in the same order: keys then match by index (for lines: same occurrences). */
function aligned(prev: readonly { id: string }[], next: readonly { id: string }[]): boolean {
  if (prev.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) if (prev[i]!.id !== next[i]!.id) return false;
  return true;
}

/** A list with unchanged items of `prev` reused; `prev` itself when every item is reused in the same order. */
function reuseList<T extends { id: string }>(
  prev: readonly T[],
  next: readonly T[],
  keys: (list: readonly T[]) => string[],
  reuse: (p: T | undefined, n: T) => T,
): T[] {
  if (prev === next) return next as T[];
  let all = prev.length === next.length;
  const out = new Array<T>(next.length);
  if (aligned(prev, next)) {
    // The common case (an edit changes what is drawn, not the order): no keys, no map.
    for (let i = 0; i < next.length; i++) {
      const item = reuse(prev[i], next[i]!);
      if (item !== prev[i]) all = false;
      out[i] = item;
    }
  } else {
    const byKey = new Map<string, T>();
    const prevKeys = keys(prev);
    for (let i = 0; i < prev.length; i++) byKey.set(prevKeys[i]!, prev[i]!);
    const nextKeys = keys(next);
    for (let i = 0; i < next.length; i++) {
      const item = reuse(byKey.get(nextKeys[i]!), next[i]!);
      if (item !== prev[i]) all = false;
      out[i] = item;
    }
  }
  return all ? (prev as T[]) : out;
}

const nodeIds = (nodes: readonly SceneNode[]) => nodes.map((n) => n.id);

/** Scenes whose unchanged parts are already those of the scene they were made from (the value). */
const reconciled = new WeakMap<Scene, Scene>();
/** Per scene `reconcileScene` made: the scene it was made from. */
const madeFrom = new WeakMap<Scene, Scene>();

/**
 * Records that every part of `next` equal to one of `base` is `base`'s object (as a scene the layout worker's
 * delta rebuilt, state/scene-delta.ts): `reconcileScene(base, next)` then returns `next` as it is.
 */
export function markReconciled(next: Scene, base: Scene): void {
  reconciled.set(next, base);
}

/**
 * `next` with the unchanged parts of `prev` reused (see the file comment). A scene marked as made from `prev`
 * (or from the scene `prev` was reconciled from) by `markReconciled` is returned as it is: from then on the
 * chain of such scenes needs no comparing.
 */
export function reconcileScene(prev: Scene | undefined, next: Scene): Scene {
  if (!prev || prev === next) return next;
  const base = reconciled.get(next);
  if (base !== undefined && (base === prev || base === madeFrom.get(prev))) return next;
  const nodes = reuseList(prev.nodes, next.nodes, nodeIds, reuseNode);
  const edges = reuseList(prev.edges, next.edges, edgeKeys, reuseEdge);
  const out: Scene = {
    ...next,
    bounds: sameData(prev.bounds, next.bounds) ? prev.bounds : next.bounds,
    background: reuseShapes(prev.background, next.background),
    overlay: reuseShapes(prev.overlay, next.overlay),
    legend: sameData(prev.legend, next.legend) ? prev.legend : next.legend,
    nodes,
    edges,
  };
  madeFrom.set(out, next);
  return out;
}
