/**
 * The framed blocks beside an exported drawing (the legend, legend.ts, and the insight block, highlight.ts)
 * share one look: a thin rounded frame on paper, a bold heading at the top left and one text size.
 */
import { resolveColor } from '../palette.js';
import { escapeXml, stripInvalidXmlChars } from './escape-xml.js';
import { formatNumber as n } from './number.js';

/** A block placed beside the drawing. */
export interface Block {
  /** SVG of the block with its top-left corner at the origin. */
  svg: string;
  width: number;
  height: number;
}

/** Space between the frame and what it holds. */
export const PAD = 12;
export const HEADING_SIZE = 14;
/** From the top padding to the first line of text under the heading. */
export const HEADING_HEIGHT = 26;
/** The size of the blocks' text under the heading. */
export const TEXT_SIZE = 12;
export const LINE_HEIGHT = 15;
/** Text width estimates are tuned for the average system font; DejaVu Sans (Linux, rsvg) runs about 10 % wider. */
export const WIDE_FONT_SLACK = 1.12;

/** The block of `width` × `height`: its frame, `heading` and `body` (SVG drawn in the block's coordinates). */
export function framedBlock(heading: string, body: string, width: number, height: number): Block {
  const frame = `<rect x="0.5" y="0.5" width="${n(width - 1)}" height="${n(height - 1)}" rx="4" stroke="${resolveColor('muted')}" stroke-width="0.75" fill="${resolveColor('paper')}"/>`;
  const headingSvg = `<text x="${PAD}" y="${PAD + HEADING_SIZE}" font-size="${HEADING_SIZE}" font-weight="bold" fill="${resolveColor('ink')}">${escapeXml(stripInvalidXmlChars(heading))}</text>`;
  return { svg: `<g>${frame}${headingSvg}${body}</g>`, width, height };
}
