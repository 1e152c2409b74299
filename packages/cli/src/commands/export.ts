/**
 * `kring export <file> --to gedcom|gedcom5|graphml|csv [-o out] [--pseudonymise] [--locale nl|en]`: the family
 * as GEDCOM 7.0 (`gedcom`) or 5.5.1 (`gedcom5`), the network as GraphML or as four CSV files for research
 * (docs/interop.md). GEDCOM and GraphML go to stdout or to -o; CSV needs -o, a folder that receives
 * persons.csv, organisations.csv, ties.csv and relations.csv. `--pseudonymise` is for research data that leaves
 * the organisation (GraphML, CSV); a GEDCOM file is names and dates, so it cannot be pseudonymised.
 * Exit codes: 0 done, 1 the file is missing or invalid (or could not be written), 2 the command line.
 */
import { join } from 'node:path';
import type { Locale } from '@kring/core';
import { exportCsv, exportGedcom, exportGraphml } from '@kring/gedcom';
import { t } from '../messages.js';
import { EXIT, parseLocale, parseOptions, writeOutput, type CommandIO, type Parsed } from './command.js';
import { loadDocument, usageError } from './render.js';

const FORMATS = ['gedcom', 'gedcom5', 'graphml', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface ExportArgs {
  file: string;
  to: Format;
  output?: string;
  pseudonymise: boolean;
  locale: Locale;
}

function parseExportArgs(argv: readonly string[]): Parsed<ExportArgs> {
  const options = {
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    pseudonymise: { type: 'boolean' },
    locale: { type: 'string' },
  } as const;
  return parseOptions(argv, options, (values, positionals) => {
    if (positionals.length !== 1) return { ok: false, message: { key: 'interop.cli.fileRequired' } };
    const to = values['to'];
    if (typeof to !== 'string') return { ok: false, message: { key: 'interop.cli.formatRequired' } };
    if (!(FORMATS as readonly string[]).includes(to))
      return { ok: false, message: { key: 'interop.cli.unknownFormat', params: { value: to } } };
    const locale = parseLocale(values['locale'] as string | undefined);
    if (!locale.ok) return locale;
    const pseudonymise = values['pseudonymise'] === true;
    if (pseudonymise && (to === 'gedcom' || to === 'gedcom5'))
      return { ok: false, message: { key: 'interop.cli.gedcomPrivate' } };
    const output = typeof values['output'] === 'string' ? values['output'] : undefined;
    if (to === 'csv' && (output === undefined || output === '-'))
      return { ok: false, message: { key: 'interop.cli.csvNeedsOutputDir' } };
    const args: ExportArgs = { file: positionals[0]!, to: to as Format, pseudonymise, locale: locale.value };
    if (output !== undefined) args.output = output;
    return { ok: true, value: args };
  });
}

/** `kring export`; returns the exit code. */
export function runExport(argv: readonly string[], io: CommandIO): number {
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) return usageError(io, argv, parsed.message, 'interop.cli.export.usage');
  const args = parsed.value;
  const document = loadDocument(args.file, args.locale, io);
  if (!document) return EXIT.refused;
  const files: [string | undefined, string][] = [];
  if (args.to === 'csv') {
    io.makeDirectory?.(args.output!);
    for (const [name, text] of Object.entries(exportCsv(document, { pseudonymise: args.pseudonymise })))
      files.push([join(args.output!, name), text]);
  } else {
    const text =
      args.to === 'graphml'
        ? exportGraphml(document, { pseudonymise: args.pseudonymise })
        : exportGedcom(document, { version: args.to === 'gedcom' ? '7.0' : '5.5.1' }).text;
    files.push([args.output === '-' ? undefined : args.output, text]);
  }
  for (const [path, text] of files) {
    if (path === undefined) {
      io.out(text);
      continue;
    }
    if (!writeOutput(io, args.locale, path, text)) return EXIT.refused;
    io.err(`${t(args.locale, 'interop.cli.written', { file: path })}\n`);
  }
  return EXIT.ok;
}
