import {
  comparePartialDates,
  documentIndex,
  focusHousehold,
  type Household,
  type KringDocument,
  type Person,
} from '@kring/core';
import { displayName, textWidth, wrapText, type Shape } from '@kring/scene';
import { f } from './num.js';
import { MEMBER_HALF, personSymbol } from './person-symbol.js';

const SLOT = 84;
const ROW = 96;
const LABEL_SIZE = 12;
const LINE_HEIGHT = 14;
const PADDING = 14;
/** How far below the top row's symbols the partner line runs (a lone parent's line turns aside there). */
const PARTNER_DROP = 10;
/** The gap between a symbol (or the partner line under it) and the first line of the name. */
const NAME_GAP = 4;

export interface Member {
  person: Person;
  label: string;
  x: number;
  y: number;
  /**
   * How far below the symbol's centre the name starts: under the partner line when lines hang below the
   * member's row (as in the genogram), so no line runs through a name.
   */
  nameDrop: number;
  pinned: boolean;
}

/** The centre of the ecogram: the focus's current household as a small genogram in a circle, or the focus. */
export interface Centre {
  household?: Household;
  members: Member[];
  /** Centre and radius of the household circle (or of the space the lone focus takes). */
  cx: number;
  cy: number;
  r: number;
  pinned: boolean;
  /** Partner and descent lines inside the circle. */
  lines: Shape[];
}

type Pins = Record<string, { x: number; y: number }>;

/**
 * Lays out the centre. Household members without a parent in the household form the top row (partners side
 * by side, joined by a partner line below them); their children form the row below, oldest left, hanging
 * from their parents' line. A pinned household moves as a whole; a pinned member stays where it was put.
 */
export function layoutCentre(document: KringDocument, pins: Pins, pseudonymise: boolean): Centre {
  const index = documentIndex(document);
  const household = focusHousehold(document);
  const ids = household ? household.members.filter((id) => index.persons.has(id)) : [document.focus];
  const inside = new Set(ids);
  const parentsOf = (id: string) =>
    (index.parentLinks.get(id) ?? []).map((l) => l.parent).filter((p) => inside.has(p) && p !== id);
  const partnerOf = (id: string) =>
    (index.partnershipsByPerson.get(id) ?? [])
      .map((p) => (p.a === id ? p.b : p.a))
      .filter((p) => inside.has(p));

  const top: string[] = [];
  for (const id of ids) {
    if (parentsOf(id).length > 0 || top.includes(id)) continue;
    top.push(id);
    const partner = partnerOf(id).find((p) => !top.includes(p) && parentsOf(p).length === 0);
    if (partner) top.push(partner);
  }
  const bottom = ids
    .filter((id) => parentsOf(id).length > 0)
    .sort((a, b) =>
      comparePartialDates(index.persons.get(a)?.birth ?? '', index.persons.get(b)?.birth ?? ''),
    );

  const rowY = bottom.length > 0 ? [-ROW / 2, ROW / 2] : [0];
  // Lines hang below the top row when two of it are partners or one of it has a child below.
  const linesBelowTop = bottom.length > 0 || top.some((id) => partnerOf(id).some((p) => top.includes(p)));
  const members: Member[] = [];
  const place = (row: string[], y: number, nameDrop: number) =>
    row.forEach((id, i) => {
      const person = index.persons.get(id)!;
      members.push({
        person,
        label: displayName(person.name, pseudonymise),
        x: (i - (row.length - 1) / 2) * SLOT,
        y,
        nameDrop,
        pinned: false,
      });
    });
  place(top, rowY[0]!, MEMBER_HALF + (linesBelowTop ? PARTNER_DROP : 0) + NAME_GAP);
  place(bottom, rowY[1] ?? 0, MEMBER_HALF + NAME_GAP);

  // Extent of the small genogram with its labels, for the circle around it.
  let reach = MEMBER_HALF + PADDING;
  for (const m of members) {
    const lines = wrapText(m.label, LABEL_SIZE, SLOT - 8, 2);
    const w = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE, m.person.id === document.focus)));
    const bottomY = m.y + m.nameDrop + lines.length * LINE_HEIGHT;
    for (const [x, y] of [
      [m.x - w / 2, m.y - MEMBER_HALF],
      [m.x + w / 2, m.y - MEMBER_HALF],
      [m.x - w / 2, bottomY],
      [m.x + w / 2, bottomY],
    ] as const) {
      reach = Math.max(reach, Math.hypot(x, y) + PADDING);
    }
  }
  const householdPin = household && Object.hasOwn(pins, household.id) ? pins[household.id] : undefined;
  const focusPin = !household && Object.hasOwn(pins, document.focus) ? pins[document.focus] : undefined;
  const origin = householdPin ?? focusPin ?? { x: 0, y: 0 };
  for (const m of members) {
    const pin = household && Object.hasOwn(pins, m.person.id) ? pins[m.person.id] : undefined;
    m.x = pin ? pin.x : origin.x + m.x;
    m.y = pin ? pin.y : origin.y + m.y;
    m.pinned = pin !== undefined || focusPin !== undefined;
  }
  const at = new Map(members.map((m) => [m.person.id, m]));
  const lines: Shape[] = [];
  const drawn = new Set<string>();
  for (const id of top) {
    for (const partner of partnerOf(id)) {
      const key = [id, partner].sort().join('|');
      const a = at.get(id);
      const b = at.get(partner);
      if (drawn.has(key) || !a || !b || bottom.includes(partner)) continue;
      drawn.add(key);
      const y = Math.max(a.y, b.y) + MEMBER_HALF + PARTNER_DROP;
      lines.push({
        type: 'path',
        d: `M${f(a.x)} ${f(a.y + MEMBER_HALF)} L${f(a.x)} ${f(y)} L${f(b.x)} ${f(y)} L${f(b.x)} ${f(b.y + MEMBER_HALF)}`,
        stroke: 'ink',
        strokeWidth: 1.5,
      });
    }
  }
  // Children hang from the middle of their parents' line via one sibling bar. A single parent's line goes
  // down to the partner line's height and turns aside past their name, as in the genogram.
  for (const id of bottom) {
    const child = at.get(id)!;
    const parents = parentsOf(id)
      .map((p) => at.get(p))
      .filter((p): p is Member => p !== undefined);
    const barY = child.y - MEMBER_HALF - 12;
    const lineY = Math.max(...parents.map((p) => p.y)) + MEMBER_HALF + PARTNER_DROP;
    // Where the line turns down to the bar: the couple line's middle, or beside a single parent's name.
    // A single parent with a partner line turns away from it (the couple's own line hangs in the middle).
    const lone = parents[0]!;
    const partner = partnerOf(lone.person.id)
      .map((p) => at.get(p))
      .find((p) => p !== undefined && top.includes(p.person.id) && p.y === lone.y);
    const side = partner ? (partner.x < lone.x ? 1 : -1) : child.x >= lone.x ? 1 : -1;
    const turnX =
      parents.length > 1
        ? parents.reduce((s, p) => s + p.x, 0) / parents.length
        : lone.x + side * (nameHalfWidth(lone, document.focus) + 6);
    const start =
      parents.length > 1
        ? `M${f(turnX)} ${f(lineY)}`
        : `M${f(lone.x)} ${f(lone.y + MEMBER_HALF)} L${f(lone.x)} ${f(lineY)} L${f(turnX)} ${f(lineY)}`;
    lines.push({
      type: 'path',
      d: `${start} L${f(turnX)} ${f(barY)} L${f(child.x)} ${f(barY)} L${f(child.x)} ${f(child.y - MEMBER_HALF)}`,
      stroke: 'ink',
      strokeWidth: 1.5,
    });
  }
  return {
    ...(household ? { household } : {}),
    members,
    cx: origin.x,
    cy: origin.y,
    r: reach,
    pinned: householdPin !== undefined || focusPin !== undefined,
    lines,
  };
}

/** Half the width of a member's name as drawn (the focus's in bold). */
function nameHalfWidth(m: Member, focus: string): number {
  const bold = m.person.id === focus;
  return (
    Math.max(...wrapText(m.label, LABEL_SIZE, SLOT - 8, 2).map((l) => textWidth(l, LABEL_SIZE, bold))) / 2
  );
}

/** The shapes of one member: gender symbol (double outline for the focus) and name below. */
export function drawMember(m: Member, isFocus: boolean): Shape[] {
  const shapes = personSymbol(m.person.gender, m.x, m.y, isFocus);
  wrapText(m.label, LABEL_SIZE, SLOT - 8, 2).forEach((line, i) =>
    shapes.push({
      type: 'text',
      x: m.x,
      y: m.y + m.nameDrop + i * LINE_HEIGHT,
      text: line,
      size: LABEL_SIZE,
      anchor: 'middle',
      baseline: 'hanging',
      halo: true,
      fill: 'ink',
      ...(isFocus ? { weight: 'bold' as const } : {}),
    }),
  );
  return shapes;
}

/** The box around a member's symbol and name. */
export function memberBox(m: Member): { x0: number; y0: number; x1: number; y1: number } {
  const lines = wrapText(m.label, LABEL_SIZE, SLOT - 8, 2);
  const w = Math.max(MEMBER_HALF, ...lines.map((l) => textWidth(l, LABEL_SIZE, true) / 2));
  return {
    x0: m.x - w,
    y0: m.y - MEMBER_HALF - 2,
    x1: m.x + w,
    y1: m.y + m.nameDrop + lines.length * LINE_HEIGHT,
  };
}

/**
 * Where the line from a member inside the circle towards `to` leaves the circle; undefined when the member
 * is not inside (a member pinned elsewhere keeps its own line end).
 */
export function circleExit(
  from: { x: number; y: number },
  to: { x: number; y: number },
  circle: { cx: number; cy: number; r: number },
): { x: number; y: number } | undefined {
  const ox = from.x - circle.cx;
  const oy = from.y - circle.cy;
  if (Math.hypot(ox, oy) >= circle.r - MEMBER_HALF) return undefined;
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / len;
  const uy = (to.y - from.y) / len;
  const along = ux * ox + uy * oy;
  const t = -along + Math.sqrt(along * along - (ox * ox + oy * oy - circle.r * circle.r));
  return { x: from.x + ux * t, y: from.y + uy * t };
}

/**
 * How far the line from member `m` towards `to` runs inside the box around its symbol and name, so a tie
 * can start past the name instead of crossing it.
 */
export function memberBoxExit(m: Member, to: { x: number; y: number }): number {
  const box = memberBox(m);
  const len = Math.hypot(to.x - m.x, to.y - m.y) || 1;
  const ux = (to.x - m.x) / len;
  const uy = (to.y - m.y) / len;
  const tx = ux > 0 ? (box.x1 - m.x) / ux : ux < 0 ? (box.x0 - m.x) / ux : Infinity;
  const ty = uy > 0 ? (box.y1 - m.y) / uy : uy < 0 ? (box.y0 - m.y) / uy : Infinity;
  return Math.min(tx, ty);
}
