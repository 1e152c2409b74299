/**
 * The comparison overlay: extra marks drawn over the later state's scene to show what changed since an
 * earlier state (core's compareNetworks), in any view. No renderer changes: the marks are plain shapes built
 * from the two scenes' node boxes, drawn after everything else.
 *
 * - who joined: a green (`positive`) rounded outline around their symbol and everything drawn with it (the
 *   name below it, badges), so the outline never runs through their name;
 * - who left: a grey (`muted`) dashed outline where they stood in the earlier scene, with their name; when
 *   someone stands there now (the others close ranks) it moves until it covers no one and no one's name: in
 *   the network views (ecogram, sociogram) outward from the middle (or stays put when no room is found close
 *   by), in a genogram sideways along its generation, the nearest free place (past the row's end at the latest);
 * - who moved rings: an arrow from their earlier position to their symbol now (omitted when the symbol did
 *   not move, as in a genogram).
 */
import type { Id } from '@kring/core';
import { shapeBounds } from './shape-bounds.js';
import { textWidth } from './text-metrics.js';
import type { Bounds, Scene, SceneNode, Shape } from './types.js';

/** What changed between the two states (core's compareNetworks), as the ids of the nodes to mark. */
export interface ComparisonMarkIds {
  /** Who joined: drawn in the later scene. */
  added: readonly Id[];
  /** Who left: drawn only in the earlier scene. */
  removed: readonly Id[];
  /** The alters whose ring changed. */
  moved: readonly Id[];
}

/** Room between a symbol and its outline, in drawing units. */
const PAD = 6;
const ARROW_HEAD = 9;
/** The name under a leaver's outline: its size, and its baseline below the outline. */
const NAME_SIZE = 12;
const NAME_DROP = PAD + 12;
/** A leaver's outline tries this many steps outward, each a third of its size, before staying put. */
const GHOST_STEPS = 12;

const centre = (n: SceneNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
const round = (v: number) => Math.round(v * 100) / 100;

function outline(
  box: Bounds,
  style: Omit<Shape & { type: 'rect' }, 'type' | 'x' | 'y' | 'width' | 'height'>,
) {
  return {
    type: 'rect' as const,
    x: round(box.x - PAD),
    y: round(box.y - PAD),
    width: round(box.width + 2 * PAD),
    height: round(box.height + 2 * PAD),
    rx: PAD,
    ...style,
  };
}

/** The node's symbol box together with everything drawn with it (name, badges). */
function fullBox(n: SceneNode): Bounds {
  const drawn = n.shapes.length > 0 ? shapeBounds(n.shapes) : undefined;
  if (!drawn || (drawn.width === 0 && drawn.height === 0))
    return { x: n.x, y: n.y, width: n.width, height: n.height };
  const x = Math.min(n.x, drawn.x);
  const y = Math.min(n.y, drawn.y);
  return {
    x,
    y,
    width: Math.max(n.x + n.width, drawn.x + drawn.width) - x,
    height: Math.max(n.y + n.height, drawn.y + drawn.height) - y,
  };
}

const overlaps = (a: Bounds, b: Bounds) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a leaver's outline goes: where they stood, or — when someone (or someone's name) now stands there —
 * the first place that covers no one, in steps of a third of its size: outward from the picture's middle in
 * a network view, sideways (right, left, twice as far right, …) in a genogram, so it stays in its generation.
 */
function ghostBox(n: SceneNode, after: Scene, taken: readonly Bounds[]): Bounds {
  const box = { x: n.x, y: n.y, width: n.width, height: n.height };
  // The outline with its room and the name below it.
  const nameHalf = Math.max(textWidth(n.label, NAME_SIZE) / 2, n.width / 2 + PAD);
  const footprint = (x: number, y: number): Bounds => ({
    x: x + n.width / 2 - nameHalf,
    y: y - PAD,
    width: 2 * nameHalf,
    // Down to the name's descenders (its baseline is NAME_DROP below the symbol's box).
    height: PAD + n.height + NAME_DROP + NAME_SIZE * 0.25,
  });
  const free = (x: number, y: number) => !taken.some((t) => overlaps(footprint(x, y), t));
  if (free(n.x, n.y)) return box;
  const step = Math.max(n.width, n.height) / 3 + PAD;
  if (after.view === 'genogram') {
    // As far as it takes: past either end of the generation at the latest, where there is always room.
    const steps = Math.ceil((after.bounds.width + 2 * nameHalf) / step) + 1;
    for (let k = 1; k <= steps; k++)
      for (const x of [n.x + step * k, n.x - step * k]) if (free(x, n.y)) return { ...box, x };
    return box;
  }
  const mx = after.bounds.x + after.bounds.width / 2;
  const my = after.bounds.y + after.bounds.height / 2;
  const dx = n.x + n.width / 2 - mx;
  const dy = n.y + n.height / 2 - my;
  const length = Math.hypot(dx, dy) || 1;
  for (let k = 1; k <= GHOST_STEPS; k++) {
    const x = n.x + (dx / length) * step * k;
    const y = n.y + (dy / length) * step * k;
    if (free(x, y)) return { ...box, x, y };
  }
  return box;
}

/** An arrow from `from` to the edge of `to`'s outline (so the head stays visible), or none when too short. */
function arrow(from: { x: number; y: number }, to: SceneNode): Shape[] {
  const end = centre(to);
  const dx = end.x - from.x;
  const dy = end.y - from.y;
  const length = Math.hypot(dx, dy);
  const reach = Math.max(to.width, to.height) / 2 + PAD;
  if (length <= reach + ARROW_HEAD) return [];
  const ux = dx / length;
  const uy = dy / length;
  const tip = { x: end.x - ux * reach, y: end.y - uy * reach };
  const base = { x: tip.x - ux * ARROW_HEAD, y: tip.y - uy * ARROW_HEAD };
  const side = { x: -uy * (ARROW_HEAD / 2), y: ux * (ARROW_HEAD / 2) };
  const p = (q: { x: number; y: number }) => `${round(q.x)} ${round(q.y)}`;
  return [
    { type: 'circle', cx: round(from.x), cy: round(from.y), r: 3, fill: 'accent', stroke: 'none' },
    { type: 'path', d: `M ${p(from)} L ${p(base)}`, stroke: 'accent', strokeWidth: 2, dash: [6, 4] },
    {
      type: 'path',
      d: `M ${p(tip)} L ${p({ x: base.x + side.x, y: base.y + side.y })} L ${p({ x: base.x - side.x, y: base.y - side.y })} Z`,
      fill: 'accent',
      stroke: 'none',
    },
  ];
}

/** The marks for `ids` over `after` (the later state's scene), with positions of `before` (the earlier one). */
export function comparisonMarks(after: Scene, before: Scene, ids: ComparisonMarkIds): Shape[] {
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  const then = new Map(before.nodes.map((n) => [n.id, n]));
  const marks: Shape[] = [];
  // Who stands in the later picture (only worked out when someone left).
  const taken: Bounds[] = ids.removed.length > 0 ? after.nodes.map(fullBox) : [];
  for (const id of ids.removed) {
    const n = then.get(id);
    if (!n) continue;
    const box = ghostBox(n, after, taken);
    taken.push({
      x: box.x - PAD,
      y: box.y - PAD,
      width: box.width + 2 * PAD,
      height: box.height + NAME_DROP + PAD,
    });
    marks.push(outline(box, { stroke: 'muted', strokeWidth: 2, dash: [6, 4] }));
    marks.push({
      type: 'text',
      x: round(box.x + box.width / 2),
      y: round(box.y + box.height + NAME_DROP),
      text: n.label,
      size: NAME_SIZE,
      anchor: 'middle',
      italic: true,
      fill: 'muted',
      halo: true,
    });
  }
  for (const id of ids.moved) {
    const a = then.get(id);
    const b = now.get(id);
    if (a && b) marks.push(...arrow(centre(a), b));
  }
  for (const id of ids.added) {
    const n = now.get(id);
    if (n) marks.push(outline(fullBox(n), { stroke: 'positive', strokeWidth: 3 }));
  }
  return marks;
}
