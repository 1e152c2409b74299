import { t, type Locale, type SectorKey } from '@kring/core';
import { textWidth, wrapText, type Shape } from '@kring/scene';
import { f } from './alter-glyph.js';
import { ringMid, sectorMid, sectorStart, type Geometry } from './geometry.js';

export const RING_LABEL_SIZE = 12;
const SECTOR_LABEL_SIZE = 13;

/** Half the width of the widest ring label (and a little): the keep-out margin beside its divider. */
export function ringLabelHalfWidth(locale: Locale, rings: number): number {
  let widest = 0;
  for (let i = 1; i <= rings; i++)
    widest = Math.max(widest, textWidth(ringLabel(locale, i), RING_LABEL_SIZE));
  return widest / 2 + 8;
}

function ringLabel(locale: Locale, ring: number): string {
  return t(locale, `ring.${ring as 1 | 2 | 3 | 4}`);
}

/** Ring circles, sector dividers, ring names (on the quietest divider) and sector names (outside). */
export function drawBackground(
  g: Geometry,
  sectors: readonly SectorKey[],
  locale: Locale,
  cx: number,
  cy: number,
): Shape[] {
  const shapes: Shape[] = [];
  const rings = g.radii.length - 1;
  const outer = g.radii[rings]!;
  for (let i = rings; i >= 1; i--) {
    shapes.push({
      type: 'circle',
      cx,
      cy,
      r: g.radii[i]!,
      stroke: 'ring',
      fill: i === rings ? 'paper' : 'none',
      strokeWidth: 1.5,
    });
  }
  shapes.push({ type: 'circle', cx, cy, r: g.radii[0]!, stroke: 'ring', fill: 'none', strokeWidth: 1 });
  for (let s = 0; s < sectors.length; s++) {
    const a = sectorStart(g, s);
    const inner = g.radii[0]!;
    shapes.push({
      type: 'path',
      d: `M${f(cx + inner * Math.cos(a))} ${f(cy + inner * Math.sin(a))} L${f(cx + outer * Math.cos(a))} ${f(cy + outer * Math.sin(a))}`,
      stroke: 'sector',
      strokeWidth: 1.5,
    });
  }
  const labelAngle = sectorStart(g, g.labelDivider);
  for (let i = 1; i <= rings; i++) {
    shapes.push({
      type: 'text',
      x: cx + ringMid(g, i) * Math.cos(labelAngle),
      y: cy + ringMid(g, i) * Math.sin(labelAngle),
      text: ringLabel(locale, i),
      size: RING_LABEL_SIZE,
      anchor: 'middle',
      baseline: 'middle',
      italic: true,
      halo: true,
      fill: 'muted',
    });
  }
  sectors.forEach((key, s) => {
    const a = sectorMid(g, s);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const lines = wrapText(t(locale, `sector.${key}`), SECTOR_LABEL_SIZE, 170, 2);
    const x = cx + (outer + 12) * cos;
    const y = cy + (outer + 12) * sin;
    const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
    const lineHeight = SECTOR_LABEL_SIZE + 3;
    // Above the circle the lines grow upwards, below it downwards, at the sides around the point.
    const top =
      sin < -0.5 ? y - lines.length * lineHeight : sin > 0.5 ? y : y - (lines.length * lineHeight) / 2;
    lines.forEach((line, i) =>
      shapes.push({
        type: 'text',
        x,
        y: top + i * lineHeight,
        text: line,
        size: SECTOR_LABEL_SIZE,
        anchor,
        baseline: 'hanging',
        weight: 'bold',
        fill: 'ink',
      }),
    );
  });
  return shapes;
}
