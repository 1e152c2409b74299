/**
 * A highlight on the map and a small insight block, for exports: the people outside the highlight are drawn
 * greyed out (dimmed, never left out: the editor's own opacity), the legend says what stays in full colour,
 * and a block of plain lines (core's `insightBlock`: the figures and findings of `kring insight`) can sit
 * below the legend. Plain data in, so the writer needs no insight code of its own.
 */
import { t, type Id, type Locale } from '@kring/core';
import { resolveColor } from '../palette.js';
import { textWidth } from '../text-metrics.js';
import type { LegendEntry, Shape } from '../types.js';
import { wrapLabel } from '../wrap-label.js';
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

/** What to grey out in an export, and what stays in full colour in words. */
export interface SvgHighlight {
  /** Persons and organisations drawn greyed out; a line with a greyed-out end is greyed out too. */
  dimmed: readonly Id[];
  /** What stays in full colour, for the legend ("praktische steun (6 van 18)"). */
  label: string;
}

/** A heading and plain lines: the insight block of an export. */
export interface SvgTextBlock {
  /** The block's heading, plain text (escaped by the writer). */
  heading: string;
  /** The lines below it, plain text each (escaped by the writer). */
  lines: readonly string[];
}

/** The opacity of greyed-out symbols and lines: the editor's `.kring-dimmed`. */
export const DIMMED_OPACITY = 0.2;

const symbol = (opacity?: number): Shape[] => [
  {
    type: 'circle',
    cx: 20,
    cy: 10,
    r: 7,
    stroke: 'ink',
    fill: 'paper',
    strokeWidth: 1.5,
    ...(opacity === undefined ? {} : { opacity }),
  },
];

/** The legend rows of a highlight: what stays in full colour, and that everyone else is greyed out. */
export function highlightLegend(highlight: { label: string }, locale: Locale): LegendEntry[] {
  return [
    {
      key: 'highlight.kept',
      label: t(locale, 'render.highlight.kept', { what: highlight.label }),
      sample: symbol(),
    },
    {
      key: 'highlight.dimmed',
      label: t(locale, 'render.highlight.dimmed'),
      sample: symbol(DIMMED_OPACITY),
    },
  ];
}

const LINE_GAP = 4;
const WIDTH = 300;

/** The insight block: a frame, its heading and each line wrapped (never cut) at a fixed width. */
export function textBlock(block: SvgTextBlock): Block | undefined {
  if (block.lines.length === 0) return undefined;
  const wrapped = block.lines.map((line) => wrapLabel(stripInvalidXmlChars(line), TEXT_SIZE, WIDTH, 6));
  const widest = Math.max(
    textWidth(block.heading, HEADING_SIZE, true),
    ...wrapped.flat().map((l) => textWidth(l, TEXT_SIZE)),
  );
  const width = 2 * PAD + Math.ceil(Math.min(WIDTH, widest) * WIDE_FONT_SLACK);
  let y = PAD + HEADING_HEIGHT;
  let body = '';
  for (const lines of wrapped) {
    for (const line of lines) {
      y += LINE_HEIGHT;
      body += `<text x="${PAD}" y="${n(y - 3)}" font-size="${TEXT_SIZE}" fill="${resolveColor('ink')}">${escapeXml(line)}</text>`;
    }
    y += LINE_GAP;
  }
  return framedBlock(block.heading, body, width, y - LINE_GAP + PAD);
}
