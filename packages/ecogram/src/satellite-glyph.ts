import { t, type Locale } from '@kring/core';
import { displayName, textWidth, wrapLabel, type Shape } from '@kring/scene';
import type { Satellite } from './satellites.js';

/** Radius of a satellite circle: room for a name on up to three lines and a category below it. */
export const SATELLITE_R = 50;
const NAME_SIZE = 12;
const NAME_LINE = 14;
const CATEGORY_SIZE = 11;
const CATEGORY_LINE = 12.5;
/** Room kept between a line of text and the circle. */
const INSET = 4;
/** Line widths tried, widest first: the first at which every line fits inside the circle wins. */
const WIDTHS = [90, 84, 78, 72, 66];

interface TextLine {
  text: string;
  size: number;
  italic: boolean;
  /** Top of the line, relative to the circle's centre. */
  y: number;
}

export function satelliteLabel(s: Satellite, pseudonymise: boolean): string {
  return displayName(s.name, pseudonymise);
}

/** Half the width of the circle's chord at the height of the line's farther edge. */
function room(line: TextLine, lineHeight: number): number {
  const edge = Math.max(Math.abs(line.y), Math.abs(line.y + lineHeight));
  return Math.sqrt(Math.max(0, SATELLITE_R * SATELLITE_R - edge * edge)) - INSET;
}

/**
 * The name (up to three lines, long compound words hyphenated rather than cut) and the category (up to two
 * small italic lines), as wide as fits inside the circle: narrower lines are tried until every line fits.
 */
export function satelliteText(name: string, category: string | undefined): TextLine[] {
  let best: TextLine[] = [];
  for (const width of WIDTHS) {
    const nameLines = wrapLabel(name, NAME_SIZE, width, 3);
    const categoryLines = category !== undefined ? wrapLabel(category, CATEGORY_SIZE, width, 2) : [];
    const total = nameLines.length * NAME_LINE + categoryLines.length * CATEGORY_LINE;
    let y = -total / 2;
    const lines: TextLine[] = [];
    for (const text of nameLines) {
      lines.push({ text, size: NAME_SIZE, italic: false, y });
      y += NAME_LINE;
    }
    for (const text of categoryLines) {
      lines.push({ text, size: CATEGORY_SIZE, italic: true, y });
      y += CATEGORY_LINE;
    }
    best = lines;
    const fits = lines.every(
      (l) => textWidth(l.text, l.size) / 2 <= room(l, l.italic ? CATEGORY_LINE : NAME_LINE),
    );
    if (fits) break;
  }
  return best;
}

/** A labelled circle: the name (wrapped) and, for organisations, the category in small italics below it. */
export function drawSatellite(s: Satellite, label: string, cx: number, cy: number, locale: Locale): Shape[] {
  const category = s.category !== undefined ? t(locale, `systemCategory.${s.category}`) : undefined;
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
  for (const line of satelliteText(label, category)) {
    shapes.push({
      type: 'text',
      x: cx,
      y: cy + line.y,
      text: line.text,
      size: line.size,
      anchor: 'middle',
      baseline: 'hanging',
      ...(line.italic ? { italic: true } : {}),
      fill: 'ink',
    });
  }
  return shapes;
}
