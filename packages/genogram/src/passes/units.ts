/**
 * Pass 2 — units. Each partner cluster becomes one unit: its members in a left-to-right order. The person
 * with the most partners is the hub; their partners sit in time order, the most recent union nearest, the
 * latest on the right and the one before it on the left, alternating outward (McGoldrick draws successive
 * unions outward in time). Partners' own other partners continue outward behind them. The ordering pass may
 * mirror a unit as a whole.
 */
import type { Family } from '../model/family.js';
import { sortSmall } from '../model/sort-small.js';
import type { Generations } from './generations.js';

/** Members of each cluster, left to right. */
export type Units = number[][];

function partnersByRecency(family: Family, p: number): number[] {
  const list: { q: number; time: number; order: number }[] = [];
  for (const k of family.unionsOf[p]!) {
    const u = family.unions[k]!;
    const q = u.a === p ? u.b : u.a;
    if (q < 0 || list.some((e) => e.q === q)) continue;
    list.push({ q, time: u.time, order: k });
  }
  // Most recent first: later time first, undated unions count as later than dated ones, then document order.
  sortSmall(list, (x, y) => {
    if (x.time !== y.time) return x.time === Infinity ? -1 : y.time === Infinity ? 1 : y.time - x.time;
    return y.order - x.order;
  });
  return list.map((e) => e.q);
}

export function buildUnits(family: Family, generations: Generations): Units {
  const members: number[][] = Array.from({ length: generations.clusterCount }, () => []);
  for (let p = 0; p < family.persons.length; p++) members[generations.clusterOf[p]!]!.push(p);
  const placed = new Uint8Array(family.persons.length);
  const recency = new Array<number[] | undefined>(family.persons.length);
  const partnersOf = (p: number) => (recency[p] ??= partnersByRecency(family, p));
  return members.map((list) => {
    // A couple: both have one partner, so the hub is the first and the other sits at its right.
    if (list.length <= 2) return list;
    let hub = list[0]!;
    let best = -1;
    for (const p of list) {
      const d = partnersOf(p).length;
      if (d > best) {
        best = d;
        hub = p;
      }
    }
    placed[hub] = 1;
    const outward = (q: number): number[] => {
      const run = [q];
      placed[q] = 1;
      for (const r of partnersOf(q)) if (!placed[r]) run.push(...outward(r));
      return run;
    };
    const recent = partnersOf(hub);
    const right: number[] = [];
    const left: number[] = [];
    recent.forEach((q, i) => {
      if (placed[q]) return;
      (i % 2 === 0 ? right : left).push(...outward(q));
    });
    const order = [...left.reverse(), hub, ...right];
    for (const p of list) if (!placed[p]) order.push(p);
    return order;
  });
}
