/**
 * Pins in the x placement. The blocks are placed as if nobody were pinned (block-placement.ts), in the frame
 * the pins are in (the drawing's own units: the scene is not translated), so a person pinned where the layout
 * drew them moves nobody. A person pinned elsewhere stands exactly on their pin, and their block follows them:
 * their partners beside them, and what hangs from their unit in the blocks' spanning tree (their children and
 * grandchildren with their partners, the parents and siblings of a partner who married in), shifted by whole
 * units as one piece; a unit with a pin of its own follows that pin instead. Their parents and siblings stay.
 * Where the shifted pieces come to overlap, the units without a pin make room, row by row from the top, each as
 * a whole: one that overlaps a unit with a pin goes to its free side (the side it came from when it fits
 * there, else past it), one that overlaps a unit without a pin goes right of it, keeping the row's
 * separations; whatever hangs below a unit moved this way moves with it.
 */
import type { Separation } from './contour.js';
import type { Blocks } from './block-placement.js';
import type { Generations } from './generations.js';

/** Overlaps of less than this (rounding: pins are kept to a tenth, drawn centres to whole units) are left. */
const SLACK = 1;

/** Sorts persons by x (stable: ties keep their order). */
function byX(persons: number[], x: Float64Array): void {
  persons.sort((p, q) => x[p]! - x[q]!);
}

/**
 * Moves the blocks of `x` (as placeByBlocks gave them, shifted into the drawing's frame) to the pins, then
 * makes room; `rowPersons` are re-sorted left to right. Nothing changes when every pin is where its person is.
 */
export function pinBlocks(
  generations: Generations,
  blocks: Blocks,
  units: number[][],
  sep: Separation,
  pinnedX: (number | undefined)[],
  x: Float64Array,
  rowPersons: number[][],
): void {
  const { parent, up, order } = blocks;
  const { clusterOf, clusterCount } = generations;
  const shift = new Float64Array(clusterCount);
  const hasPin = new Uint8Array(clusterCount);
  for (let i = 0; i < order.length; i++) {
    const c = order[i]!;
    const pinnedMember = units[c]!.find((m) => pinnedX[m] !== undefined);
    if (pinnedMember !== undefined) {
      hasPin[c] = 1;
      // Whole units, so that a block which follows its pin lands on the same rounded centres.
      shift[c] = Math.round(pinnedX[pinnedMember]! - x[pinnedMember]!);
    } else shift[c] = parent[c]! >= 0 ? shift[parent[c]!]! : 0;
  }
  const moved = new Uint8Array(x.length);
  let any = false;
  for (let p = 0; p < x.length; p++) {
    const pin = pinnedX[p];
    const to = pin ?? x[p]! + shift[clusterOf[p]!]!;
    if (Math.abs(to - x[p]!) > 0.5) moved[p] = 1;
    any ||= moved[p] === 1;
    x[p] = to;
  }
  if (!any) return;

  // Row by row from the top, a unit at a time (never split: its couple lines stay between its members); a
  // unit with a pin is fixed whole. `pushed` is what making room moved each unit, which its children follow.
  const pushed = new Float64Array(clusterCount);
  const lo = new Int32Array(clusterCount);
  const hi = new Int32Array(clusterCount);
  const seen = new Uint8Array(clusterCount);
  const items: number[] = [];
  const fixed: number[] = [];
  for (const persons of rowPersons) {
    items.length = fixed.length = 0;
    for (const p of persons) {
      const c = clusterOf[p]!;
      if (seen[c]) continue;
      seen[c] = 1;
      const from = parent[c]!;
      const by = hasPin[c] || from < 0 || up[c] !== 0 ? 0 : pushed[from]!;
      pushed[c] = by;
      let l = -1;
      let h = -1;
      for (const m of units[c]!) {
        if (by !== 0) {
          x[m] = x[m]! + by;
          moved[m] = 1;
        }
        if (l < 0 || x[m]! < x[l]!) l = m;
        if (h < 0 || x[m]! > x[h]!) h = m;
      }
      lo[c] = l;
      hi[c] = h;
      items.push(c);
    }
    items.sort((c, d) => x[lo[c]!]! - x[lo[d]!]!);
    for (const c of items) if (hasPin[c]) fixed.push(c);
    const unitMoved = (c: number) => units[c]!.some((m) => moved[m] === 1);
    // The rightmost person placed so far, and the next fixed unit to look at.
    let prev = -1;
    let nextFixed = 0;
    for (const c of items) {
      if (hasPin[c]) {
        if (prev < 0 || x[hi[c]!]! > x[prev]!) prev = hi[c]!;
        while (nextFixed < fixed.length && fixed[nextFixed] !== c) nextFixed++;
        nextFixed++;
        continue;
      }
      const first = lo[c]!;
      const last = hi[c]!;
      const width = x[last]! - x[first]!;
      let itemMoved = unitMoved(c);
      const start = x[first]!;
      let left = start;
      // What the unit must stay right of: the rightmost person before it, then each fixed unit it passes.
      let after = prev;
      if (after >= 0 && (itemMoved || moved[after])) {
        const least = x[after]! + sep(after, first);
        if (left < least - SLACK) {
          left = least;
          itemMoved = true;
        }
      }
      for (let k = nextFixed; k < fixed.length; k++) {
        const f = fixed[k]!;
        const fl = lo[f]!;
        const fh = hi[f]!;
        const beforeF = x[fl]! - sep(last, fl) - width;
        if (left <= beforeF + SLACK) break;
        if (!itemMoved && !unitMoved(f)) continue;
        const afterF = x[fh]! + sep(fh, first);
        if (left >= afterF - SLACK) continue;
        // Overlaps f: back to its left when the unit came from there and fits, else past it.
        itemMoved = true;
        const room = after < 0 ? -Infinity : x[after]! + sep(after, first) - SLACK;
        if (start + width / 2 < (x[fl]! + x[fh]!) / 2 && beforeF >= room) left = beforeF;
        else {
          left = afterF;
          if (after < 0 || x[fh]! > x[after]!) after = fh;
        }
      }
      const by = left - start;
      if (by !== 0) {
        for (const m of units[c]!) {
          x[m] = x[m]! + by;
          moved[m] = 1;
        }
        pushed[c] = pushed[c]! + by;
      }
      if (prev < 0 || x[last]! > x[prev]!) prev = last;
    }
    byX(persons, x);
  }
}
