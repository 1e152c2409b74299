/**
 * Current households (docs/notation-spec.md §1.6): one closed dashed boundary per household, a rounded rectilinear
 * outline hugging its members. Members next to each other in a row share one box; boxes in neighbouring
 * rows that overlap are bridged across the gap between the rows; boxes apart in one row are joined by a
 * narrow strip over the persons between them (above their years, so the boundary never seems to include a
 * non-member); anything still apart is joined through the corridor between rows. The outline is the border
 * of the union of all those rectangles.
 */
import type { Household } from '@kring/core';
import type { Shape, Style } from '@kring/scene';
import type { GenogramLayout } from '../layout.js';
import { YEAR_BAND } from '../model/metrics.js';
import { path, r2 } from './geometry.js';

const PAD = 6;
const RADIUS = 10;
/** Height of the strip that joins two boxes of one row over the persons between them. */
const STRIP = 5;
const STYLE: Style = { stroke: 'accent', strokeWidth: 1.4, dash: [7, 4], fill: 'none' };

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function footprint(layout: GenogramLayout, p: number): Box {
  const { x, top, labelBottom } = layout.positions;
  const m = layout.measures[p]!;
  return {
    left: x[p]! - m.half + 2 - PAD,
    top: top[p]! - YEAR_BAND - PAD,
    right: x[p]! + m.half - 2 + PAD,
    bottom: Math.max(labelBottom[p]!, top[p]! + m.size) + PAD,
  };
}

function hull(boxes: Box[]): Box {
  return boxes.reduce((a, b) => ({
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  }));
}

interface Run {
  box: Box;
  row: number;
}

/** Boxes of runs of adjacent members per row (pinned members on their own). */
function runsOf(layout: GenogramLayout, inside: Set<number>): Run[] {
  const runs: Run[] = [];
  const pinned = layout.positions.pinned;
  layout.placement.rowPersons.forEach((persons, row) => {
    let run: Box[] = [];
    const flush = () => {
      if (run.length) runs.push({ box: hull(run), row });
      run = [];
    };
    for (const p of persons) {
      if (inside.has(p) && !pinned[p]) run.push(footprint(layout, p));
      else flush();
    }
    flush();
  });
  for (const p of inside)
    if (pinned[p])
      runs.push({
        box: footprint(layout, p),
        row: layout.generations.rowOf[layout.generations.clusterOf[p]!]!,
      });
  return runs.sort((a, b) => a.row - b.row || a.box.left - b.box.left);
}

/** The rectangles whose union is the household's area: the runs and the bridges that join them. */
export function householdArea(runs: Run[]): Box[] {
  const rects = runs.map((r) => r.box);
  const parent = runs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (i: number, j: number, ...bridges: Box[]) => {
    if (find(i) === find(j)) return;
    parent[find(i)] = find(j);
    rects.push(...bridges);
  };
  // Neighbouring rows that overlap: bridge the gap between them.
  runs.forEach((a, i) =>
    runs.forEach((b, j) => {
      if (b.row !== a.row + 1) return;
      const left = Math.max(a.box.left, b.box.left);
      const right = Math.min(a.box.right, b.box.right);
      if (right - left < 16) return;
      rects.push({ left, right, top: a.box.bottom - 1, bottom: b.box.top + 1 });
      join(i, j);
    }),
  );
  // One row: a strip over the persons between.
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i]!;
    const b = runs[i + 1]!;
    if (a.row !== b.row || find(i) === find(i + 1)) continue;
    const top = Math.max(a.box.top, b.box.top);
    join(i, i + 1, {
      left: a.box.right - RADIUS * 2,
      right: b.box.left + RADIUS * 2,
      top,
      bottom: top + STRIP,
    });
  }
  // Anything still apart: down from the upper box and along the corridor above the lower one.
  for (let i = 0; i < runs.length; i++)
    for (let j = i + 1; j < runs.length; j++) {
      if (find(i) === find(j)) continue;
      const a = runs[i]!.box;
      const b = runs[j]!.box;
      if (runs[j]!.row === runs[i]!.row) continue;
      const ux = Math.min(Math.max((b.left + b.right) / 2, a.left + 10), a.right - 10);
      const lx = Math.min(Math.max(ux, b.left + 10), b.right - 10);
      join(
        i,
        j,
        { left: ux - STRIP / 2, right: ux + STRIP / 2, top: a.bottom - 1, bottom: b.top + 1 },
        {
          left: Math.min(ux, lx) - STRIP / 2,
          right: Math.max(ux, lx) + STRIP / 2,
          top: b.top - STRIP,
          bottom: b.top + 1,
        },
      );
    }
  return rects;
}

/** Closed loops (clockwise on screen) around the union of the rectangles, corners only. */
export function outlineOf(rects: Box[]): [number, number][][] {
  const xs = [...new Set(rects.flatMap((r) => [r.left, r.right]))].sort((a, b) => a - b);
  const ys = [...new Set(rects.flatMap((r) => [r.top, r.bottom]))].sort((a, b) => a - b);
  const W = xs.length - 1;
  const H = ys.length - 1;
  const filled = new Uint8Array(Math.max(0, W * H));
  for (let i = 0; i < W; i++)
    for (let j = 0; j < H; j++) {
      const cx = (xs[i]! + xs[i + 1]!) / 2;
      const cy = (ys[j]! + ys[j + 1]!) / 2;
      if (rects.some((r) => cx > r.left && cx < r.right && cy > r.top && cy < r.bottom))
        filled[j * W + i] = 1;
    }
  const at = (i: number, j: number) => i >= 0 && j >= 0 && i < W && j < H && filled[j * W + i] === 1;
  // Directed border edges between grid corners (i, j), keyed by their start.
  const next = new Map<number, number[]>();
  const key = (i: number, j: number) => j * (W + 1) + i;
  const edge = (i0: number, j0: number, i1: number, j1: number) => {
    const k = key(i0, j0);
    const list = next.get(k);
    if (list) list.push(key(i1, j1));
    else next.set(k, [key(i1, j1)]);
  };
  for (let i = 0; i < W; i++)
    for (let j = 0; j < H; j++) {
      if (!at(i, j)) continue;
      if (!at(i, j - 1)) edge(i, j, i + 1, j);
      if (!at(i + 1, j)) edge(i + 1, j, i + 1, j + 1);
      if (!at(i, j + 1)) edge(i + 1, j + 1, i, j + 1);
      if (!at(i - 1, j)) edge(i, j + 1, i, j);
    }
  const loops: [number, number][][] = [];
  for (const start of [...next.keys()].sort((a, b) => a - b)) {
    while (next.get(start)?.length) {
      const loop: [number, number][] = [];
      let k = start;
      do {
        loop.push([xs[k % (W + 1)]!, ys[Math.floor(k / (W + 1))]!]);
        const list = next.get(k)!;
        const n = list.shift()!;
        k = n;
      } while (k !== start && next.get(k)?.length);
      loops.push(corners(loop));
    }
  }
  return loops;
}

/** Keeps only the points where the loop turns. */
function corners(loop: [number, number][]): [number, number][] {
  return loop.filter((p, i) => {
    const a = loop[(i + loop.length - 1) % loop.length]!;
    const b = loop[(i + 1) % loop.length]!;
    return (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]) !== 0;
  });
}

/** A closed path through the corners with every corner rounded. */
function roundedLoop(loop: [number, number][]): Shape {
  const n = loop.length;
  const d: (string | number)[] = [];
  for (let i = 0; i < n; i++) {
    const a = loop[(i + n - 1) % n]!;
    const p = loop[i]!;
    const b = loop[(i + 1) % n]!;
    const l1 = Math.hypot(p[0] - a[0], p[1] - a[1]);
    const l2 = Math.hypot(b[0] - p[0], b[1] - p[1]);
    const r = Math.min(RADIUS, l1 / 2, l2 / 2);
    d.push(i === 0 ? 'M' : 'L', p[0] - ((p[0] - a[0]) / l1) * r, p[1] - ((p[1] - a[1]) / l1) * r);
    d.push('Q', p[0], p[1], p[0] + ((b[0] - p[0]) / l2) * r, p[1] + ((b[1] - p[1]) / l2) * r);
  }
  d.push('Z');
  return path(d, STYLE);
}

export function householdShapes(layout: GenogramLayout, household: Household): Shape[] {
  const family = layout.family;
  const members = new Set(household.members.map((id) => family.index.get(id)).filter((p) => p !== undefined));
  if (members.size === 0) return [];
  const runs = runsOf(layout, members);
  const shapes: Shape[] = outlineOf(householdArea(runs)).map(roundedLoop);
  const label = household.label?.trim();
  if (label) {
    const anchor = runs[0]!.box;
    shapes.push({
      type: 'text',
      x: r2(anchor.left + 10),
      y: r2(anchor.top - 3),
      text: label,
      size: 9.5,
      anchor: 'start',
      fill: 'accent',
      italic: true,
      halo: true,
    });
  }
  return shapes;
}
