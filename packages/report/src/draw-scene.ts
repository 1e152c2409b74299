/**
 * A scene (packages/scene) drawn with PDF path and text operators, the same shapes, colours and text
 * positions as the SVG writer (scene/src/svg/shapes.ts), so the PDF looks like the export and stays vector.
 */
import { textWidth, type Bounds, type Scene, type Shape, type TextShape } from '@kring/scene';
import type { PdfCanvas } from './pdf-canvas.js';

/** As the SVG writer: `d` may hold only absolute path commands and numbers; anything else is not drawn. */
const SAFE_PATH = /^[MLHVCQAZ0-9eE.,+\- ]*$/;
/** How far below `y` the baseline sits for each vertical alignment, in em (as scene/src/svg/shapes.ts). */
const BASELINE_SHIFT = { alphabetic: 0, middle: 0.35, hanging: 0.8 } as const;

const num = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(3)) : 0);

function rectPath(x: number, y: number, w: number, h: number, rx = 0): string {
  const r = Math.max(0, Math.min(rx, w / 2, h / 2));
  if (r === 0) return `M ${num(x)} ${num(y)} H ${num(x + w)} V ${num(y + h)} H ${num(x)} Z`;
  const a = (ex: number, ey: number) => `A ${num(r)} ${num(r)} 0 0 1 ${num(ex)} ${num(ey)}`;
  return [
    `M ${num(x + r)} ${num(y)}`,
    `H ${num(x + w - r)}`,
    a(x + w, y + r),
    `V ${num(y + h - r)}`,
    a(x + w - r, y + h),
    `H ${num(x + r)}`,
    a(x, y + h - r),
    `V ${num(y + r)}`,
    a(x + r, y),
    'Z',
  ].join(' ');
}

function circlePath(cx: number, cy: number, r: number): string {
  const a = `A ${num(r)} ${num(r)} 0 1 0`;
  return `M ${num(cx - r)} ${num(cy)} ${a} ${num(cx + r)} ${num(cy)} ${a} ${num(cx - r)} ${num(cy)} Z`;
}

/**
 * Draws `text` as the scene places it. The scene's layout kept room for the label by its estimated width
 * (scene/src/text-metrics.ts, DejaVu Sans advances): where the embedded font runs wider (letters the estimate
 * only guesses, such as Arabic), the letters are squeezed to that width, so a label never overflows its room.
 */
function drawText(canvas: PdfCanvas, s: TextShape, ox: number, oy: number, scale: number): void {
  const bold = s.weight === 'bold';
  const size = s.size * scale;
  if (!(size > 0) || s.text === '') return;
  const room = Math.max(textWidth(s.text, s.size, bold) * scale, 0);
  const width = Math.min(canvas.measure(s.text, size, bold), room);
  const anchor = s.anchor ?? 'start';
  const left = ox + s.x * scale - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  const baseline = oy + (s.y + BASELINE_SHIFT[s.baseline ?? 'alphabetic'] * s.size) * scale;
  canvas.text(s.text, left, baseline, {
    size,
    bold,
    italic: s.italic === true,
    color: s.fill ?? 'ink',
    maxWidth: room,
    ...(s.halo ? { halo: Math.max(2, s.size / 4) * scale } : {}),
  });
}

/** Draws shapes whose drawing-unit origin lands at (ox, oy) on the page, `scale` points per unit. */
export function drawShapes(
  canvas: PdfCanvas,
  shapes: readonly Shape[],
  ox: number,
  oy: number,
  scale: number,
): void {
  for (const shape of shapes) {
    switch (shape.type) {
      case 'rect':
        if (shape.width > 0 && shape.height > 0)
          canvas.path(rectPath(shape.x, shape.y, shape.width, shape.height, shape.rx), shape, ox, oy, scale);
        break;
      case 'circle':
        if (shape.r > 0) canvas.path(circlePath(shape.cx, shape.cy, shape.r), shape, ox, oy, scale);
        break;
      case 'path': {
        const d = shape.d.trim();
        if (d !== '' && SAFE_PATH.test(d)) canvas.path(d, shape, ox, oy, scale);
        break;
      }
      case 'text':
        drawText(canvas, shape, ox, oy, scale);
        break;
      default:
        break; // an unknown shape type from a newer layout: draw nothing rather than break the report
    }
  }
}

/** The scale that fits `bounds` into a box of `width` × `height` points, never above `maxScale`. */
export function fitScale(bounds: Bounds, width: number, height: number, maxScale: number): number {
  if (!(bounds.width > 0) || !(bounds.height > 0)) return maxScale;
  return Math.min(maxScale, width / bounds.width, height / bounds.height);
}

/** Draws the whole scene (background, edges, nodes, overlay) with its bounds' top-left corner at (x, y). */
export function drawScene(canvas: PdfCanvas, scene: Scene, x: number, y: number, scale: number): void {
  const ox = x - scene.bounds.x * scale;
  const oy = y - scene.bounds.y * scale;
  drawShapes(canvas, scene.background, ox, oy, scale);
  for (const edge of scene.edges) drawShapes(canvas, edge.shapes, ox, oy, scale);
  for (const node of scene.nodes) drawShapes(canvas, node.shapes, ox, oy, scale);
  drawShapes(canvas, scene.overlay, ox, oy, scale);
}
