/**
 * One scene shape → one SVG element, as a string. Defaults shared with every back end: stroke `ink`,
 * fill `none`, stroke width 1, text fill `ink`. Only numbers, palette colours and escaped text reach the output.
 */
import { resolveColor } from '../palette.js';
import type { CircleShape, PathShape, RectShape, Shape, Style, TextShape } from '../types.js';
import { escapeXml } from './escape-xml.js';
import { formatNumber as n } from './number.js';

/** `d` may hold only absolute path commands and numbers (types.ts); anything else is dropped. */
const SAFE_PATH = /^[MLHVCQAZ0-9eE.,+\- ]*$/;
const PAPER = resolveColor('paper');

export function styleAttributes(style: Style): string {
  let out = ` stroke="${resolveColor(style.stroke ?? 'ink')}" fill="${resolveColor(style.fill ?? 'none')}"`;
  if (style.strokeWidth !== undefined) out += ` stroke-width="${n(style.strokeWidth)}"`;
  const dash = style.dash;
  if (dash !== undefined && dash.length > 0) {
    let list = n(dash[0]!);
    for (let i = 1; i < dash.length; i++) list += ` ${n(dash[i]!)}`;
    out += ` stroke-dasharray="${list}"`;
  }
  if (style.opacity !== undefined && style.opacity < 1) out += ` opacity="${n(Math.max(0, style.opacity))}"`;
  if (style.round) out += ' stroke-linecap="round" stroke-linejoin="round"';
  return out;
}

function rectToSvg(s: RectShape): string {
  let out = `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(Math.max(0, s.width))}" height="${n(Math.max(0, s.height))}"`;
  if (s.rx !== undefined && s.rx > 0) out += ` rx="${n(s.rx)}"`;
  return `${out}${styleAttributes(s)}/>`;
}

function circleToSvg(s: CircleShape): string {
  return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(Math.max(0, s.r))}"${styleAttributes(s)}/>`;
}

function pathToSvg(s: PathShape): string {
  if (!SAFE_PATH.test(s.d)) return '';
  const d = s.d.trim();
  return d === '' ? '' : `<path d="${d}"${styleAttributes(s)}/>`;
}

/** How far below `y` the baseline sits for each vertical alignment, in em (renderer-independent). */
const BASELINE_SHIFT = { alphabetic: 0, middle: 0.35, hanging: 0.8 } as const;

/** The halo is a paper-coloured outline drawn as its own element, so SVG 1.1 viewers without `paint-order` show it. */
export function textToSvg(s: TextShape): string {
  const y = s.y + BASELINE_SHIFT[s.baseline ?? 'alphabetic'] * s.size;
  let attrs = ` x="${n(s.x)}" y="${n(y)}" font-size="${n(s.size)}"`;
  if (s.anchor && s.anchor !== 'start') attrs += ` text-anchor="${s.anchor}"`;
  if (s.weight === 'bold') attrs += ' font-weight="bold"';
  if (s.italic) attrs += ' font-style="italic"';
  const text = escapeXml(s.text);
  const fill = resolveColor(s.fill ?? 'ink');
  const plain = `<text${attrs} fill="${fill}">${text}</text>`;
  if (!s.halo) return plain;
  return `<text${attrs} fill="none" stroke="${PAPER}" stroke-width="${n(Math.max(2, s.size / 4))}" stroke-linejoin="round" aria-hidden="true">${text}</text>${plain}`;
}

export function shapeToSvg(shape: Shape): string {
  switch (shape.type) {
    case 'rect':
      return rectToSvg(shape);
    case 'circle':
      return circleToSvg(shape);
    case 'path':
      return pathToSvg(shape);
    case 'text':
      return textToSvg(shape);
    default:
      return ''; // an unknown shape type from a newer layout: draw nothing rather than break the file
  }
}

export function shapesToSvg(shapes: readonly Shape[]): string {
  let out = '';
  for (let i = 0; i < shapes.length; i++) out += shapeToSvg(shapes[i]!);
  return out;
}
