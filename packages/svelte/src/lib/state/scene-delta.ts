/**
 * The layout worker's scene diff: instead of the whole scene (megabytes of shapes at genealogy scale,
 * structured-cloned on both sides), the worker sends what changed since the scene it sent before. Each node
 * and line of the new scene is either a reference to the equal one of that base (by index) or sent in full;
 * of the other fields, those equal to the base's are named only. The main thread rebuilds the scene from its
 * copy of the base, so unchanged nodes and lines keep their objects: the canvas's keyed diff (reconcile.ts)
 * then finds them identical and Svelte leaves their DOM alone.
 *
 * Both sides hold the same base because every scene the worker posts is applied, in order, also when it is
 * stale and not shown (layout-scheduler.ts). Nodes are keyed by id, lines by id and occurrence (edgeKeys).
 */
import type { Scene, SceneEdge, SceneNode } from '@kring/scene';
import { edgeKeys, sameData } from '../canvas/reconcile.js';

type Rest = Omit<Scene, 'nodes' | 'edges'>;

/** What changed from a base scene to a new one (plain data: a worker message). */
export interface SceneDelta {
  /** The fields other than nodes and lines that differ from the base (all of them without a base). */
  rest: Partial<Rest>;
  /** The fields other than nodes and lines taken from the base as they are. */
  same: (keyof Rest)[];
  /** Per node of the new scene: the index of the equal node of the base, or -1 for the next one of `nodes`. */
  nodeRefs: Int32Array;
  /** The nodes not in the base (new or changed), in order. */
  nodes: SceneNode[];
  /** Per line of the new scene: as `nodeRefs`. */
  edgeRefs: Int32Array;
  /** The lines not in the base, in order. */
  edges: SceneEdge[];
}

/** Same length and the same ids in the same order: keys then match by index (for lines too: same occurrences). */
function aligned(prev: readonly { id: string }[], next: readonly { id: string }[]): boolean {
  if (prev.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) if (prev[i]!.id !== next[i]!.id) return false;
  return true;
}

function diffList<T extends { id: string }>(
  prev: readonly T[],
  next: readonly T[],
  keys: (list: readonly T[]) => string[],
): { refs: Int32Array; sent: T[] } {
  const refs = new Int32Array(next.length);
  const sent: T[] = [];
  let at: (i: number) => number;
  if (aligned(prev, next)) at = (i) => i;
  else {
    const index = new Map<string, number>();
    const prevKeys = keys(prev);
    for (let i = 0; i < prevKeys.length; i++) index.set(prevKeys[i]!, i);
    const nextKeys = keys(next);
    at = (i) => index.get(nextKeys[i]!) ?? -1;
  }
  for (let i = 0; i < next.length; i++) {
    const j = at(i);
    if (j >= 0 && sameData(prev[j], next[i])) refs[i] = j;
    else {
      refs[i] = -1;
      sent.push(next[i]!);
    }
  }
  return { refs, sent };
}

const nodeKeys = (nodes: readonly SceneNode[]) => nodes.map((n) => n.id);

/** The delta that turns `base` (the scene sent before; undefined: none) into `next`. */
export function diffScene(base: Scene | undefined, next: Scene): SceneDelta {
  const { nodes: nextNodes, edges: nextEdges, ...rest } = next;
  const changed: Partial<Rest> = {};
  const same: (keyof Rest)[] = [];
  for (const key of Object.keys(rest) as (keyof Rest)[]) {
    if (base && Object.hasOwn(base, key) && sameData(base[key], rest[key])) same.push(key);
    else (changed as Record<string, unknown>)[key] = rest[key];
  }
  const nodes = diffList(base?.nodes ?? [], nextNodes, nodeKeys);
  const edges = diffList(base?.edges ?? [], nextEdges, edgeKeys);
  return {
    rest: changed,
    same,
    nodeRefs: nodes.refs,
    nodes: nodes.sent,
    edgeRefs: edges.refs,
    edges: edges.sent,
  };
}

function applyList<T>(prev: readonly T[], refs: Int32Array, sent: readonly T[]): T[] {
  const out = new Array<T>(refs.length);
  let k = 0;
  for (let i = 0; i < refs.length; i++) {
    const j = refs[i]!;
    const item = j >= 0 ? prev[j] : sent[k++];
    if (item === undefined) throw new Error('scene delta does not fit its base');
    out[i] = item;
  }
  if (k !== sent.length) throw new Error('scene delta does not fit its base');
  return out;
}

/** The scene `delta` describes, made from `base` (the same base the delta was made from). */
export function applySceneDelta(base: Scene | undefined, delta: SceneDelta): Scene {
  const rest: Partial<Rest> = { ...delta.rest };
  for (const key of delta.same) {
    if (!base) throw new Error('scene delta does not fit its base');
    (rest as Record<string, unknown>)[key] = base[key];
  }
  return {
    ...(rest as Rest),
    nodes: applyList(base?.nodes ?? [], delta.nodeRefs, delta.nodes),
    edges: applyList(base?.edges ?? [], delta.edgeRefs, delta.edges),
  };
}
