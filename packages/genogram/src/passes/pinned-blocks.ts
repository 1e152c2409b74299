/**
 * Pins in the x placement. The blocks are placed as if nobody were pinned (block-placement.ts), in the frame
 * the pins are in (the drawing's own units: the scene is not translated), so a person pinned where the layout
 * drew them moves nobody. A person pinned elsewhere stands exactly on their pin, and their block follows them:
 * their partners beside them, and what hangs from their unit in the blocks' spanning tree (their children and
 * grandchildren with their partners, the parents and siblings of a partner who married in), shifted by whole
 * units as one piece; a unit with a pin of its own follows that pin instead. Their parents and siblings stay.
 * Where the shifted pieces come to overlap, the unpinned make room, row by row from the top: a run of partners
 * that overlaps goes to the free side of the pinned person it hits (the side it came from when it fits there,
 * else past it), keeping the row's separations, and whatever hangs below a unit moved this way moves with it.
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

  // Row by row from the top; `pushed` is what making room moved each unpinned unit, which its children follow.
  const pushed = new Float64Array(clusterCount);
  const pinned = (p: number) => pinnedX[p] !== undefined;
  for (const persons of rowPersons) {
    for (const p of persons) {
      const c = clusterOf[p]!;
      const from = parent[c]!;
      if (hasPin[c] || from < 0 || up[c] !== 0 || pushed[from] === 0) continue;
      x[p] = x[p]! + pushed[from]!;
      moved[p] = 1;
      if (p === units[c]![0]) pushed[c] = pushed[from]!;
    }
    byX(persons, x);
    const count = persons.length;
    // The rightmost person placed so far.
    let prev = -1;
    for (let i = 0; i < count;) {
      const first = persons[i]!;
      if (pinned(first)) {
        if (prev < 0 || x[first]! > x[prev]!) prev = first;
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < count && !pinned(persons[j + 1]!) && clusterOf[persons[j + 1]!] === clusterOf[first])
        j++;
      const last = persons[j]!;
      const width = x[last]! - x[first]!;
      let runMoved = false;
      for (let k = i; k <= j; k++) if (moved[persons[k]!]) runMoved = true;
      const start = x[first]!;
      let left = start;
      // What the run must stay right of: the rightmost person before it, then each pinned person it passes.
      let after = prev;
      if (after >= 0 && (runMoved || moved[after])) {
        const least = x[after]! + sep(after, first);
        if (left < least - SLACK) {
          left = least;
          runMoved = true;
        }
      }
      for (let k = j + 1; k < count; k++) {
        const f = persons[k]!;
        if (!pinned(f)) continue;
        const beforeF = x[f]! - sep(last, f) - width;
        if (left <= beforeF + SLACK) break;
        if (!runMoved && !moved[f]) continue;
        const afterF = x[f]! + sep(f, first);
        if (left >= afterF - SLACK) continue;
        // Overlaps f: back to its left when the run came from there and fits, else past it.
        const room = after < 0 ? -Infinity : x[after]! + sep(after, first) - SLACK;
        runMoved = true;
        if (start + width / 2 < x[f]! && beforeF >= room) left = beforeF;
        else {
          left = afterF;
          if (after < 0 || x[f]! > x[after]!) after = f;
        }
      }
      const by = left - start;
      if (by !== 0) {
        for (let k = i; k <= j; k++) {
          const p = persons[k]!;
          x[p] = x[p]! + by;
          moved[p] = 1;
        }
        const c = clusterOf[first]!;
        if (!hasPin[c]) pushed[c] = pushed[c]! + by;
      }
      if (prev < 0 || x[last]! > x[prev]!) prev = last;
      i = j + 1;
    }
    byX(persons, x);
  }
}
