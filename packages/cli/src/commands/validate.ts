/** `kring validate <file…> [--locale nl|en]`: checks files, prints every problem, exits 1 if any is invalid. */
import { t } from '../messages.js';
import { EXIT, type CommandIO } from './command.js';
import { parseCommandLine } from './parse-command-line.js';
import { formatProblem } from './format-problem.js';
import { readKringFile } from './read-kring-file.js';

export function runValidate(argv: readonly string[], io: CommandIO): number {
  const line = parseCommandLine(argv, io, {}, 'cli.validate.usage');
  if (typeof line === 'number') return line;
  const { files, lang } = line;
  if (files.length === 0) {
    io.err(`${t(lang, 'cli.noFiles')}\n${t(lang, 'cli.validate.usage')}\n`);
    return EXIT.usage;
  }
  let valid = 0;
  for (const file of files) {
    const read = readKringFile(file, io);
    if (!read.ok) {
      io.out(`${file}: ${t(lang, read.message.key, read.message.params)}\n`);
      continue;
    }
    const { result } = read;
    const problems = result.ok ? result.warnings : result.problems;
    for (const problem of problems) io.out(`${formatProblem(file, problem, lang)}\n`);
    if (result.ok) {
      valid++;
      io.out(`${file}: ${t(lang, 'cli.valid')}\n`);
    }
  }
  if (files.length > 1) io.out(`${t(lang, 'cli.summary', { valid, total: files.length })}\n`);
  return valid === files.length ? EXIT.ok : EXIT.refused;
}
