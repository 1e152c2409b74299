import { SUPPORT_TYPES, t, type Locale, type SupportItem, type Tie } from '@kring/core';
import type { Shape } from '@kring/scene';
import type { LetterRoom } from './letter-room.js';
import { f } from './num.js';

const LETTER_SIZE = 13;

export interface Point {
  x: number;
  y: number;
}

/** Line width by strength (1 weak, 2 moderate, 3 strong); a tie without a strength is drawn moderate. */
export function strokeFor(strength: Tie['strength']): number {
  return strength === 3 ? 4.5 : strength === 1 ? 1.5 : 2.5;
}

/** Spacing of the cross-strokes of a stressful line: some stress sparse, high stress dense. */
export function hatchSpacing(stress: Tie['stress']): number | undefined {
  return stress === 'high' ? 7 : stress === 'some' ? 15 : undefined;
}

/** The letters of support items in one direction: `E P (A)`, potential-only types in parentheses. */
export function supportLetters(items: readonly SupportItem[], locale: Locale): string {
  const out: string[] = [];
  for (const type of SUPPORT_TYPES) {
    const of = items.filter((s) => s.type === type);
    if (of.length === 0) continue;
    const letter = t(locale, `supportLetter.${type}`);
    out.push(of.every((s) => s.potential === true) ? `(${letter})` : letter);
  }
  return out.join(' ');
}

function arrowHead(tip: Point, from: Point, size: number): Shape {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const w = size * 0.5;
  return {
    type: 'path',
    d: `M${f(tip.x)} ${f(tip.y)} L${f(bx - uy * w)} ${f(by + ux * w)} L${f(bx + uy * w)} ${f(by - ux * w)} Z`,
    stroke: 'ink',
    fill: 'ink',
    strokeWidth: 1,
  };
}

/**
 * A tie between the centre and a satellite, from `start` (already on the household circle's edge or the
 * member's symbol, moved out by `startR`) to the satellite's circle: width by strength, dashed when
 * weak, cross-strokes when stressful (denser when high), arrowheads for the flow of energy/support
 * (to_focus → at the centre end, from_focus → at the satellite end), support letters near the receiver.
 */
export function drawCentreTie(
  tie: Tie,
  start: Point,
  startR: number,
  end: Point,
  endR: number,
  locale: Locale,
  /** Where the letters may go without covering names, circles or other letters. */
  room: LetterRoom,
  /** Letters stay this far from `start`, where the lines from the centre still run close together. */
  crowded = 0,
): Shape[] {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const a = { x: start.x + ux * startR, y: start.y + uy * startR };
  const b = { x: end.x - ux * endR, y: end.y - uy * endR };
  const width = strokeFor(tie.strength);
  const shapes: Shape[] = [
    {
      type: 'path',
      d: `M${f(a.x)} ${f(a.y)} L${f(b.x)} ${f(b.y)}`,
      stroke: 'ink',
      strokeWidth: width,
      ...(tie.strength === 1 ? { dash: [7, 5] } : {}),
    },
  ];
  const span = Math.hypot(b.x - a.x, b.y - a.y);
  const spacing = hatchSpacing(tie.stress);
  if (spacing !== undefined && span > 40) {
    // The cross-strokes are the dashes of one wide line along the tie (butt caps: each dash is a stroke
    // `thick` wide and `2 · half` long, across the tie), from 20 units after the start to 20 before the end:
    // a few dozen bytes however long the tie, where a path segment per stroke grew with its length.
    const half = 6 + width / 2;
    const thick = tie.stress === 'high' ? 2 : 1.6;
    const last = 20 + Math.floor((span - 40) / spacing) * spacing;
    const from = 20 - thick / 2;
    const to = last + thick / 2;
    shapes.push({
      type: 'path',
      d: `M${f(a.x + ux * from)} ${f(a.y + uy * from)} L${f(a.x + ux * to)} ${f(a.y + uy * to)}`,
      stroke: 'negative',
      strokeWidth: 2 * half,
      dash: [thick, spacing - thick],
    });
  }
  const size = 9 + width * 1.5;
  if (tie.flow === 'to_focus' || tie.flow === 'both') shapes.push(arrowHead(a, b, size));
  if (tie.flow === 'from_focus' || tie.flow === 'both') shapes.push(arrowHead(b, a, size));

  const items = tie.support ?? [];
  // `received`/`given` are seen from the centre: received support is written near the centre, given near
  // the satellite.
  const received = supportLetters(
    items.filter((s) => s.direction === 'received'),
    locale,
  );
  const given = supportLetters(
    items.filter((s) => s.direction === 'given'),
    locale,
  );
  const at = (d: number) => ({ x: a.x + ux * d, y: a.y + uy * d });
  const label = (text: string, p: { x: number; y: number }): Shape => ({
    type: 'text',
    x: p.x,
    y: p.y,
    text,
    size: LETTER_SIZE,
    anchor: 'middle',
    baseline: 'middle',
    weight: 'bold',
    halo: true,
    fill: 'positive',
  });
  // Received letters on the centre's half, clear of the arrowhead; given letters on the satellite's half.
  const near = Math.max(Math.min(span * 0.3, size + 14), Math.min(crowded - startR, span * 0.45));
  const far = Math.max(span * 0.7, span - size - 14);
  // When the preferred half is crowded, any free stretch of the line clear of the arrowheads will do.
  const lo = Math.min(near, size + 8);
  const hi = Math.max(far, span - size - 8);
  if (received)
    shapes.push(label(received, room.place(received, LETTER_SIZE, at, near, span * 0.48, lo, hi)));
  if (given) shapes.push(label(given, room.place(given, LETTER_SIZE, at, far, span * 0.52, lo, hi)));
  return shapes;
}

/** Satellite ties are routed around other satellites only up to this many satellites. */
const ROUTE_LIMIT = 45;

/** Distance from `c` to the segment a–b. */
function segmentDistance(c: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(c.x - (a.x + t * dx), c.y - (a.y + t * dy));
}

/** How close the quadratic curve p–c–q comes to any of `discs` (sampled; Infinity when there are none). */
function clearance(p: Point, c: Point, q: Point, discs: readonly Point[]): number {
  if (discs.length === 0) return Infinity;
  const samples: Point[] = [];
  for (let i = 0; i <= 48; i++) {
    const t = i / 48;
    samples.push({
      x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * c.x + t * t * q.x,
      y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * c.y + t * t * q.y,
    });
  }
  let least = Infinity;
  for (const d of discs) {
    for (let i = 1; i < samples.length; i++)
      least = Math.min(least, segmentDistance(d, samples[i - 1]!, samples[i]!));
  }
  return least;
}

/**
 * A thin line between two satellites, dashed when weak. It runs straight unless that would cross the centre
 * or pass through another satellite (`others`, circles of radius r); then it bends: first outward so that
 * its middle runs along the satellites' orbit, then to either side by growing amounts, taking the first
 * curve that keeps clear of every other satellite (or, when none does, the one that stays farthest away).
 * With `household`, the centre is the household's drawn circle: no curve runs across it.
 */
export function drawAlterTie(
  tie: Tie,
  p: Point,
  q: Point,
  r: number,
  centre: Point,
  centreR: number,
  others: readonly Point[] = [],
  household = false,
): Shape[] {
  const style = {
    stroke: 'muted' as const,
    strokeWidth: tie.strength === 3 ? 2 : 1.2,
    ...(tie.strength === 1 ? { dash: [5, 4] } : {}),
  };
  const mx = (p.x + q.x) / 2;
  const my = (p.y + q.y) / 2;
  const dm = Math.hypot(mx - centre.x, my - centre.y);
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len = Math.hypot(dx, dy) || 1;
  // Only satellites near the chord can be in the way of any of the curves tried below.
  const reach = len + 2 * r;
  // Beyond a hand-drawn ecogram's size (ROUTE_LIMIT satellites) routing costs more than it helps: no detours.
  const near = (others.length > ROUTE_LIMIT ? [] : others).filter(
    (o) =>
      (o.x !== p.x || o.y !== p.y) &&
      (o.x !== q.x || o.y !== q.y) &&
      Math.abs(o.x - mx) < reach &&
      Math.abs(o.y - my) < reach,
  );
  const room = r + 4;
  const straight = { x: mx, y: my };
  if (dm >= centreR + 30 && clearance(p, straight, q, near) >= room) {
    const a = { x: p.x + (dx / len) * r, y: p.y + (dy / len) * r };
    const b = { x: q.x - (dx / len) * r, y: q.y - (dy / len) * r };
    return [{ type: 'path', d: `M${f(a.x)} ${f(a.y)} L${f(b.x)} ${f(b.y)}`, ...style }];
  }
  // Outward direction at the chord's middle (perpendicular to the chord when the middle is the centre).
  let ux = (mx - centre.x) / (dm || 1);
  let uy = (my - centre.y) / (dm || 1);
  if (dm < 1e-6) {
    ux = -dy / len;
    uy = dx / len;
  }
  const rho = (Math.hypot(p.x - centre.x, p.y - centre.y) + Math.hypot(q.x - centre.x, q.y - centre.y)) / 2;
  // A curve across the household circle (between two satellites nearly opposite each other, as Mila's
  // Jeroen and his club) is no option: its control polygon may pass by on one side while it bends across.
  const across = (c: Point) => household && clearance(p, c, q, [centre]) < centreR + 30;
  // A quadratic curve's middle is (p + 2c + q) / 4: the first try puts it on the orbit.
  const orbit = { x: 2 * (centre.x + ux * rho) - mx, y: 2 * (centre.y + uy * rho) - my };
  const candidates: Point[] = across(orbit) ? [] : [orbit];
  const nx = -dy / len;
  const ny = dx / len;
  for (let k = 0.5; k <= 10; k += 0.5) {
    for (const side of [1, -1]) {
      // The middle moves k·r to the side: the control point twice as far.
      const bend = 2 * side * k * r;
      const c = { x: mx + nx * bend, y: my + ny * bend };
      // Never back through the centre.
      if (segmentDistance(centre, p, c) < centreR + 10 || segmentDistance(centre, c, q) < centreR + 10)
        continue;
      if (across(c)) continue;
      candidates.push(c);
    }
  }
  let best = candidates[0] ?? orbit;
  let bestRoom = -Infinity;
  for (const c of candidates) {
    const clear = clearance(p, c, q, near);
    if (clear >= room) {
      best = c;
      break;
    }
    if (clear > bestRoom) {
      best = c;
      bestRoom = clear;
    }
  }
  return [
    { type: 'path', d: `M${f(p.x)} ${f(p.y)} Q${f(best.x)} ${f(best.y)} ${f(q.x)} ${f(q.y)}`, ...style },
  ];
}
