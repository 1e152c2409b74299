/** Checks on scenes used by the genogram's tests: boxes of symbols and of text. */
import type { Scene, Shape, TextShape } from '@kring/scene';
import { textWidth } from '@kring/scene';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function textBox(t: TextShape): Box {
  const w = textWidth(t.text, t.size, t.weight === 'bold');
  const left = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
  const top =
    t.baseline === 'hanging' ? t.y : t.baseline === 'middle' ? t.y - t.size / 2 : t.y - t.size * 0.8;
  return { left, top, right: left + w, bottom: top + t.size };
}

export const overlaps = (a: Box, b: Box, eps = 0.01) =>
  a.left < b.right - eps && b.left < a.right - eps && a.top < b.bottom - eps && b.top < a.bottom - eps;

export function symbolBoxes(scene: Scene): { id: string; box: Box }[] {
  return scene.nodes.map((n) => ({
    id: n.id,
    box: { left: n.x, top: n.y, right: n.x + n.width, bottom: n.y + n.height },
  }));
}

const isText = (s: Shape): s is TextShape => s.type === 'text';

/** Every text of the scene that is a label (not a mark inside its own symbol), with its owner's id. */
export function labelBoxes(scene: Scene, withEdges = true): { owner: string; text: string; box: Box }[] {
  const out: { owner: string; text: string; box: Box }[] = [];
  for (const n of scene.nodes)
    for (const t of n.shapes.filter(isText)) {
      const inside = t.x >= n.x && t.x <= n.x + n.width && t.y >= n.y && t.y <= n.y + n.height;
      if (!inside) out.push({ owner: n.id, text: t.text, box: textBox(t) });
    }
  if (withEdges)
    for (const e of scene.edges)
      for (const t of e.shapes.filter(isText)) out.push({ owner: e.id, text: t.text, box: textBox(t) });
  return out;
}
