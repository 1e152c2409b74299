/** The box around everything drawn, text included (estimated with the scene's text metrics). */
import { textWidth } from '@kring/scene';
import type { Bounds, Shape } from '@kring/scene';

export class BoundsBuilder {
  private minX = Infinity;
  private minY = Infinity;
  private maxX = -Infinity;
  private maxY = -Infinity;

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
      case 'path': {
        // Every coordinate pair of M/L commands; arcs are within their endpoints' symbol box here.
        const tokens = s.d.split(' ');
        for (let i = 0; i < tokens.length; i++) {
          const cmd = tokens[i];
          if (cmd === 'M' || cmd === 'L') this.add(Number(tokens[i + 1]), Number(tokens[i + 2]));
          else if (cmd === 'A') this.add(Number(tokens[i + 6]), Number(tokens[i + 7]));
          else if (cmd === 'H') this.add(Number(tokens[i + 1]), this.minY);
          else if (cmd === 'V') this.add(this.minX, Number(tokens[i + 1]));
        }
        break;
      }
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
    if (this.minX === Infinity) return { x: 0, y: 0, width: 2 * margin, height: 2 * margin };
    const x = Math.floor(this.minX - margin);
    const y = Math.floor(this.minY - margin);
    return { x, y, width: Math.ceil(this.maxX + margin) - x, height: Math.ceil(this.maxY + margin) - y };
  }
}
