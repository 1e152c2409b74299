/**
 * `kring import <file.csv|.tsv|.txt> [-o out.kring.json] [--focus <name>] [--into <map.kring.json>]
 * [--delimiter ;|,|tab|line]`: a contact list ("groslijst") as a new map — the focus (named, or the first person
 * of the list) and everyone else, not yet placed — or, with `--into`, added to an existing map (names already on
 * it are not added twice). The map goes to stdout or to -o; the report goes to stderr. docs/interop.md.
 * Exit codes: 0 done, 1 the list or the map is missing, unreadable or refused, 2 the command line.
 */
import { applyCommand, type KringDocument, type Locale, type MessageParams } from '@kring/core';
import {
  contactListCommands,
  contactListDocument,
  planContactList,
  readContactList,
  type ContactPlan,
  type ContactTable,
  type Delimiter,
} from '@kring/gedcom';
import { t } from '../messages.js';
import { EXIT, type CommandIO } from './command.js';
import { loadDocument } from './render.js';
import { writeImported } from './write-imported.js';
import type { CliMessageKey } from '../messages.js';

export interface ContactImportArgs {
  file: string;
  output?: string;
  focus?: string;
  into?: string;
  delimiter?: Delimiter;
  locale: Locale;
}

/** A contact list by its name: `.csv`, `.tsv` or `.txt`. */
export function isContactListFile(file: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(file);
}

/** The `--delimiter` value: `;`, `,`, `tab` (or a tab) or `line`. */
export function parseDelimiter(value: string): Delimiter | undefined {
  if (value === ';' || value === ',' || value === 'line') return value;
  if (value === 'tab' || value === '\t') return '\t';
  return undefined;
}

const DELIMITER_NAMES: Record<Delimiter, string> = { ';': ';', ',': ',', '\t': 'tab', line: 'line' };

/** The report of a contact list import, as lines of text in `locale` (for stderr). */
export function contactReportText(
  table: ContactTable,
  plan: ContactPlan,
  locale: Locale,
  focus?: { name: string; line?: number },
): string {
  const tr = (key: CliMessageKey, params?: MessageParams) => t(locale, key, params);
  const lines = [
    tr('interop.cli.contacts.read', {
      rows: plan.entries.length,
      delimiter: DELIMITER_NAMES[table.delimiter],
      encoding: table.encoding ?? 'utf-8',
      header: tr(table.header ? 'interop.cli.contacts.headerYes' : 'interop.cli.contacts.headerNo'),
    }),
  ];
  if (table.unclosedQuote !== undefined)
    lines.push(tr('interop.demo.contacts.unclosedQuote', { line: table.unclosedQuote }));
  if (focus !== undefined) lines.push(tr('interop.cli.contacts.focus', { name: focus.name }));
  const added = plan.entries.filter((e) => e.status === 'new' && e.line !== focus?.line);
  const persons = added.filter((e) => e.kind === 'person').length;
  lines.push(tr('interop.cli.contacts.added', { persons, organisations: added.length - persons }));
  for (const e of plan.entries) {
    const at = (text: string) => `  - ${tr('interop.gedcom.line', { line: e.line, text })}`;
    if (e.status === 'onMap') lines.push(at(tr('interop.cli.contacts.onMap', { name: e.name })));
    else if (e.status === 'repeated')
      lines.push(at(tr('interop.cli.contacts.repeated', { name: e.name, first: e.firstLine ?? 0 })));
    else if (e.status === 'noName') lines.push(at(tr('interop.demo.contacts.status.noName')));
    for (const remark of e.remarks) lines.push(at(tr(remark.key, remark.params)));
  }
  return `${lines.join('\n')}\n`;
}

/** `kring import` of a contact list whose bytes are read; returns the exit code. */
export function runContactImport(args: ContactImportArgs, bytes: Uint8Array, io: CommandIO): number {
  const { file, locale } = args;
  const read = readContactList(bytes, args.delimiter === undefined ? {} : { delimiter: args.delimiter });
  if (!read.ok) {
    for (const p of read.problems) io.err(`${file}: ${t(locale, p.key, p.params)}\n`);
    return EXIT.refused;
  }
  const table = read.table;
  let document: KringDocument;
  let plan: ContactPlan;
  let focus: { name: string; line?: number } | undefined;
  if (args.into !== undefined) {
    const map = loadDocument(args.into, locale, io);
    if (!map) return EXIT.refused;
    plan = planContactList(table, table, map);
    document = map;
    for (const command of contactListCommands(plan, map, locale)) {
      const result = applyCommand(document, command);
      if (!result.ok) {
        io.err(`${args.into}: ${t(locale, result.reason.key, result.reason.params)}\n`);
        return EXIT.refused;
      }
      document = result.document;
    }
  } else {
    plan = planContactList(table);
    const made = contactListDocument(plan, {
      locale,
      ...(args.focus === undefined ? {} : { focus: args.focus }),
    });
    if (!made.ok) {
      io.err(`${file}: ${t(locale, made.problem.key, made.problem.params)}\n`);
      return EXIT.refused;
    }
    document = made.document;
    const name = document.persons.find((p) => p.id === made.focus)!.name;
    focus = made.focusLine === undefined ? { name } : { name, line: made.focusLine };
  }
  const report = () => contactReportText(table, plan, locale, focus);
  return writeImported(io, locale, { file, document, report }, args.output);
}
