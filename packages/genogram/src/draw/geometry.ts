/** Small geometry helpers for symbol outlines and paths (numbers only, rounded for a stable scene). */
import type { PathShape, Shape, Style } from '@kring/scene';

export type Outline = 'square' | 'circle' | 'dome' | 'diamond' | 'triangle';

/** Rounds to 1/100 of a unit so scenes stay small and deep-equal across runs. */
export const r2 = (v: number) => Math.round(v * 100) / 100;

/** Path data from commands and numbers (rounded), separated by single spaces. */
export function path(d: (string | number)[], style: Style): PathShape {
  let text = '';
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (i > 0) text += ' ';
    text += typeof v === 'number' ? String(r2(v)) : v;
  }
  return { type: 'path', d: text, ...style };
}

export function line(x1: number, y1: number, x2: number, y2: number, style: Style): PathShape {
  return { type: 'path', d: `M ${r2(x1)} ${r2(y1)} L ${r2(x2)} ${r2(y2)}`, ...style };
}

export function polyline(points: [number, number][], style: Style): PathShape {
  let text = '';
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i]!;
    text += `${i === 0 ? 'M' : ' L'} ${r2(x)} ${r2(y)}`;
  }
  return { type: 'path', d: text, ...style };
}

/** The outline of a symbol of side `s` centred on (cx, cy). */
export function outline(kind: Outline, cx: number, cy: number, s: number, style: Style): Shape {
  const h = s / 2;
  switch (kind) {
    case 'square':
      return { type: 'rect', x: r2(cx - h), y: r2(cy - h), width: r2(s), height: r2(s), ...style };
    case 'circle':
      return { type: 'circle', cx: r2(cx), cy: r2(cy), r: r2(h), ...style };
    case 'dome':
      return path(
        ['M', cx - h, cy + h, 'L', cx - h, cy, 'A', h, h, 0, 0, 1, cx + h, cy, 'L', cx + h, cy + h, 'Z'],
        style,
      );
    case 'diamond':
      return path(['M', cx, cy - h, 'L', cx + h, cy, 'L', cx, cy + h, 'L', cx - h, cy, 'Z'], style);
    case 'triangle':
      return path(['M', cx, cy - h, 'L', cx + h, cy + h * 0.8, 'L', cx - h, cy + h * 0.8, 'Z'], style);
  }
}

/**
 * Quadrant `q` (0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left) of an outline, scaled by `scale`
 * around the centre: condition fills.
 */
export function quadrant(kind: Outline, q: number, cx: number, cy: number, s: number, style: Style): Shape {
  const h = s / 2;
  const sx = q === 1 || q === 2 ? 1 : -1;
  const sy = q >= 2 ? 1 : -1;
  const pie = () => {
    // Start and end of the quarter arc, clockwise on screen.
    const pts: [number, number][] = [
      [cx - h, cy],
      [cx, cy - h],
      [cx + h, cy],
      [cx, cy + h],
    ];
    const [ax, ay] = pts[q]!;
    const [bx, by] = pts[(q + 1) % 4]!;
    return path(['M', cx, cy, 'L', ax, ay, 'A', h, h, 0, 0, 1, bx, by, 'Z'], style);
  };
  switch (kind) {
    case 'circle':
      return pie();
    case 'dome':
      if (sy < 0) return pie();
      return { type: 'rect', x: r2(sx < 0 ? cx - h : cx), y: r2(cy), width: r2(h), height: r2(h), ...style };
    case 'diamond': {
      const vx = cx + sx * h;
      const vy = cy + sy * h;
      return path(['M', cx, cy, 'L', vx, cy, 'L', cx, vy, 'Z'], style);
    }
    default:
      return {
        type: 'rect',
        x: r2(sx < 0 ? cx - h : cx),
        y: r2(sy < 0 ? cy - h : cy),
        width: r2(h),
        height: r2(h),
        ...style,
      };
  }
}
