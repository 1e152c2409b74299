import { textWidth } from './text-metrics.js';
import type { Bounds, Shape } from './types.js';

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Where the number starting at `i` ends, as the pattern `-?\d+(?:\.\d+)?(?:e-?\d+)?` reads it (`i` itself
 * when no number starts there): path data read without a regular expression or an array of matches.
 */
function numberEnd(d: string, i: number): number {
  let j = i;
  if (d.charCodeAt(j) === 45) j++;
  if (!isDigit(d.charCodeAt(j))) return i;
  while (isDigit(d.charCodeAt(j))) j++;
  if (d.charCodeAt(j) === 46 && isDigit(d.charCodeAt(j + 1))) {
    j += 2;
    while (isDigit(d.charCodeAt(j))) j++;
  }
  if (d.charCodeAt(j) === 101) {
    const k = d.charCodeAt(j + 1) === 45 ? j + 2 : j + 1;
    if (isDigit(d.charCodeAt(k))) {
      j = k + 1;
      while (isDigit(d.charCodeAt(j))) j++;
    }
  }
  return j;
}

/**
 * The box around shapes (text measured with the scene's width estimate; paths by their points), for layouts
 * that size a scene or keep labels apart. Paths are read as absolute number pairs (M/L/Q/C).
 */
export function shapeBounds(shapes: Iterable<Shape>): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  for (const s of shapes) {
    const pad = 'strokeWidth' in s && s.strokeWidth !== undefined ? s.strokeWidth / 2 : 0.5;
    if (s.type === 'rect') add(s.x - pad, s.y - pad, s.x + s.width + pad, s.y + s.height + pad);
    else if (s.type === 'circle') add(s.cx - s.r - pad, s.cy - s.r - pad, s.cx + s.r + pad, s.cy + s.r + pad);
    else if (s.type === 'path') {
      // Only absolute M/L/Q/C commands are used here, so every number pair is a point.
      const d = s.d;
      let x = NaN;
      let odd = false;
      for (let i = 0; i < d.length;) {
        const end = numberEnd(d, i);
        if (end === i) {
          i++;
          continue;
        }
        const v = Number(d.slice(i, end));
        i = end;
        if (!odd) x = v;
        else add(x - pad, v - pad, x + pad, v + pad);
        odd = !odd;
      }
    } else {
      const w = textWidth(s.text, s.size, s.weight === 'bold');
      const x0 = s.anchor === 'middle' ? s.x - w / 2 : s.anchor === 'end' ? s.x - w : s.x;
      const top =
        s.baseline === 'middle' ? s.y - s.size * 0.6 : s.baseline === 'hanging' ? s.y : s.y - s.size * 0.85;
      const halo = s.halo ? 2 : 0;
      add(x0 - halo, top - halo, x0 + w + halo, top + s.size * 1.1 + halo);
    }
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
