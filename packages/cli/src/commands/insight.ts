/**
 * `kring insight <file> [--json] [--locale nl|en]`: the network around the client in figures, and what
 * stands out (docs/insight.md). With `--json` stdout holds exactly one JSON object, core's `insightReport`
 * (its shape is documented in docs/cli.md and checked by other systems); without, the same as text.
 */
import { parseArgs } from 'node:util';
import {
  SUPPORT_TYPES,
  insightReport,
  supportLabel,
  type InsightReport,
  type Locale,
  type MessageKey,
} from '@kring/core';
import { t } from '../messages.js';
import { EXIT, parseLocale, type CommandIO, type Parsed } from './command.js';
import { loadDocument, usageError } from './render.js';

interface InsightArgs {
  file: string;
  json: boolean;
  locale: Locale;
}

function parseInsightArgs(argv: readonly string[]): Parsed<InsightArgs> {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, locale: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return {
      ok: false,
      message: { key: 'read.cli.badOption', params: { detail: (error as Error).message } },
    };
  }
  if (positionals.length !== 1) return { ok: false, message: { key: 'render.cli.fileRequired' } };
  const locale = parseLocale(values['locale'] as string | undefined);
  if (!locale.ok) return locale;
  return { ok: true, value: { file: positionals[0]!, json: values['json'] === true, locale: locale.value } };
}

/** The report as lines of text, in `locale`. */
export function insightText(report: InsightReport, locale: Locale): string {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(locale, key, params);
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
  return `${lines.join('\n')}\n`;
}

/** `kring insight`; returns the exit code. */
export function runInsight(argv: readonly string[], io: CommandIO): number {
  const parsed = parseInsightArgs(argv);
  if (!parsed.ok) return usageError(io, argv, parsed.message, 'insight.cli.usage');
  const args = parsed.value;
  const document = loadDocument(args.file, args.locale, io);
  if (!document) return EXIT.refused;
  const report = insightReport(document, args.locale);
  io.out(args.json ? `${JSON.stringify(report, null, 2)}\n` : insightText(report, args.locale));
  return EXIT.ok;
}
