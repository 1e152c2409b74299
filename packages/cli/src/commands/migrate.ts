/** `kring migrate <in> -o <out> [--locale nl|en]`: reads any known version and writes the current one. */
import { CURRENT_VERSION, WriteRefusedError, writeDocument } from '@kring/core';
import { t } from '../messages.js';
import { EXIT, writeOutput, type CommandIO } from './command.js';
import { parseCommandLine } from './parse-command-line.js';
import { formatProblem } from './format-problem.js';
import { readKringFile } from './read-kring-file.js';

export function runMigrate(argv: readonly string[], io: CommandIO): number {
  const line = parseCommandLine(argv, io, { output: { type: 'string', short: 'o' } }, 'cli.migrate.usage');
  if (typeof line === 'number') return line;
  const { values, files, lang } = line;
  const input = files[0];
  if (files.length !== 1 || input === undefined || values.output === undefined) {
    io.err(`${t(lang, 'cli.migrate.usage')}\n`);
    return EXIT.usage;
  }
  const read = readKringFile(input, io);
  if (!read.ok) {
    io.err(`${input}: ${t(lang, read.message.key, read.message.params)}\n`);
    return EXIT.refused;
  }
  const { result } = read;
  if (!result.ok) {
    for (const problem of result.problems) io.err(`${formatProblem(input, problem, lang)}\n`);
    return EXIT.refused;
  }
  let text: string;
  try {
    text = writeDocument(result.document);
  } catch (e) {
    // The writer refuses what its reader would refuse (e.g. over 20 MiB even written compact).
    if (!(e instanceof WriteRefusedError)) throw e;
    io.err(`${formatProblem(input, e.problem, lang)}\n`);
    return EXIT.refused;
  }
  const toStdout = values.output === '-';
  // Notes and warnings go to stderr, so that `-o -` gives clean JSON on stdout.
  for (const warning of result.warnings) io.err(`${formatProblem(input, warning, lang)}\n`);
  if (toStdout) io.out(text);
  else {
    if (!writeOutput(io, lang, values.output, text)) return EXIT.refused;
    const done =
      result.migratedFrom === undefined
        ? t(lang, 'cli.rewritten', { file: values.output, to: CURRENT_VERSION })
        : t(lang, 'cli.migrated', {
            file: values.output,
            from: result.migratedFrom,
            to: CURRENT_VERSION,
          });
    io.err(`${done}\n`);
  }
  return EXIT.ok;
}
