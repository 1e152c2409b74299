import { textWidth, wrapText, type Shape } from '@kring/scene';

export const FOCUS_R = 17;
const LABEL_SIZE = 13;
const LINE_HEIGHT = 15;

/** The focus: a circle with a double outline (the index person), its name in bold below. */
export function drawFocus(label: string, cx: number, cy: number): { shapes: Shape[]; reach: number } {
  const lines = wrapText(label, LABEL_SIZE, 84, 2);
  const shapes: Shape[] = [
    { type: 'circle', cx, cy, r: FOCUS_R, stroke: 'accent', fill: 'paper', strokeWidth: 2 },
    { type: 'circle', cx, cy, r: FOCUS_R - 4, stroke: 'accent', fill: 'none', strokeWidth: 2 },
  ];
  lines.forEach((line, i) =>
    shapes.push({
      type: 'text',
      x: cx,
      y: cy + FOCUS_R + 4 + i * LINE_HEIGHT,
      text: line,
      size: LABEL_SIZE,
      anchor: 'middle',
      baseline: 'hanging',
      weight: 'bold',
      halo: true,
      fill: 'ink',
    }),
  );
  const width = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE, true)), 2 * FOCUS_R);
  const bottom = FOCUS_R + 4 + lines.length * LINE_HEIGHT;
  /** How far from the centre the focus and its label reach. */
  const reach = Math.hypot(width / 2, bottom);
  return { shapes, reach };
}
