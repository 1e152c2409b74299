/**
 * `kring report <file> -o <out.pdf> [--locale nl|en] [--pseudonymise] [--views genogram,ecogram,sociogram]
 * [--author <text>] [--contacts]`: the case-file report as a PDF (@kring/report, the same code as the demo's "Report (PDF)").
 * The fonts come from the `dejavu-fonts-ttf` package on disk; nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VIEWS, type Locale, type View } from '@kring/core';
import { buildReport, REPORT_FONT_FILES, type ReportFonts } from '@kring/report';
import { t } from '../messages.js';
import { EXIT, parseLocale, parseOptions, writeOutput, type CommandIO, type Parsed } from './command.js';
import { loadDocument, usageError } from './render.js';

export interface ReportArgs {
  file: string;
  output: string;
  locale: Locale;
  pseudonymise: boolean;
  views: View[];
  author?: string;
  /** Phone, e-mail and contact notes of the action team on the plan and task cards: `--contacts`. */
  contacts: boolean;
}

export function parseReportArgs(argv: readonly string[]): Parsed<ReportArgs> {
  const options = {
    output: { type: 'string', short: 'o' },
    locale: { type: 'string' },
    pseudonymise: { type: 'boolean' },
    views: { type: 'string' },
    author: { type: 'string' },
    contacts: { type: 'boolean' },
  } as const;
  return parseOptions(argv, options, (values, positionals) => {
    if (positionals.length !== 1) return { ok: false, message: { key: 'cli.fileRequired' } };
    const locale = parseLocale(values['locale'] as string | undefined);
    if (!locale.ok) return locale;
    const output = values['output'];
    if (typeof output !== 'string' || output === '' || output === '-')
      return { ok: false, message: { key: 'report.cli.outputRequired' } };
    const views: View[] = [];
    const list = values['views'] === undefined ? VIEWS.join(',') : String(values['views']);
    for (const name of list.split(',').map((v) => v.trim())) {
      if (!(VIEWS as readonly string[]).includes(name))
        return { ok: false, message: { key: 'report.cli.badViews', params: { value: name } } };
      if (!views.includes(name as View)) views.push(name as View);
    }
    const author = typeof values['author'] === 'string' ? values['author'] : undefined;
    return {
      ok: true,
      value: {
        file: positionals[0]!,
        output,
        locale: locale.value,
        pseudonymise: values['pseudonymise'] === true,
        contacts: values['contacts'] === true,
        views,
        ...(author !== undefined ? { author } : {}),
      },
    };
  });
}

/** DejaVu Sans and DejaVu Sans Bold from the installed `dejavu-fonts-ttf` package. */
export function loadReportFonts(): ReportFonts {
  const require = createRequire(import.meta.url);
  return {
    regular: new Uint8Array(readFileSync(require.resolve(REPORT_FONT_FILES.regular))),
    bold: new Uint8Array(readFileSync(require.resolve(REPORT_FONT_FILES.bold))),
  };
}

/** `kring report`; resolves to the exit code. */
export async function runReport(argv: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseReportArgs(argv);
  if (!parsed.ok) return usageError(io, argv, parsed.message, 'report.cli.usage');
  const args = parsed.value;
  const document = loadDocument(args.file, args.locale, io);
  if (!document) return EXIT.refused;
  const pdf = await buildReport(
    document,
    {
      locale: args.locale,
      views: args.views,
      pseudonymise: args.pseudonymise,
      contacts: args.contacts,
      ...(args.author !== undefined ? { author: args.author } : {}),
    },
    loadReportFonts(),
  );
  if (!writeOutput(io, args.locale, args.output, pdf)) return EXIT.refused;
  io.err(`${t(args.locale, 'cli.written', { file: args.output })}\n`);
  return EXIT.ok;
}
