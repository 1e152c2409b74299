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

/** Points along a path shape (M, L and Q commands), every `step` units, curves sampled through their control point. */
export function pathPoints(d: string, step = 2): [number, number][] {
  const tokens = d.trim().split(/\s+/);
  const out: [number, number][] = [];
  let cur: [number, number] = [0, 0];
  const walk = (to: [number, number]) => {
    const n = Math.max(1, Math.ceil(Math.hypot(to[0] - cur[0], to[1] - cur[1]) / step));
    for (let i = 1; i <= n; i++)
      out.push([cur[0] + ((to[0] - cur[0]) * i) / n, cur[1] + ((to[1] - cur[1]) * i) / n]);
    cur = to;
  };
  for (let i = 0; i < tokens.length;) {
    const cmd = tokens[i++]!;
    const num = () => Number(tokens[i++]);
    if (cmd === 'M') {
      cur = [num(), num()];
      out.push(cur);
    } else if (cmd === 'L') walk([num(), num()]);
    else if (cmd === 'Q') {
      const c: [number, number] = [num(), num()];
      const e: [number, number] = [num(), num()];
      const s = cur;
      for (let k = 1; k <= 8; k++) {
        const t = k / 8;
        const u = 1 - t;
        walk([
          u * u * s[0] + 2 * u * t * c[0] + t * t * e[0],
          u * u * s[1] + 2 * u * t * c[1] + t * t * e[1],
        ]);
      }
    } else if (cmd === 'Z') continue;
    else throw new Error(`pathPoints: unexpected ${cmd}`);
  }
  return out;
}

/** The first line of `kinds` that passes through a symbol box other than those of its two ends. */
export function lineThroughSymbol(scene: Scene, kinds: string[]): string | undefined {
  const symbols = symbolBoxes(scene);
  for (const e of scene.edges) {
    if (!kinds.includes(e.kind)) continue;
    for (const shape of e.shapes) {
      if (shape.type !== 'path') continue;
      for (const [x, y] of pathPoints(shape.d))
        for (const s of symbols) {
          if (s.id === e.from || s.id === e.to) continue;
          const b = s.box;
          if (x > b.left + 0.5 && x < b.right - 0.5 && y > b.top + 0.5 && y < b.bottom - 0.5)
            return `${e.kind} ${e.id} (${e.from}–${e.to}) through ${s.id} at ${x.toFixed(1)},${y.toFixed(1)}`;
        }
    }
  }
  return undefined;
}
