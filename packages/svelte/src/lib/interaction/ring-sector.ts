/**
 * Which sociogram ring and sector a drawing point falls in, read from the scene's background: the ring
 * circles (stroke `ring`, concentric) give the radii; the sector dividers (paths with stroke `sector`, one per
 * sector, clockwise from 12 o'clock) give the sectors, which are not all equally wide (docs/notation-spec.md §3.2).
 * Without dividers the sectors are taken as equal slices.
 */
import { SECTOR_PRESETS, type KringDocument } from '@kring/core';
import type { CircleShape, PathShape, Scene } from '@kring/scene';

export interface RingSector {
  /** 1 = closest. */
  ring: number;
  /** A key of the document's sector preset. */
  sector: string;
}

/** Ring and sector at (x, y), or undefined when the point lies outside the outer ring or the scene has no rings. */
export function ringAndSectorAt(
  scene: Scene,
  doc: KringDocument,
  x: number,
  y: number,
): RingSector | undefined {
  const circles = scene.background.filter(
    (s): s is CircleShape => s.type === 'circle' && s.stroke === 'ring',
  );
  if (circles.length === 0) return undefined;
  const { cx, cy } = circles[0]!;
  const radii = [...new Set(circles.map((c) => c.r))].sort((a, b) => a - b);
  const rings = doc.options.rings;
  // Either the inner edge of ring 1 is drawn (rings + 1 circles) or ring 1 starts at the centre.
  const edges = radii.length > rings ? radii.slice(radii.length - rings - 1) : [0, ...radii];
  const rho = Math.hypot(x - cx, y - cy);
  if (rho > edges[edges.length - 1]!) return undefined;
  let ring = 1;
  while (ring < edges.length - 1 && rho > edges[ring]!) ring++;
  const keys = SECTOR_PRESETS[doc.options.sectors];
  const full = 2 * Math.PI;
  /** Clockwise from 12 o'clock, 0..2π. */
  const clockwise = (px: number, py: number) =>
    (((Math.atan2(py - cy, px - cx) + Math.PI / 2) % full) + full) % full;
  const angle = clockwise(x, y);
  const dividers = scene.background
    .filter((s): s is PathShape => s.type === 'path' && s.stroke === 'sector')
    .map((s) => /^M\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)/.exec(s.d))
    .filter((m) => m !== null)
    .map((m) => clockwise(Number(m[1]), Number(m[2])));
  let index: number;
  if (dividers.length === keys.length) {
    // The first divider is at 12 o'clock; the others follow clockwise.
    index = 0;
    for (let s = 1; s < dividers.length; s++) if (angle >= dividers[s]!) index = s;
  } else index = Math.min(keys.length - 1, Math.floor(angle / (full / keys.length)));
  return { ring: Math.min(ring, rings), sector: keys[index]! };
}
