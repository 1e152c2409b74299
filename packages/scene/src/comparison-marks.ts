/**
 * The comparison overlay: extra marks drawn over the later state's scene to show what changed since an
 * earlier state (core's compareNetworks), in any view. No renderer changes: the marks are plain shapes built
 * from the two scenes' node boxes, drawn after everything else.
 *
 * - who joined: a green (`positive`) rounded outline around their symbol;
 * - who left: a grey (`muted`) dashed outline where they stood in the earlier scene, with their name;
 * - who moved rings: an arrow from their earlier position to their symbol now (omitted when the symbol did
 *   not move, as in a genogram).
 */
import type { Id } from '@kring/core';
import type { Scene, SceneNode, Shape } from './types.js';

export interface ComparisonMarkIds {
  added: readonly Id[];
  removed: readonly Id[];
  /** The alters whose ring changed. */
  moved: readonly Id[];
}

/** Room between a symbol and its outline, in drawing units. */
const PAD = 6;
const ARROW_HEAD = 9;

const centre = (n: SceneNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
const round = (v: number) => Math.round(v * 100) / 100;

function outline(
  n: SceneNode,
  style: Omit<Shape & { type: 'rect' }, 'type' | 'x' | 'y' | 'width' | 'height'>,
) {
  return {
    type: 'rect' as const,
    x: round(n.x - PAD),
    y: round(n.y - PAD),
    width: round(n.width + 2 * PAD),
    height: round(n.height + 2 * PAD),
    rx: PAD,
    ...style,
  };
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
  for (const id of ids.removed) {
    const n = then.get(id);
    if (!n) continue;
    marks.push(outline(n, { stroke: 'muted', strokeWidth: 2, dash: [6, 4] }));
    marks.push({
      type: 'text',
      x: round(n.x + n.width / 2),
      y: round(n.y + n.height + PAD + 12),
      text: n.label,
      size: 12,
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
    if (n) marks.push(outline(n, { stroke: 'positive', strokeWidth: 3 }));
  }
  return marks;
}
