/**
 * Emotional (interaction) lines of docs/notation-spec.md §1.7, drawn along their route (passes/detours.ts) with one
 * glyph per kind: parallel lines (close 2, fused 3), dotted (distant), zigzag (conflict; hostile heavier), the
 * combinations with a zigzag over parallel or dotted lines, two bars across a gap (cut-off; bridged when
 * repaired), and arrows at the receiving end for the directed kinds (focused on, abuse, neglect,
 * caretaker). Colour follows the kind (positive, negative, muted, accent) but never carries it alone.
 */
import type { Emotional, EmotionalKind } from '@kring/core';
import type { ColorToken, Shape, Style } from '@kring/scene';
import { line, path, polyline } from './geometry.js';
import { RoutePath, roundedPath, type Point } from './route-path.js';

/** Radius of the rounded bends of a detoured line. */
const BEND = 6;

const at = (f: RoutePath, s: number, o = 0): [number, number] => f.at(s, o);

function straight(f: RoutePath, offset: number, style: Style, from = 0, to = f.length): Shape {
  const part = from === 0 && to === f.length ? f : f.piece(from, to);
  return roundedPath(part.offset(offset), BEND, style);
}

function zigzag(f: RoutePath, amplitude: number, style: Style): Shape {
  const points: [number, number][] = [at(f, 0)];
  const step = 5;
  const count = Math.max(2, Math.floor((f.length - 8) / step));
  const start = (f.length - count * step) / 2;
  points.push(at(f, start));
  for (let i = 1; i < count; i++) points.push(at(f, start + i * step, i % 2 ? amplitude : -amplitude));
  points.push(at(f, start + count * step), at(f, f.length));
  return polyline(points, style);
}

function arrowHead(f: RoutePath, atEnd: boolean, colour: ColorToken): Shape {
  const s = atEnd ? f.length : 0;
  const [ux, uy] = f.direction(atEnd ? f.length : 0);
  const dir = atEnd ? 1 : -1;
  const [tx, ty] = at(f, s);
  const bx = tx - dir * 9 * ux;
  const by = ty - dir * 9 * uy;
  const [lx, ly] = [bx - uy * 4.5, by + ux * 4.5];
  const [rx, ry] = [bx + uy * 4.5, by - ux * 4.5];
  return path(['M', tx, ty, 'L', lx, ly, 'L', rx, ry, 'Z'], { fill: colour, stroke: colour, strokeWidth: 1 });
}

const COLOUR: Record<EmotionalKind, ColorToken> = {
  close: 'positive',
  fused: 'positive',
  distant: 'muted',
  conflict: 'negative',
  hostile: 'negative',
  close_hostile: 'negative',
  fused_hostile: 'negative',
  distant_hostile: 'negative',
  cutoff: 'ink',
  cutoff_repaired: 'ink',
  focused_on: 'accent',
  physical_abuse: 'negative',
  emotional_abuse: 'negative',
  sexual_abuse: 'negative',
  neglect: 'negative',
  caretaker: 'positive',
  spiritual: 'accent',
  indifferent: 'muted',
  normal: 'muted',
};

/** The glyph of an emotional line straight from (ax, ay) to (bx, by) (legend samples). */
export function emotionalGlyph(
  kind: EmotionalKind,
  direction: Emotional['direction'],
  ax: number,
  ay: number,
  bx: number,
  by: number,
): Shape[] {
  return emotionalGlyphAlong(kind, direction, [
    [ax, ay],
    [bx, by],
  ]);
}

/** The glyph of an emotional line along a route from person a to person b; every glyph follows the bends. */
export function emotionalGlyphAlong(
  kind: EmotionalKind,
  direction: Emotional['direction'],
  points: Point[],
): Shape[] {
  const f = new RoutePath(points);
  const length = f.length;
  const colour = COLOUR[kind];
  const thin: Style = { stroke: colour, strokeWidth: 1.2 };
  const shapes: Shape[] = [];
  const mid = length / 2;
  switch (kind) {
    case 'close':
      shapes.push(straight(f, -2.5, thin), straight(f, 2.5, thin));
      break;
    case 'fused':
      shapes.push(straight(f, -4, thin), straight(f, 0, thin), straight(f, 4, thin));
      break;
    case 'distant':
      shapes.push(straight(f, 0, { ...thin, strokeWidth: 1.8, dash: [0.1, 4], round: true }));
      break;
    case 'conflict':
      shapes.push(zigzag(f, 4, thin));
      break;
    case 'hostile':
      shapes.push(zigzag(f, 5, { ...thin, strokeWidth: 2 }));
      break;
    case 'close_hostile':
      shapes.push(straight(f, -5, thin), straight(f, 5, thin), zigzag(f, 4, thin));
      break;
    case 'fused_hostile':
      shapes.push(straight(f, -6, thin), straight(f, 0, thin), straight(f, 6, thin), zigzag(f, 4, thin));
      break;
    case 'distant_hostile':
      shapes.push(
        straight(f, 0, { ...thin, strokeWidth: 1.8, dash: [0.1, 4], round: true }),
        zigzag(f, 4, thin),
      );
      break;
    case 'cutoff':
    case 'cutoff_repaired': {
      if (kind === 'cutoff')
        shapes.push(straight(f, 0, thin, 0, mid - 4), straight(f, 0, thin, mid + 4, length));
      else shapes.push(straight(f, 0, thin));
      for (const s of [mid - 4, mid + 4]) {
        const [x1, y1] = at(f, s, -7);
        const [x2, y2] = at(f, s, 7);
        shapes.push(line(x1, y1, x2, y2, { ...thin, strokeWidth: 1.6 }));
      }
      break;
    }
    case 'physical_abuse':
      shapes.push(zigzag(f, 5, { ...thin, strokeWidth: 2 }));
      break;
    case 'emotional_abuse':
      shapes.push(zigzag(f, 4, { ...thin, dash: [4, 2] }));
      break;
    case 'sexual_abuse':
      shapes.push(zigzag(f, 4, thin), straight(f, 6, thin));
      break;
    case 'neglect':
      shapes.push(straight(f, 0, { ...thin, dash: [6, 3] }));
      break;
    case 'caretaker':
    case 'spiritual': {
      shapes.push(straight(f, 0, thin));
      for (let s = 14; s < length - 14; s += 14) {
        if (kind === 'caretaker') {
          const [x1, y1] = at(f, s, -4);
          const [x2, y2] = at(f, s, 4);
          shapes.push(line(x1, y1, x2, y2, thin));
        } else {
          const [cx, cy] = at(f, s);
          shapes.push({
            type: 'circle',
            cx: Math.round(cx * 100) / 100,
            cy: Math.round(cy * 100) / 100,
            r: 2.2,
            fill: 'paper',
            stroke: colour,
            strokeWidth: 1,
          });
        }
      }
      break;
    }
    case 'focused_on':
      shapes.push(straight(f, 0, { ...thin, strokeWidth: 1.6 }));
      break;
    case 'indifferent':
      shapes.push(straight(f, 0, { ...thin, dash: [10, 6] }));
      break;
    case 'normal':
      shapes.push(straight(f, 0, thin));
      break;
  }
  if (direction === 'a_to_b' || direction === 'both') shapes.push(arrowHead(f, true, colour));
  if (direction === 'b_to_a' || direction === 'both') shapes.push(arrowHead(f, false, colour));
  return shapes;
}
