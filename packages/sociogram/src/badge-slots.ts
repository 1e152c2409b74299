/**
 * Which slot around its symbol each alter's marks take (the support badges in order, then the two-way
 * mark): by default the first ones — beside the symbol, then over its top (alter-glyph.ts). The layout keeps
 * alters apart as discs, which cut the corners of their boxes, so a neighbour's name can come up to where a
 * mark goes; such a mark takes the next slot that is free of every other alter's name, symbol and marks, so
 * no badge covers a name. Without neighbours in the way the slots stay 0, 1, 2, … and the picture is as it was.
 */
import type { Alter } from './alters.js';
import {
  BADGE_R,
  LABEL_SIZE,
  LINE_HEIGHT,
  badgeCentre,
  markRing,
  nameTop,
  type AlterGlyph,
} from './alter-glyph.js';

/** Slots tried per mark: the first arc (4) and two rounds of the second (8). */
const SLOTS = 12;
/** Room kept between a mark and what it must not cover. */
const CLEARANCE = 1;
const CELL = 64;

interface Box {
  owner: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One number per grid cell (a drawing is far less than 2^20 cells across). */
const cellKey = (gx: number, gy: number): number => (gx + 0x80000) * 0x100000 + (gy + 0x80000);

/** A uniform grid of boxes, for finding what lies near a mark without testing every alter. */
class BoxGrid {
  readonly #cells = new Map<number, Box[]>();

  add(box: Box): void {
    for (let gx = Math.floor(box.x0 / CELL); gx <= Math.floor(box.x1 / CELL); gx++)
      for (let gy = Math.floor(box.y0 / CELL); gy <= Math.floor(box.y1 / CELL); gy++) {
        const key = cellKey(gx, gy);
        const list = this.#cells.get(key);
        if (list) list.push(box);
        else this.#cells.set(key, [box]);
      }
  }

  /** Whether a disc around (x, y) with radius r touches a box of another owner than `owner`. */
  hits(owner: number, x: number, y: number, r: number): boolean {
    for (let gx = Math.floor((x - r) / CELL); gx <= Math.floor((x + r) / CELL); gx++)
      for (let gy = Math.floor((y - r) / CELL); gy <= Math.floor((y + r) / CELL); gy++)
        for (const b of this.#cells.get(cellKey(gx, gy)) ?? []) {
          if (b.owner === owner) continue;
          const dx = x - Math.max(b.x0, Math.min(x, b.x1));
          const dy = y - Math.max(b.y0, Math.min(y, b.y1));
          if (dx * dx + dy * dy < r * r) return true;
        }
    return false;
  }
}

/**
 * The slot of each mark of each alter (index as in `alters`), for `drawAlter`; `symbolAt` holds the centres
 * of the alters' symbols.
 */
export function badgeSlots(
  alters: readonly Alter[],
  glyphs: readonly AlterGlyph[],
  symbolAt: readonly { x: number; y: number }[],
): number[][] {
  const grid = new BoxGrid();
  alters.forEach((alter, i) => {
    const p = symbolAt[i]!;
    const ring = markRing(alter);
    grid.add({ owner: i, x0: p.x - ring, y0: p.y - ring, x1: p.x + ring, y1: p.y + ring });
    const top = p.y + nameTop(alter);
    glyphs[i]!.lineWidths.forEach((width, k) => {
      const half = width / 2;
      grid.add({
        owner: i,
        x0: p.x - half,
        y0: top + k * LINE_HEIGHT,
        x1: p.x + half,
        y1: top + k * LINE_HEIGHT + LABEL_SIZE,
      });
    });
  });
  const r = BADGE_R + CLEARANCE;
  return alters.map((alter, i) => {
    const glyph = glyphs[i]!;
    const marks = glyph.badges.length + (glyph.reciprocal ? 1 : 0);
    const p = symbolAt[i]!;
    const ring = markRing(alter);
    const taken = new Set<number>();
    const slots: number[] = [];
    for (let m = 0; m < marks; m++) {
      let chosen = -1;
      for (let s = 0; s < SLOTS && chosen < 0; s++) {
        if (taken.has(s)) continue;
        const c = badgeCentre(s, ring);
        if (!grid.hits(i, p.x + c.x, p.y + c.y, r)) chosen = s;
      }
      // Nowhere free: the usual slot (the mark covers something either way).
      if (chosen < 0) for (chosen = m; taken.has(chosen);) chosen++;
      taken.add(chosen);
      slots.push(chosen);
      // Later alters' marks keep off this one.
      const c = badgeCentre(chosen, ring);
      const x = p.x + c.x;
      const y = p.y + c.y;
      grid.add({ owner: i, x0: x - BADGE_R, y0: y - BADGE_R, x1: x + BADGE_R, y1: y + BADGE_R });
    }
    return slots;
  });
}
