/**
 * The legend block: a heading and one row per `scene.legend` entry (its 40×20 sample and its label),
 * in columns when the list is taller than the drawing. Measured without a DOM (text-metrics.ts).
 */
import { t, type Locale } from '@kring/core';
import { resolveColor } from '../palette.js';
import { textWidth } from '../text-metrics.js';
import { wrapLabel } from '../wrap-label.js';
import type { LegendEntry } from '../types.js';
import { escapeXml, stripInvalidXmlChars } from './escape-xml.js';
import {
  type Block,
  framedBlock,
  HEADING_HEIGHT,
  HEADING_SIZE,
  LINE_HEIGHT,
  PAD,
  TEXT_SIZE,
  WIDE_FONT_SLACK,
} from './framed-block.js';
import { formatNumber as n } from './number.js';
import { shapesToSvg } from './shapes.js';

const SAMPLE_WIDTH = 40;
const SAMPLE_HEIGHT = 20;
const LABEL_X = SAMPLE_WIDTH + 10;
/** Labels wrap at this width (two lines at most); a column is as wide as its widest label. */
const LABEL_WIDTH = 190;
const ROW_GAP = 8;
const COLUMN_GAP = 20;

interface Row {
  entry: LegendEntry;
  lines: string[];
  height: number;
}

/** The legend for `entries`, at most `maxHeight` tall where columns allow; undefined when there is nothing to explain. */
export function legendBlock(
  entries: readonly LegendEntry[],
  locale: Locale,
  maxHeight: number,
): Block | undefined {
  if (entries.length === 0) return undefined;
  const rows: Row[] = entries.map((entry) => {
    // Legend text is never cut: a long explanation wraps onto as many as four lines.
    const lines = wrapLabel(stripInvalidXmlChars(entry.label), TEXT_SIZE, LABEL_WIDTH, 4);
    return { entry, lines, height: Math.max(SAMPLE_HEIGHT, lines.length * LINE_HEIGHT) };
  });
  const available = Math.max(maxHeight - 2 * PAD - HEADING_HEIGHT, SAMPLE_HEIGHT * 6);
  const columns: Row[][] = [[]];
  let used = 0;
  for (const row of rows) {
    const column = columns[columns.length - 1]!;
    if (column.length > 0 && used + row.height > available) {
      columns.push([row]);
      used = row.height + ROW_GAP;
    } else {
      column.push(row);
      used += row.height + ROW_GAP;
    }
  }
  const labelWidth = Math.min(
    LABEL_WIDTH,
    Math.max(0, ...rows.flatMap((r) => r.lines.map((l) => textWidth(l, TEXT_SIZE)))),
  );
  const columnWidth = LABEL_X + Math.ceil(labelWidth * WIDE_FONT_SLACK);
  const heading = t(locale, 'render.legend.title');
  let body = '';
  let bodyHeight = 0;
  columns.forEach((column, c) => {
    let y = PAD + HEADING_HEIGHT;
    const x = PAD + c * (columnWidth + COLUMN_GAP);
    for (const row of column) {
      const sampleY = y + (row.height - SAMPLE_HEIGHT) / 2;
      body += `<g transform="translate(${n(x)} ${n(sampleY)})">${shapesToSvg(row.entry.sample)}</g>`;
      const firstBaseline =
        y + row.height / 2 - ((row.lines.length - 1) * LINE_HEIGHT) / 2 + 0.35 * TEXT_SIZE;
      row.lines.forEach((line, i) => {
        body += `<text x="${n(x + LABEL_X)}" y="${n(firstBaseline + i * LINE_HEIGHT)}" font-size="${TEXT_SIZE}" fill="${resolveColor('ink')}">${escapeXml(line)}</text>`;
      });
      y += row.height + ROW_GAP;
    }
    bodyHeight = Math.max(bodyHeight, y - ROW_GAP);
  });
  const columnsWidth = columns.length * columnWidth + (columns.length - 1) * COLUMN_GAP;
  const width =
    2 * PAD + Math.max(columnsWidth, Math.ceil(textWidth(heading, HEADING_SIZE, true) * WIDE_FONT_SLACK));
  return framedBlock(heading, body, width, bodyHeight + PAD);
}
