/**
 * The title block above the drawing: the document title (bold) and a line with the view, the reference date
 * and, for a pseudonymised export, a note that names are initials. A pseudonymised export never shows the
 * document title (it often holds a name, "Netwerk van Sophia") nor the reference date (no calendar dates).
 */
import { t, type Locale, type View } from '@kring/core';
import { resolveColor } from '../palette.js';
import { textWidth, wrapText } from '../text-metrics.js';
import { escapeXml } from './escape-xml.js';
import type { Block } from './framed-block.js';
import { formatNumber as n } from './number.js';

const TITLE_SIZE = 20;
const TITLE_LINE = 25;
const SUB_SIZE = 12;

export interface TitleFacts {
  locale: Locale;
  view: View;
  documentTitle?: string;
  referenceDate?: string;
  pseudonymised: boolean;
  healthHidden?: boolean;
}

/** The view's name with a capital, in the locale ("Genogram", "Sociogram"). */
export function viewName(locale: Locale, view: View): string {
  const name = t(locale, `view.${view}`);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The title the export shows and reads out: the document title, or a neutral one when absent or pseudonymised. */
export function shownTitle(facts: TitleFacts): string {
  const title = facts.pseudonymised ? '' : (facts.documentTitle ?? '').trim();
  return title === '' ? t(facts.locale, 'render.title.untitled') : title;
}

/** The line under the title: view · reference date · pseudonymised note. */
export function subtitle(facts: TitleFacts): string {
  const parts = [viewName(facts.locale, facts.view)];
  if (facts.referenceDate && !facts.pseudonymised)
    parts.push(t(facts.locale, 'render.title.referenceDate', { date: facts.referenceDate }));
  if (facts.pseudonymised) parts.push(t(facts.locale, 'render.title.pseudonymised'));
  if (facts.healthHidden) parts.push(t(facts.locale, 'render.title.healthHidden'));
  return parts.join(' · ');
}

/** Titles wrap at the drawing's width, but never narrower than this. */
const MIN_WRAP = 360;

/** The block; `width` is the widest line (estimated), so the sheet can grow to hold it. */
export function titleBlock(facts: TitleFacts, drawingWidth: number): Block {
  const lines = wrapText(shownTitle(facts), TITLE_SIZE, Math.max(MIN_WRAP, drawingWidth), 2);
  const sub = subtitle(facts);
  const width = Math.max(textWidth(sub, SUB_SIZE), ...lines.map((l) => textWidth(l, TITLE_SIZE, true)));
  let svg = '';
  lines.forEach((line, i) => {
    svg += `<text x="0" y="${n(TITLE_SIZE + i * TITLE_LINE)}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${resolveColor('ink')}">${escapeXml(line)}</text>`;
  });
  const subY = TITLE_SIZE + (lines.length - 1) * TITLE_LINE + 8 + SUB_SIZE;
  svg += `<text x="0" y="${n(subY)}" font-size="${SUB_SIZE}" fill="${resolveColor('muted')}">${escapeXml(sub)}</text>`;
  return { svg: `<g>${svg}</g>`, width, height: subY + 4 };
}
