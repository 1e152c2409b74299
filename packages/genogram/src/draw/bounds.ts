/** The box around everything drawn, text included (estimated with the scene's text metrics). */
import { shapeBounds, textWidth } from '@kring/scene';
import type { Bounds, Shape } from '@kring/scene';

const M = 77;
const L = 76;
const H = 72;
const V = 86;
const isCommand = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The number starting at `from` (up to the next space or the end) and the index just after it. */
function readNumber(d: string, from: number): [number, number] {
  let to = d.indexOf(' ', from);
  if (to < 0) to = d.length;
  return [Number(d.slice(from, to)), to];
}

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
      case 'path':
        if (s.d.includes(' A ')) {
          // A symbol's arc (a dome, a condition's pie slice) reaches past its end points: its exact box.
          const b = shapeBounds([{ ...s, strokeWidth: 0 }]);
          this.add(b.x, b.y, b.x + b.width, b.y + b.height);
        } else this.path(s.d);
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

  /**
   * Every coordinate pair of M/L commands (H and V with the box's other edge; paths with arcs are measured
   * by shapeBounds), read straight from the path text: commands and numbers separated
   * by single spaces, as geometry.ts writes them.
   */
  private path(d: string): void {
    const end = d.length;
    let i = 0;
    while (i < end) {
      const cmd = d.charCodeAt(i);
      i += 2;
      if (cmd === M || cmd === L) {
        const [x, next] = readNumber(d, i);
        const [y, after] = readNumber(d, next + 1);
        this.add(x, y);
        i = after + 1;
      } else if (cmd === H) {
        const [x, next] = readNumber(d, i);
        this.add(x, this.minY);
        i = next + 1;
      } else if (cmd === V) {
        const [y, next] = readNumber(d, i);
        this.add(this.minX, y);
        i = next + 1;
      } else {
        // Z or a command this box does not read: skip to the next command letter.
        i -= 2;
        do i = d.indexOf(' ', i) + 1;
        while (i > 0 && i < end && !isCommand(d.charCodeAt(i)));
        if (i === 0) break;
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
