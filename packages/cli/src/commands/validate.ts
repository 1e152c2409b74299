/** `kring validate <file…> [--locale nl|en]`: checks files, prints every problem, exits 1 if any is invalid. */
import { parseArgs } from 'node:util';
import { t } from '../messages.js';
import { EXIT, localeOfArgv, parseLocale, type CommandIO } from './command.js';
import { formatProblem } from './format-problem.js';
import { readKringFile } from './read-kring-file.js';

export function runValidate(argv: readonly string[], io: CommandIO): number {
  let values: { locale?: string };
  let files: string[];
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { locale: { type: 'string' } },
      allowPositionals: true,
    });
    values = parsed.values;
    files = parsed.positionals;
  } catch (e) {
    const locale = localeOfArgv(argv);
    io.err(
      `${t(locale, 'read.cli.badOption', { detail: (e as Error).message })}\n${t(locale, 'read.cli.validate.usage')}\n`,
    );
    return EXIT.usage;
  }
  const locale = parseLocale(values.locale);
  if (!locale.ok) {
    io.err(`${t('en', locale.message.key, locale.message.params)}\n`);
    return EXIT.usage;
  }
  const lang = locale.value;
  if (files.length === 0) {
    io.err(`${t(lang, 'read.cli.noFiles')}\n${t(lang, 'read.cli.validate.usage')}\n`);
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
      io.out(`${file}: ${t(lang, 'read.cli.valid')}\n`);
    }
  }
  if (files.length > 1) io.out(`${t(lang, 'read.cli.summary', { valid, total: files.length })}\n`);
  return valid === files.length ? EXIT.ok : EXIT.refused;
}
