/**
 * Current households (notation.md §1.6): a closed dashed rounded boundary. One rectangle around all
 * members when it encloses no one else's symbol; otherwise one around each run of adjacent members in a
 * row, the runs joined by dashed connectors, so the boundary never seems to include a non-member.
 */
import type { Household } from '@kring/core';
import type { Shape, Style } from '@kring/scene';
import type { GenogramLayout } from '../layout.js';
import { YEAR_BAND } from '../model/metrics.js';
import { line, r2 } from './geometry.js';

const PAD = 6;
const STYLE: Style = { stroke: 'accent', strokeWidth: 1.4, dash: [7, 4], fill: 'none' };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function footprint(layout: GenogramLayout, p: number): Box {
  const { x, top, labelBottom } = layout.positions;
  const m = layout.measures[p]!;
  return {
    left: x[p]! - m.half + 2,
    top: top[p]! - YEAR_BAND,
    right: x[p]! + m.half - 2,
    bottom: Math.max(labelBottom[p]!, top[p]! + m.size),
  };
}

function union(boxes: Box[]): Box {
  return boxes.reduce((a, b) => ({
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  }));
}

function rect(b: Box): Shape {
  return {
    type: 'rect',
    x: r2(b.left - PAD),
    y: r2(b.top - PAD),
    width: r2(b.right - b.left + 2 * PAD),
    height: r2(b.bottom - b.top + 2 * PAD),
    rx: 14,
    ...STYLE,
  };
}

export function householdShapes(layout: GenogramLayout, household: Household): Shape[] {
  const family = layout.family;
  const members = [
    ...new Set(household.members.map((id) => family.index.get(id)).filter((p) => p !== undefined)),
  ];
  if (members.length === 0) return [];
  const inside = new Set(members);
  const boxes = members.map((p) => footprint(layout, p));
  const all = union(boxes);
  const { x, top } = layout.positions;
  const intruder = family.persons.some((_, p) => {
    if (inside.has(p)) return false;
    const s = layout.measures[p]!.size;
    return (
      x[p]! + s / 2 > all.left - PAD &&
      x[p]! - s / 2 < all.right + PAD &&
      top[p]! + s > all.top - PAD &&
      top[p]! < all.bottom + PAD
    );
  });
  const shapes: Shape[] = [];
  const label = household.label?.trim();
  let anchor = all;
  if (!intruder) shapes.push(rect(all));
  else {
    // Runs of adjacent members per row.
    const runs: Box[] = [];
    for (const persons of layout.placement.rowPersons) {
      let run: Box[] = [];
      const flush = () => {
        if (run.length) runs.push(union(run));
        run = [];
      };
      for (const p of persons) {
        if (inside.has(p) && !layout.positions.pinned[p]) run.push(footprint(layout, p));
        else flush();
      }
      flush();
    }
    members.filter((p) => layout.positions.pinned[p]).forEach((p) => runs.push(footprint(layout, p)));
    runs.sort((a, b) => a.top - b.top || a.left - b.left);
    runs.forEach((b, i) => {
      shapes.push(rect(b));
      const next = runs[i + 1];
      if (next)
        shapes.push(
          line((b.left + b.right) / 2, b.bottom + PAD, (next.left + next.right) / 2, next.top - PAD, STYLE),
        );
    });
    anchor = runs[0]!;
  }
  if (label)
    shapes.push({
      type: 'text',
      x: r2(anchor.left - PAD + 10),
      y: r2(anchor.top - PAD - 3),
      text: label,
      size: 9,
      anchor: 'start',
      fill: 'accent',
      italic: true,
      halo: true,
    });
  return shapes;
}
