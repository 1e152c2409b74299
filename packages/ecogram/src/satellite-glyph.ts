import { t, type Locale } from '@kring/core';
import { displayName, wrapText, type Shape } from '@kring/scene';
import type { Satellite } from './satellites.js';

/** Radius of a satellite circle: room for a name on two lines and a category line. */
export const SATELLITE_R = 48;
const NAME_SIZE = 12;
const CATEGORY_SIZE = 9.5;
const TEXT_WIDTH = 80;

export function satelliteLabel(s: Satellite, pseudonymise: boolean): string {
  return displayName(s.name, pseudonymise);
}

/** A labelled circle: the name (wrapped) and, for organisations, the category as a small second line. */
export function drawSatellite(s: Satellite, label: string, cx: number, cy: number, locale: Locale): Shape[] {
  const name = wrapText(label, NAME_SIZE, TEXT_WIDTH, s.kind === 'organisation' ? 2 : 3);
  const category =
    s.category !== undefined
      ? wrapText(t(locale, `systemCategory.${s.category}`), CATEGORY_SIZE, TEXT_WIDTH, 1)
      : [];
  const heights = [...name.map(() => NAME_SIZE + 2), ...category.map(() => CATEGORY_SIZE + 2)];
  let y = cy - heights.reduce((a, b) => a + b, 0) / 2;
  const shapes: Shape[] = [
    {
      type: 'circle',
      cx,
      cy,
      r: SATELLITE_R,
      stroke: 'ink',
      fill: s.kind === 'organisation' ? 'fill2' : 'paper',
      strokeWidth: 1.6,
    },
  ];
  for (const line of name) {
    shapes.push({
      type: 'text',
      x: cx,
      y,
      text: line,
      size: NAME_SIZE,
      anchor: 'middle',
      baseline: 'hanging',
      fill: 'ink',
    });
    y += NAME_SIZE + 2;
  }
  for (const line of category) {
    shapes.push({
      type: 'text',
      x: cx,
      y,
      text: line,
      size: CATEGORY_SIZE,
      anchor: 'middle',
      baseline: 'hanging',
      italic: true,
      fill: 'ink',
    });
    y += CATEGORY_SIZE + 2;
  }
  return shapes;
}
