/**
 * The insight report as lines of text, as `kring insight` prints them and the case-file report (@kring/report)
 * shows them: one place, so both say the same. Lines of a list start with two spaces.
 */
import { SUPPORT_TYPES } from '../model/enums.js';
import type { MessageKey } from '../i18n/en.js';
import { coreMessageParts } from '../i18n/message-parts.js';
import { insightMessages } from '../i18n/parts/insight.js';
import { insightLinesEn } from '../i18n/parts/insight-lines.en.js';
import { insightLinesNl } from '../i18n/parts/insight-lines.nl.js';
import { createRuntimeKeyTranslator } from '../i18n/runtime-key-translator.js';
import type { Locale, MessageParams } from '../i18n/translate.js';
import { supportLabel, type InsightReport } from './report.js';

/** Insight's words and the headings of its lines (a part only this module shows, so the editor has none of it). */
const t = /* @__PURE__ */ createRuntimeKeyTranslator([
  ...coreMessageParts,
  insightMessages,
  { en: insightLinesEn, nl: insightLinesNl },
]);

/** The figures and the findings of `report` in `locale`, one line each. */
export function insightLines(report: InsightReport, locale: Locale): string[] {
  const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  const none = tr('insight.panel.none');
  const lines = [
    tr('insight.cli.alters', {
      alters: report.alters,
      informal: report.informal,
      professional: report.professional,
    }),
    tr('insight.cli.reciprocal', { count: report.reciprocal }),
    tr('insight.cli.knowEachOther', { count: report.knowEachOther }),
    tr('insight.cli.byRing'),
    ...Object.entries(report.byRing).map(
      ([ring, count]) => `  ${ring === 'none' ? none : tr('insight.panel.ring', { ring })}: ${count}`,
    ),
    tr('insight.cli.bySector'),
    ...Object.entries(report.bySector).map(
      ([sector, count]) => `  ${sector === 'none' ? none : tr(`sector.${sector}` as MessageKey)}: ${count}`,
    ),
    tr('insight.cli.support'),
    ...SUPPORT_TYPES.map((type) => {
      const c = report.support[type];
      return `  ${supportLabel(locale, type)}: ${c.received} / ${c.given} / ${c.potential}`;
    }),
  ];
  if (report.findings.length === 0) lines.push(tr('insight.cli.noFindings'));
  else lines.push(tr('insight.cli.findings'), ...report.findings.map((f) => `  - ${f.text}`));
  return lines;
}
