/**
 * `kring insight <file> [--json] [--locale nl|en]`: the network around the client in figures, and what
 * stands out (docs/insight.md). With `--json` stdout holds exactly one JSON object, core's `insightReport`
 * (its shape is documented in docs/cli.md and checked by other systems); without, the same as text.
 */
import { insightLines, insightReport, type InsightReport, type Locale } from '@kring/core';
import { EXIT, parseLocale, parseOptions, type CommandIO, type Parsed } from './command.js';
import { loadDocument, usageError } from './render.js';

interface InsightArgs {
  file: string;
  json: boolean;
  locale: Locale;
}

function parseInsightArgs(argv: readonly string[]): Parsed<InsightArgs> {
  const options = { json: { type: 'boolean' }, locale: { type: 'string' } } as const;
  return parseOptions(argv, options, (values, positionals) => {
    if (positionals.length !== 1) return { ok: false, message: { key: 'cli.fileRequired' } };
    const locale = parseLocale(values['locale'] as string | undefined);
    if (!locale.ok) return locale;
    return {
      ok: true,
      value: { file: positionals[0]!, json: values['json'] === true, locale: locale.value },
    };
  });
}

/** The report as lines of text, in `locale` (core's `insightLines`, also the case-file report's). */
export function insightText(report: InsightReport, locale: Locale): string {
  return `${insightLines(report, locale).join('\n')}\n`;
}

/** `kring insight`; returns the exit code. */
export function runInsight(argv: readonly string[], io: CommandIO): number {
  const parsed = parseInsightArgs(argv);
  if (!parsed.ok) return usageError(io, argv, parsed.message, 'cli.insight.usage');
  const args = parsed.value;
  const document = loadDocument(args.file, args.locale, io);
  if (!document) return EXIT.refused;
  const report = insightReport(document, args.locale);
  io.out(args.json ? `${JSON.stringify(report, null, 2)}\n` : insightText(report, args.locale));
  return EXIT.ok;
}
