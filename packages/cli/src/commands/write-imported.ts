/**
 * The end of `kring import`, for a GEDCOM file (import.ts) and a contact list (import-contacts.ts) alike: the
 * new map as Kring JSON to `-o`, or to standard output without it (or with `-`), after the import's report on
 * standard error. A map the writer refuses (too large) is reported against the input file and nothing is written.
 */
import { WriteRefusedError, writeDocument, type KringDocument, type Locale } from '@kring/core';
import { t } from '../messages.js';
import { EXIT, writeOutput, type CommandIO } from './command.js';

export function writeImported(
  io: CommandIO,
  locale: Locale,
  source: { file: string; document: KringDocument; report: () => string },
  output: string | undefined,
): number {
  let text: string;
  try {
    text = writeDocument(source.document);
  } catch (e) {
    if (!(e instanceof WriteRefusedError)) throw e;
    io.err(`${source.file}: ${t(locale, e.problem.message.key, e.problem.message.params)}\n`);
    return EXIT.refused;
  }
  io.err(source.report());
  if (output === undefined || output === '-') {
    io.out(text);
    return EXIT.ok;
  }
  if (!writeOutput(io, locale, output, text)) return EXIT.refused;
  io.err(`${t(locale, 'interop.cli.written', { file: output })}\n`);
  return EXIT.ok;
}
