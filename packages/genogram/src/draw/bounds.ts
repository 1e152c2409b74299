/**
 * The box around everything drawn, text included (estimated with the scene's text metrics): rectangles and
 * circles by their geometry, paths by the exact box of every SVG path command (`extendByPath` of
 * `@kring/scene`: lines by their points, curves and arcs where they turn, never by control points or arc
 * parameters), without stroke width.
 */
import { extendByPath, textWidth } from '@kring/scene';
import type { Bounds, Extent, Shape } from '@kring/scene';

/** The extent so far is the builder's own fields (an `Extent` that `extendByPath` widens in place). */
export class BoundsBuilder implements Extent {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;

  add(x1: number, y1: number, x2 = x1, y2 = y1): void {
    this.minX = Math.min(this.minX, x1, x2);
    this.minY = Math.min(this.minY, y1, y2);
    this.maxX = Math.max(this.maxX, x1, x2);
    this.maxY = Math.max(this.maxY, y1, y2);
  }

  shape(s: Shape): void {
    switch (s.type) {
      case 'rect':
        this.add(s.x, s.y, s.x + s.width, s.y + s.height);
        break;
      case 'circle':
        this.add(s.cx - s.r, s.cy - s.r, s.cx + s.r, s.cy + s.r);
        break;
      case 'path':
        extendByPath(this, s.d);
        break;
      case 'text': {
        const w = textWidth(s.text, s.size, s.weight === 'bold');
        const left = s.anchor === 'middle' ? s.x - w / 2 : s.anchor === 'end' ? s.x - w : s.x;
        const top =
          s.baseline === 'hanging' ? s.y : s.baseline === 'middle' ? s.y - s.size / 2 : s.y - s.size;
        this.add(left, top, left + w, top + s.size * 1.2);
        break;
      }
    }
  }

  bounds(margin: number): Bounds {
    const { minX, minY, maxX, maxY } = this;
    if (minX === Infinity) return { x: 0, y: 0, width: 2 * margin, height: 2 * margin };
    const x = Math.floor(minX - margin);
    const y = Math.floor(minY - margin);
    return { x, y, width: Math.ceil(maxX + margin) - x, height: Math.ceil(maxY + margin) - y };
  }
}
