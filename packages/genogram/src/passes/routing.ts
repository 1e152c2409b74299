/**
 * Pass 8 — routing. Orthogonal structural lines from the final positions: each couple line goes down from
 * both partners and across; each child group hangs from its couple line's middle on a vertical to its
 * sibling bar (own track if bars would overlap) and from the bar down to every child. Co-born children
 * share one apex on the bar. A lone parent's line leaves beside their label. Links to a second family
 * (e.g. birth parents of an adopted child) and emotional lines go around symbols and labels (detours.ts).
 */
import type { Emotional, MultipleBirth, ParentChild } from '@kring/core';
import type { Family } from '../model/family.js';
import { COUPLE_DROP, COUPLE_LEVEL_STEP, TRACK_STEP, UNION_LABEL_SIZE } from '../model/metrics.js';
import type { PersonMeasure } from './measure.js';
import { routeDetours, type DetourEnds, type Point, type RowSlots } from './detours.js';
import type { Positions } from './pins.js';
import { assignTracks } from './tracks.js';
import { childSpans, type RowBand } from './y-placement.js';
import { descentX, type XPlacement } from './x-placement.js';

export interface CoupleLine {
  union: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** Height of the horizontal part. */
  y: number;
}

export interface ChildDrop {
  child: number;
  /** Where the drop leaves the sibling bar (the apex for co-born children). */
  fromX: number;
  x: number;
  top: number;
}

export interface Descent {
  union: number;
  /** Start of the line: the couple line's middle, or for a lone parent the bottom of their symbol. */
  path: [number, number][];
  barY: number;
  barLeft: number;
  barRight: number;
  drops: ChildDrop[];
}

export interface BirthGroupMark {
  group: MultipleBirth;
  apexX: number;
  barY: number;
  members: { x: number; top: number }[];
}

export interface ExtraLine {
  link: ParentChild;
  /** From the parent to the child, around symbols and labels. */
  points: Point[];
}

export interface EmotionalLine {
  emotional: Emotional;
  /** From person a to person b, around symbols and labels. */
  points: Point[];
}

export interface Routes {
  couples: CoupleLine[];
  descents: Descent[];
  births: BirthGroupMark[];
  extras: ExtraLine[];
  emotional: EmotionalLine[];
}

/** The emotional lines the genogram draws (both persons drawn, two different persons). */
export function drawnEmotional(family: Family): { emotional: Emotional; ends: DetourEnds }[] {
  const out: { emotional: Emotional; ends: DetourEnds }[] = [];
  for (const e of family.document.emotional) {
    const a = family.index.get(e.a);
    const b = family.index.get(e.b);
    if (a === undefined || b === undefined || a === b) continue;
    out.push({ emotional: e, ends: { a, b } });
  }
  return out;
}

/** Every line that joins two persons across the drawing: links to a second family, then emotional lines. */
export function detourEnds(family: Family): DetourEnds[] {
  return [
    ...family.extraLinks.map((e) => ({ a: e.parent, b: e.child })),
    ...drawnEmotional(family).map((e) => e.ends),
  ];
}

export function route(
  family: Family,
  measures: PersonMeasure[],
  placement: XPlacement,
  bands: RowBand[],
  positions: Positions,
  levels: Int32Array,
  slots: RowSlots,
  laneOf: ReadonlyMap<string, number>,
  unionLabelWidth: Float64Array,
): Routes {
  const { x, top } = positions;
  const bottom = (p: number) => top[p]! + measures[p]!.size;
  const coupleY = (k: number) => {
    const u = family.unions[k]!;
    const low = u.b < 0 ? bottom(u.a) : Math.max(bottom(u.a), bottom(u.b));
    return low + COUPLE_DROP + COUPLE_LEVEL_STEP * levels[k]!;
  };

  const couples: CoupleLine[] = [];
  family.unions.forEach((u, k) => {
    if (u.b < 0) return;
    couples.push({ union: k, ax: x[u.a]!, ay: bottom(u.a), bx: x[u.b]!, by: bottom(u.b), y: coupleY(k) });
  });

  // Co-born children of one group share an apex.
  const apexOf = new Map<number, number>();
  const births: BirthGroupMark[] = [];
  const birthGroups: { group: MultipleBirth; members: number[] }[] = [];
  for (const group of family.document.multipleBirths) {
    const members = group.members.map((id) => family.index.get(id)).filter((p) => p !== undefined);
    if (members.length < 2) continue;
    const anchor = family.anchorOf[members[0]!]!;
    if (anchor < 0 || members.some((p) => family.anchorOf[p] !== anchor)) continue;
    let sum = 0;
    for (const p of members) sum += x[p]!;
    for (const p of members) apexOf.set(p, sum / members.length);
    birthGroups.push({ group, members });
  }

  const barYOf = new Map<number, number>();
  placement.rowPersons.forEach((persons, r) => {
    const band = bands[r]!;
    const { track, count } = assignTracks(childSpans(family, measures, x, persons));
    const reserved = Math.max(1, band.tracks);
    const step = count > reserved ? (TRACK_STEP * reserved) / count : TRACK_STEP;
    track.forEach((t, k) => barYOf.set(k, band.barY - t * step));
  });

  const descents: Descent[] = [];
  family.unions.forEach((u, k) => {
    const children = family.childrenOf[k]!;
    if (!children.length) return;
    const dx = descentX(family, measures, x, k);
    const y = coupleY(k);
    const barY = barYOf.get(k) ?? y + 20;
    const path: [number, number][] =
      u.b < 0
        ? [
            [x[u.a]!, bottom(u.a)],
            [x[u.a]!, y],
            [dx, y],
            [dx, barY],
          ]
        : [
            [dx, y],
            [dx, barY],
          ];
    let left = dx;
    let right = dx;
    const drops = children.map((c) => {
      const fromX = apexOf.get(c) ?? x[c]!;
      left = Math.min(left, fromX);
      right = Math.max(right, fromX);
      return { child: c, fromX, x: x[c]!, top: top[c]! };
    });
    descents.push({ union: k, path, barY, barLeft: left, barRight: right, drops });
  });

  for (const { group, members } of birthGroups) {
    const k = family.anchorOf[members[0]!]!;
    births.push({
      group,
      apexX: apexOf.get(members[0]!)!,
      barY: barYOf.get(k) ?? 0,
      members: members.map((p) => ({ x: x[p]!, top: top[p]! })),
    });
  }

  // Couple labels sit on the couple line between the partners: detours keep clear of them too. (Most
  // families have no detoured line: then the detour code is not even compiled.)
  const ends = detourEnds(family);
  const labels =
    ends.length === 0
      ? []
      : couples
          .filter((c) => unionLabelWidth[c.union]! > 0)
          .map((c) => {
            const mid = (c.ax + c.bx) / 2;
            const w = unionLabelWidth[c.union]! / 2 + 2;
            return { left: mid - w, right: mid + w, top: c.y - 7 - UNION_LABEL_SIZE, bottom: c.y - 4 };
          });
  const detours =
    ends.length === 0 ? [] : routeDetours(ends, slots, laneOf, measures, bands, positions, labels);
  const extras: ExtraLine[] = family.extraLinks.map((e, i) => ({ link: e.link, points: detours[i]! }));
  const emotional: EmotionalLine[] = drawnEmotional(family).map((e, i) => ({
    emotional: e.emotional,
    points: detours[extras.length + i]!,
  }));
  return { couples, descents, births, extras, emotional };
}
