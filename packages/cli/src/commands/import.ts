/**
 * `kring import <file.ged> [-o out.kring.json] [--focus <name or id>] [--generations N] [--locale nl|en]`: a
 * GEDCOM file (5.5, 5.5.1, 5.5.5, 7.0; any encoding GEDCOM knows) as a Kring map (docs/interop.md). The map goes
 * to stdout or to the file named by -o; the report of what was not mapped goes to stderr.
 * `kring import <file.csv|.tsv|.txt> [-o out] [--focus <name>] [--into <map.kring.json>] [--delimiter …]`: a
 * contact list (import-contacts.ts).
 * Exit codes: 0 done, 1 the file is missing, unreadable or refused (with line numbers), 2 the command line.
 */
import type { Locale, MessageParams } from '@kring/core';
import {
  MAX_CONTACT_LIST_BYTES,
  MAX_GEDCOM_BYTES,
  importGedcom,
  type Delimiter,
  type ImportReport,
} from '@kring/gedcom';
import { t } from '../messages.js';
import { EXIT, parseLocale, parseOptions, type CommandIO, type Parsed } from './command.js';
import { isContactListFile, parseDelimiter, runContactImport } from './import-contacts.js';
import { usageError } from './render.js';
import { writeImported } from './write-imported.js';
import type { CliMessageKey } from '../messages.js';

interface ImportArgs {
  file: string;
  output?: string;
  focus?: string;
  generations?: number;
  into?: string;
  delimiter?: Delimiter;
  locale: Locale;
}

function parseImportArgs(argv: readonly string[]): Parsed<ImportArgs> {
  const options = {
    output: { type: 'string', short: 'o' },
    focus: { type: 'string' },
    generations: { type: 'string' },
    into: { type: 'string' },
    delimiter: { type: 'string' },
    locale: { type: 'string' },
  } as const;
  return parseOptions(argv, options, (values, positionals) => {
    if (positionals.length !== 1) return { ok: false, message: { key: 'interop.cli.fileRequired' } };
    const locale = parseLocale(values['locale'] as string | undefined);
    if (!locale.ok) return locale;
    const args: ImportArgs = { file: positionals[0]!, locale: locale.value };
    if (typeof values['output'] === 'string') args.output = values['output'];
    if (typeof values['focus'] === 'string') args.focus = values['focus'];
    const generations = values['generations'];
    if (typeof generations === 'string') {
      const n = Number(generations);
      if (!/^\d+$/.test(generations) || n > 50)
        return { ok: false, message: { key: 'interop.cli.badGenerations', params: { value: generations } } };
      args.generations = n;
    }
    if (typeof values['into'] === 'string') args.into = values['into'];
    const delimiter = values['delimiter'];
    if (typeof delimiter === 'string') {
      const chosen = parseDelimiter(delimiter);
      if (chosen === undefined)
        return { ok: false, message: { key: 'interop.cli.badDelimiter', params: { value: delimiter } } };
      args.delimiter = chosen;
    }
    // --generations is for a family tree; --into and --delimiter are for a contact list.
    const list = isContactListFile(args.file);
    if (list && args.generations !== undefined)
      return { ok: false, message: { key: 'interop.cli.gedcomOnly', params: { option: '--generations' } } };
    if (!list && (args.into !== undefined || args.delimiter !== undefined)) {
      const option = args.into !== undefined ? '--into' : '--delimiter';
      return { ok: false, message: { key: 'interop.cli.contactsOnly', params: { option } } };
    }
    return { ok: true, value: args };
  });
}

/** A GEDCOM file by its name or by its first line (`0 HEAD`, after a byte-order mark or in UTF-16). */
function looksLikeGedcom(file: string, bytes: Uint8Array): boolean {
  if (/\.ged$/i.test(file)) return true;
  const start = Array.from(bytes.subarray(0, 16))
    .filter((b) => b !== 0)
    .map((b) => String.fromCharCode(b))
    .join('')
    .replace(/^[^0-9]*/, '');
  return /^0 HEAD/.test(start);
}

/** The import report as lines of text in `locale` (for stderr). */
export function reportText(report: ImportReport, locale: Locale, names: ReadonlyMap<string, string>): string {
  const tr = (key: CliMessageKey, params?: MessageParams) => t(locale, key, params);
  const lines = [
    tr('interop.report.summary', {
      persons: report.persons,
      partnerships: report.partnerships,
      parentChild: report.parentChild,
      individuals: report.individuals,
      families: report.families,
    }),
    tr('interop.report.format', {
      version: report.version ?? tr('interop.report.versionUnknown'),
      encoding: report.encoding,
    }),
  ];
  if (report.declaredEncoding !== undefined)
    lines.push(
      tr('interop.report.encodingMismatch', { declared: report.declaredEncoding, encoding: report.encoding }),
    );
  lines.push(tr('interop.report.focus', { name: names.get(report.focus) ?? '', id: report.focus }));
  if (report.leftOut > 0) lines.push(tr('interop.report.leftOut', { count: report.leftOut }));
  if (report.multipleBirths > 0)
    lines.push(tr('interop.report.multipleBirths', { count: report.multipleBirths }));
  if (report.notes.length > 0) {
    lines.push(tr('interop.report.notes', { count: report.notes.length }));
    for (const note of report.notes) {
      const text = tr(note.message.key, note.message.params);
      lines.push(
        `  - ${note.line === undefined ? text : tr('interop.gedcom.line', { line: note.line, text })}`,
      );
    }
  }
  if (report.dates.length > 0) {
    lines.push(tr('interop.report.dates', { count: report.dates.length }));
    for (const d of report.dates) {
      const field = tr(`interop.report.field.${d.field}`);
      lines.push(
        `  - ${
          d.mapped === undefined
            ? tr('interop.report.dateUnread', { name: d.name, field, original: d.original })
            : tr('interop.report.date', { name: d.name, field, original: d.original, mapped: d.mapped })
        }`,
      );
    }
  }
  if (report.unmapped.length === 0) lines.push(tr('interop.report.nothingLeftOut'));
  else {
    lines.push(tr('interop.report.unmapped', { count: report.unmapped.length }));
    for (const u of report.unmapped)
      lines.push(
        `  - ${tr(u.extension ? 'interop.report.extension' : 'interop.report.unmappedTag', { tag: u.tag, count: u.count })}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** `kring import`; returns the exit code. */
export function runImport(argv: readonly string[], io: CommandIO): number {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) return usageError(io, argv, parsed.message, 'interop.cli.import.usage');
  const args = parsed.value;
  const { file, locale } = args;
  const list = isContactListFile(file);
  const size = io.sizeOf?.(file);
  const limit = list ? MAX_CONTACT_LIST_BYTES : MAX_GEDCOM_BYTES;
  if (size !== undefined && size > limit) {
    const key = list ? 'interop.contacts.tooLarge' : 'interop.gedcom.tooLarge';
    io.err(`${file}: ${t(locale, key, { size, limit })}\n`);
    return EXIT.refused;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    io.err(
      `${file}: ${code === 'ENOENT' ? t(locale, 'cli.fileMissing') : t(locale, 'cli.cannotRead', { detail: String(code ?? e) })}\n`,
    );
    return EXIT.refused;
  }
  if (list && !looksLikeGedcom(file, bytes)) return runContactImport(args, bytes, io);
  if (!looksLikeGedcom(file, bytes)) {
    io.err(`${t(locale, 'interop.cli.unknownInput', { file })}\n${t(locale, 'interop.cli.import.usage')}\n`);
    return EXIT.refused;
  }
  const result = importGedcom(bytes, {
    ...(args.focus !== undefined ? { focus: args.focus } : {}),
    ...(args.generations !== undefined ? { generations: args.generations } : {}),
  });
  if (!result.ok) {
    for (const p of result.problems) {
      const text = t(locale, p.message.key, p.message.params);
      io.err(
        `${file}: ${p.line === undefined ? text : t(locale, 'interop.gedcom.line', { line: p.line, text })}\n`,
      );
    }
    return EXIT.refused;
  }
  const { document } = result;
  const report = () =>
    reportText(result.report, locale, new Map(document.persons.map((p) => [p.id, p.name])));
  return writeImported(io, locale, { file, document, report }, args.output);
}
