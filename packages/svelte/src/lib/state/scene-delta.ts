/**
 * The layout worker's scene diff: instead of the whole scene (megabytes of shapes at genealogy scale,
 * structured-cloned on both sides), the worker sends what changed since the scene it sent before. Each node
 * and line of the new scene is a reference to the equal one of that base (by index), a reference to one of
 * the base moved by an offset (all its shapes moved, as translate-shapes.ts writes them: a structural edit of
 * a genogram shifts thousands of symbols and the lines between them this way), or sent in full; of the other
 * fields, those equal to the base's are named only. The main thread rebuilds the scene from its copy of the
 * base, so unchanged nodes and lines keep their objects: the canvas's keyed diff (reconcile.ts) then finds
 * them identical and Svelte leaves their DOM alone.
 *
 * A moved node or line is rebuilt in absolute coordinates (the scene stays what a renderer makes: export,
 * hit-testing and culling read it as ever), and `drawnAs` tells the canvas which shapes it already drew for
 * it and by how much they moved since, so the canvas moves their group instead of redrawing them.
 *
 * Both sides hold the same base because every scene the worker posts is applied, in order, also when it is
 * stale and not shown (layout-scheduler.ts). Nodes are keyed by id, lines by id and occurrence (edgeKeys).
 */
import type { Scene, SceneEdge, SceneNode, Shape } from '@kring/scene';
import { edgeKeys, markReconciled, sameData } from '../canvas/reconcile.js';
import { takeBoxes } from './scene-boxes.js';
import { offsetBetween, shapesMovedTo, translateShapes } from './translate-shapes.js';

type Rest = Omit<Scene, 'nodes' | 'edges'>;

/** What changed from a base scene to a new one (plain data: a worker message). */
export interface SceneDelta {
  /** The fields other than nodes and lines that differ from the base (all of them without a base). */
  rest: Partial<Rest>;
  /** The fields other than nodes and lines taken from the base as they are. */
  same: (keyof Rest)[];
  /**
   * Per node of the new scene: the index `j` of the equal node of the base; -1 for the next one of `nodes`;
   * `-2 - j` for node `j` of the base moved by the next four numbers of `nodeMoves`.
   */
  nodeRefs: Int32Array;
  /** Per moved node, in order: its new x and y, and the offset (dx, dy) of its shapes. */
  nodeMoves: Float64Array;
  /** The nodes not in the base (new or changed), in order. */
  nodes: SceneNode[];
  /** Per line of the new scene: as `nodeRefs`, a moved line taking two numbers (dx, dy) of `edgeMoves`. */
  edgeRefs: Int32Array;
  /** Per moved line, in order: the offset (dx, dy) of its shapes. */
  edgeMoves: Float64Array;
  /** The lines not in the base, in order. */
  edges: SceneEdge[];
  /**
   * The culling boxes of `nodes`' and `edges`' shape lists, four numbers each (scene-boxes.ts), when the sender
   * measured them: the receiver takes them instead of measuring again.
   */
  nodeBoxes?: Float64Array;
  edgeBoxes?: Float64Array;
}

/**
 * How a node or line is moved on the receiving side. (The sender's check is kept apart, `Moved`, so that the
 * main thread's bundle does not carry it.)
 */
interface Kind<T> {
  /** The fields a move changes besides the shapes, from the numbers the sender gave (at `at`). */
  fields(numbers: ArrayLike<number>, at: number): Partial<T>;
  /** How many numbers a move takes: the last two are the offset (dx, dy) of the shapes. */
  width: number;
}

/** `prev` moved by (dx, dy) with `fields` changed, its shapes moved as translate-shapes.ts writes them. */
function movedBy<T extends SceneNode | SceneEdge>(
  prev: T,
  fields: Partial<T>,
  dx: number,
  dy: number,
): T | undefined {
  const shapes = translateShapes(prev.shapes, dx, dy);
  return shapes && { ...prev, ...fields, shapes };
}

/** Whether every field of `a` and `b` but `shapes` and those in `skip` is deeply equal. */
function sameBesides(a: object, b: object, skip: readonly string[]): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    count++;
    if (key === 'shapes' || skip.includes(key)) continue;
    const x = ra[key];
    const y = rb[key];
    if (x !== y && (typeof x !== 'object' || !sameData(x, y))) return false;
    if (y === undefined && !(key in rb)) return false;
  }
  for (const _ in rb) count--;
  return count === 0;
}

/**
 * The numbers (`lead`, then the offset) when `movedBy(prev, …)` on the receiving side makes exactly `next`:
 * every other field equal, the shapes those of `prev` moved by the offset between their first points. Checked
 * without making it (thousands of nodes and lines per structural edit).
 */
function movedWith<T extends SceneNode | SceneEdge>(
  prev: T,
  next: T,
  lead: number[],
  skip: readonly string[],
): number[] | undefined {
  const offset = offsetBetween(prev.shapes[0], next.shapes[0]);
  if (!offset || !sameBesides(prev, next, skip)) return undefined;
  if (!shapesMovedTo(prev.shapes, next.shapes, offset.dx, offset.dy, sameData)) return undefined;
  return [...lead, offset.dx, offset.dy];
}

/** The numbers that turn `prev` into `next` (sent in the delta), or undefined when it is no plain move. */
type Moved<T> = (prev: T, next: T) => number[] | undefined;

const XY = ['x', 'y'];

const movedNode: Moved<SceneNode> = (prev, next) =>
  prev.x === next.x && prev.y === next.y ? undefined : movedWith(prev, next, [next.x, next.y], XY);
const movedEdge: Moved<SceneEdge> = (prev, next) => movedWith(prev, next, [], []);

const NODE: Kind<SceneNode> = { width: 4, fields: (m, at) => ({ x: m[at]!, y: m[at + 1]! }) };
const EDGE: Kind<SceneEdge> = { width: 2, fields: () => ({}) };

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
  moved: Moved<T>,
): { refs: Int32Array; moves: Float64Array; sent: T[] } {
  const refs = new Int32Array(next.length);
  const moves: number[] = [];
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
    if (j >= 0 && sameData(prev[j], next[i])) {
      refs[i] = j;
      continue;
    }
    const numbers = j >= 0 ? moved(prev[j]!, next[i]!) : undefined;
    if (numbers) {
      refs[i] = -2 - j;
      for (const n of numbers) moves.push(n);
    } else {
      refs[i] = -1;
      sent.push(next[i]!);
    }
  }
  return { refs, moves: Float64Array.from(moves), sent };
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
  const nodes = diffList(base?.nodes ?? [], nextNodes, nodeKeys, movedNode);
  const edges = diffList(base?.edges ?? [], nextEdges, edgeKeys, movedEdge);
  return {
    rest: changed,
    same,
    nodeRefs: nodes.refs,
    nodeMoves: nodes.moves,
    nodes: nodes.sent,
    edgeRefs: edges.refs,
    edgeMoves: edges.moves,
    edges: edges.sent,
  };
}

/** `next` with each node and line that `delta` (from `base` to `next`) takes from `base` as the base's object. */
export function reuseBase(base: Scene, next: Scene, delta: SceneDelta): Scene {
  const pick = <T>(prev: readonly T[], now: readonly T[], refs: Int32Array): T[] => {
    const out = new Array<T>(now.length);
    for (let i = 0; i < now.length; i++) out[i] = refs[i]! >= 0 ? prev[refs[i]!]! : now[i]!;
    return out;
  };
  return {
    ...next,
    nodes: pick(base.nodes, next.nodes, delta.nodeRefs),
    edges: pick(base.edges, next.edges, delta.edgeRefs),
  };
}

/** The shapes the canvas drew for a node or line, and the offset that brings them where it is now. */
export interface DrawnAs {
  shapes: readonly Shape[];
  dx: number;
  dy: number;
}

const drawnFrom = new WeakMap<SceneNode | SceneEdge, DrawnAs>();

/**
 * For a node or line a delta rebuilt as a moved one: the shapes of the one it was moved from (first drawn),
 * and the offset since; undefined for any other. Drawing those shapes moved by the offset draws this one.
 */
export function drawnAs(item: SceneNode | SceneEdge): DrawnAs | undefined {
  return drawnFrom.get(item);
}

function applyList<T extends SceneNode | SceneEdge>(
  prev: readonly T[],
  refs: Int32Array,
  moves: Float64Array,
  sent: readonly T[],
  kind: Kind<T>,
): T[] {
  const out = new Array<T>(refs.length);
  let k = 0;
  let m = 0;
  for (let i = 0; i < refs.length; i++) {
    const j = refs[i]!;
    let item: T | undefined;
    if (j >= 0) item = prev[j];
    else if (j === -1) item = sent[k++];
    else if (m + kind.width <= moves.length) {
      const from = prev[-2 - j];
      item =
        from && movedBy(from, kind.fields(moves, m), moves[m + kind.width - 2]!, moves[m + kind.width - 1]!);
      if (from && item) {
        const origin = drawnFrom.get(from);
        drawnFrom.set(item, {
          shapes: origin?.shapes ?? from.shapes,
          dx: (origin?.dx ?? 0) + moves[m + kind.width - 2]!,
          dy: (origin?.dy ?? 0) + moves[m + kind.width - 1]!,
        });
      }
      m += kind.width;
    }
    if (item === undefined) throw new Error('scene delta does not fit its base');
    out[i] = item;
  }
  if (k !== sent.length || m !== moves.length) throw new Error('scene delta does not fit its base');
  return out;
}

/** The scene `delta` describes, made from `base` (the same base the delta was made from). */
export function applySceneDelta(base: Scene | undefined, delta: SceneDelta): Scene {
  const rest: Partial<Rest> = { ...delta.rest };
  for (const key of delta.same) {
    if (!base) throw new Error('scene delta does not fit its base');
    (rest as Record<string, unknown>)[key] = base[key];
  }
  const scene: Scene = {
    ...(rest as Rest),
    nodes: applyList(base?.nodes ?? [], delta.nodeRefs, delta.nodeMoves, delta.nodes, NODE),
    edges: applyList(base?.edges ?? [], delta.edgeRefs, delta.edgeMoves, delta.edges, EDGE),
  };
  takeBoxes(delta.nodes, delta.nodeBoxes);
  takeBoxes(delta.edges, delta.edgeBoxes);
  // Equal parts are the base's objects already: the canvas's keyed diff need not compare them again.
  if (base) markReconciled(scene, base);
  return scene;
}
