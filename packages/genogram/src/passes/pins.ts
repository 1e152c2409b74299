/**
 * Pass 7 — pins. Persons the user placed by hand (`layouts.genogram.positions`, centres) go exactly there.
 * Everyone else in a row whose band a pinned person's footprint (symbol, years and labels) reaches is pushed
 * right, in row order, until no footprint overlaps a pinned one; row spacing is kept.
 */
import { drawablePositions, type Point } from '@kring/core';
import type { Family } from '../model/family.js';
import { YEAR_BAND } from '../model/metrics.js';
import type { Generations } from './generations.js';
import type { PersonMeasure } from './measure.js';
import type { XPlacement } from './x-placement.js';
import type { RowBand } from './y-placement.js';

export interface Positions {
  /** Centre x of each person. */
  x: Float64Array;
  /** Top of each person's symbol. */
  top: Float64Array;
  /** Top of each person's name label. */
  labelTop: Float64Array;
  /** Bottom of each person's labels. */
  labelBottom: Float64Array;
  pinned: Uint8Array;
}

const CLEARANCE = 10;

export function pinnedCentres(family: Family): (Point | undefined)[] {
  // Coordinates within ±1e6 (a document that did not come through the reader may hold 1e308).
  const positions = drawablePositions(family.document, 'genogram');
  // Most maps have no one placed by hand.
  let any = false;
  for (const id in positions) if (Object.prototype.hasOwnProperty.call(positions, id)) any = true;
  if (!any) return new Array<Point | undefined>(family.persons.length).fill(undefined);
  return family.persons.map((p) => {
    const pt = Object.prototype.hasOwnProperty.call(positions, p.id) ? positions[p.id] : undefined;
    return pt && Number.isFinite(pt.x) && Number.isFinite(pt.y) ? { x: pt.x, y: pt.y } : undefined;
  });
}

export function applyPins(
  family: Family,
  generations: Generations,
  measures: PersonMeasure[],
  placement: XPlacement,
  bands: RowBand[],
  pins: (Point | undefined)[],
): Positions {
  const n = family.persons.length;
  const x = Float64Array.from(placement.x);
  const top = new Float64Array(n);
  const labelTop = new Float64Array(n);
  const labelBottom = new Float64Array(n);
  const pinned = new Uint8Array(n);
  const obstacles: { left: number; right: number; top: number; bottom: number }[] = [];
  for (let p = 0; p < n; p++) {
    const band = bands[generations.rowOf[generations.clusterOf[p]!]!]!;
    const pin = pins[p];
    const size = measures[p]!.size;
    top[p] = pin ? pin.y - size / 2 : band.top;
    if (pin) {
      x[p] = pin.x;
      pinned[p] = 1;
    }
    labelTop[p] = top[p]! + (band.labelTop - band.top);
    labelBottom[p] = top[p]! + (band.labelBottom - band.top);
    if (pin)
      obstacles.push({
        left: pin.x - measures[p]!.half,
        right: pin.x + measures[p]!.half,
        top: top[p]! - YEAR_BAND,
        bottom: Math.max(labelBottom[p]!, top[p]! + size),
      });
  }
  for (let p = 0; p < n; p++) if (!pinned[p]) x[p] = Math.round(x[p]!);
  if (obstacles.length === 0) return { x, top, labelTop, labelBottom, pinned };
  obstacles.sort((a, b) => a.left - b.left);

  // Runs of unpinned partners move as one, so a couple line never straddles a pinned person.
  placement.rowPersons.forEach((persons, r) => {
    const band = bands[r]!;
    const inBand = obstacles.filter((o) => o.bottom > band.top - YEAR_BAND && o.top < band.labelBottom);
    let prevRight = -Infinity;
    let i = 0;
    while (i < persons.length) {
      const first = persons[i]!;
      if (pinned[first]) {
        i++;
        continue;
      }
      let j = i;
      while (
        j + 1 < persons.length &&
        !pinned[persons[j + 1]!] &&
        generations.clusterOf[persons[j + 1]!] === generations.clusterOf[first]
      )
        j++;
      const last = persons[j]!;
      let left = x[first]! - measures[first]!.half;
      const width = x[last]! + measures[last]!.half - left;
      left = Math.max(left, prevRight + CLEARANCE);
      for (let moved = true; moved;) {
        moved = false;
        for (const o of inBand)
          // `o.right + CLEARANCE` as below, so that a run just put there does not overlap by a rounding error.
          if (left + width + CLEARANCE > o.left && left < o.right + CLEARANCE) {
            left = o.right + CLEARANCE;
            moved = true;
          }
      }
      const shift = left - (x[first]! - measures[first]!.half);
      for (let k = i; k <= j; k++) x[persons[k]!] = x[persons[k]!]! + shift;
      prevRight = left + width;
      i = j + 1;
    }
  });
  return { x, top, labelTop, labelBottom, pinned };
}
