import { isReciprocal, SUPPORT_TYPES, t, type Locale, type SupportType } from '@kring/core';
import { displayName, textWidth, wrapLabel, type Shape } from '@kring/scene';
import type { Alter } from './alters.js';

/** Symbol radius of an alter (persons: circle, organisations: rounded square of the same size). */
export const ALTER_R = 13;
export const LABEL_SIZE = 12;
export const LINE_HEIGHT = 14;
/** Names wrap at this width (long compound words are hyphenated), on up to three lines before they are cut. */
const LABEL_WIDTH = 74;
const LABEL_GAP = 3;
export const BADGE_R = 9;
const BADGE_LETTER = 12;
/**
 * Where the marks go around the symbol, in degrees clockwise from 3 o'clock: first beside it (left, right),
 * then above it, so a glyph with up to two marks is no taller than its symbol and name. More than four marks
 * continue on a second arc, again beside the symbol first.
 */
const BADGE_ANGLES = [-170, -10, -115, -65];
const OUTER_ANGLES = [-172, -8, -142, -38];
const TEAM_RING = 5;

export interface Badge {
  letter: string;
  type: SupportType;
  /** Only potential support of this type (could be asked, is not given yet). */
  potential: boolean;
}

/** What is drawn for one alter, measured relative to the centre of its symbol. */
export interface AlterGlyph {
  label: string;
  lines: string[];
  /** The width of each line of the name. */
  lineWidths: number[];
  badges: Badge[];
  /** Support goes both ways (the alter gives to and receives from the focus). */
  reciprocal: boolean;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * Where the mark in slot `i` sits, relative to the symbol's centre: badges sit close around the symbol,
 * beside it first and then over its top (BADGE_ANGLES), clear of the name below; slots from 4 on are on a
 * second arc. A glyph's marks take slots 0, 1, 2, … unless a neighbour's name is there (badge-slots.ts).
 */
export function badgeCentre(i: number, ring: number): { x: number; y: number } {
  const first = i < BADGE_ANGLES.length;
  const radius = ring + BADGE_R + 1 + (first ? 0 : 2 * BADGE_R);
  const degrees = first
    ? BADGE_ANGLES[i]!
    : OUTER_ANGLES[(i - BADGE_ANGLES.length) % OUTER_ANGLES.length]! +
      Math.floor((i - BADGE_ANGLES.length) / OUTER_ANGLES.length) * 22;
  const angle = (degrees * Math.PI) / 180;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export function measureAlter(alter: Alter, locale: Locale, pseudonymise: boolean): AlterGlyph {
  const label = displayName(alter.name, pseudonymise);
  const lines = wrapLabel(label, LABEL_SIZE, LABEL_WIDTH, 3);
  const badges: Badge[] = [];
  for (const type of SUPPORT_TYPES) {
    const items = alter.support.filter((s) => s.type === type);
    if (items.length === 0) continue;
    badges.push({
      type,
      letter: t(locale, `supportLetter.${type}`),
      potential: items.every((s) => s.potential === true),
    });
  }
  // Actual support both ways, as insight counts it (potential items do not make a tie reciprocal).
  const reciprocal = isReciprocal(alter.support);
  const marks = badges.length + (reciprocal ? 1 : 0);
  const symbol = ALTER_R + (alter.actionTeam ? TEAM_RING : 0);
  let badgeMinX = 0;
  let badgeMaxX = 0;
  let badgeMinY = 0;
  for (let i = 0; i < marks; i++) {
    const c = badgeCentre(i, symbol);
    badgeMinX = Math.min(badgeMinX, c.x - BADGE_R);
    badgeMaxX = Math.max(badgeMaxX, c.x + BADGE_R);
    badgeMinY = Math.min(badgeMinY, c.y - BADGE_R);
  }
  const lineWidths = lines.map((l) => textWidth(l, LABEL_SIZE));
  const labelWidth = Math.max(0, ...lineWidths);
  const labelTop = symbol + LABEL_GAP;
  return {
    label,
    lines,
    lineWidths,
    badges,
    reciprocal,
    minX: Math.min(-symbol, -labelWidth / 2, badgeMinX),
    maxX: Math.max(symbol, labelWidth / 2, badgeMaxX),
    minY: Math.min(-symbol, badgeMinY),
    maxY: labelTop + lines.length * LINE_HEIGHT,
  };
}

/** How far the top of the name is below the symbol's centre (one line of it is LINE_HEIGHT tall). */
export function nameTop(alter: Alter): number {
  return markRing(alter) + LABEL_GAP;
}

/** The radius of the ring the marks sit around: the symbol's, with the action team's ring. */
export function markRing(alter: Alter): number {
  return ALTER_R + (alter.actionTeam ? TEAM_RING : 0);
}

/**
 * The shapes of an alter whose symbol is centred on (cx, cy); `slots` says where each mark goes (the badges
 * in order, then the two-way mark), by default 0, 1, 2, ….
 */
export function drawAlter(
  alter: Alter,
  glyph: AlterGlyph,
  cx: number,
  cy: number,
  slots?: readonly number[],
): Shape[] {
  const shapes: Shape[] = [];
  if (alter.actionTeam) {
    shapes.push({
      type: 'circle',
      cx,
      cy,
      r: ALTER_R + TEAM_RING - 1,
      stroke: 'accent',
      fill: 'none',
      strokeWidth: 3,
    });
  }
  if (alter.kind === 'organisation') {
    const s = ALTER_R * 0.9;
    shapes.push({
      type: 'rect',
      x: cx - s,
      y: cy - s,
      width: 2 * s,
      height: 2 * s,
      rx: 5,
      stroke: 'ink',
      fill: 'fill2',
      strokeWidth: 1.5,
    });
  } else {
    shapes.push({ type: 'circle', cx, cy, r: ALTER_R, stroke: 'ink', fill: 'paper', strokeWidth: 1.5 });
  }
  const labelTop = cy + nameTop(alter);
  glyph.lines.forEach((line, i) => {
    shapes.push({
      type: 'text',
      x: cx,
      y: labelTop + i * LINE_HEIGHT,
      text: line,
      size: LABEL_SIZE,
      anchor: 'middle',
      baseline: 'hanging',
      halo: true,
      fill: 'ink',
    });
  });
  const ring = markRing(alter);
  const slot = (i: number) => slots?.[i] ?? i;
  glyph.badges.forEach((badge, i) => shapes.push(...drawBadge(badge, cx, cy, badgeCentre(slot(i), ring))));
  if (glyph.reciprocal) shapes.push(...drawReciprocity(cx, cy, badgeCentre(slot(glyph.badges.length), ring)));
  return shapes;
}

function drawBadge(badge: Badge, cx: number, cy: number, c: { x: number; y: number }): Shape[] {
  return [
    {
      type: 'circle',
      cx: cx + c.x,
      cy: cy + c.y,
      r: BADGE_R,
      stroke: 'positive',
      fill: badge.potential ? 'paper' : 'positive',
      strokeWidth: 1.2,
      ...(badge.potential ? { dash: [2, 1.5] } : {}),
    },
    {
      type: 'text',
      x: cx + c.x,
      y: cy + c.y,
      text: badge.letter,
      size: BADGE_LETTER,
      anchor: 'middle',
      baseline: 'middle',
      weight: 'bold',
      fill: badge.potential ? 'positive' : 'paper',
    },
  ];
}

/** A small badge with a two-headed arrow: support is given and received. */
function drawReciprocity(cx: number, cy: number, c: { x: number; y: number }): Shape[] {
  const x = cx + c.x;
  const y = cy + c.y;
  const w = 5;
  return [
    { type: 'circle', cx: x, cy: y, r: BADGE_R, stroke: 'ink', fill: 'paper', strokeWidth: 1.2 },
    {
      type: 'path',
      d: `M${f(x - w)} ${f(y)} L${f(x + w)} ${f(y)} M${f(x - w + 2)} ${f(y - 2)} L${f(x - w)} ${f(y)} L${f(x - w + 2)} ${f(y + 2)} M${f(x + w - 2)} ${f(y - 2)} L${f(x + w)} ${f(y)} L${f(x + w - 2)} ${f(y + 2)}`,
      stroke: 'ink',
      fill: 'none',
      strokeWidth: 1.1,
      round: true,
    },
  ];
}

/** Rounds a coordinate for path strings (two decimals keep output stable and short). */
export function f(n: number): string {
  return String(Math.round(n * 100) / 100);
}
