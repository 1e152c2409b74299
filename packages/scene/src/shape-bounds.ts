import { box, pathBox } from './path-bounds.js';
import { textWidth } from './text-metrics.js';
import type { Bounds, Shape } from './types.js';

/**
 * The box around shapes (text measured with the scene's width estimate; paths by the exact box of their lines,
 * curves and arcs: pathBox), for layouts that size a scene or keep labels apart. Strokes widen a shape by half
 * their width on each side (0.5 when unset).
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
      pathBox(s.d);
      if (box.minX !== Infinity) add(box.minX - pad, box.minY - pad, box.maxX + pad, box.maxY + pad);
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
