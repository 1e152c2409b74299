/**
 * The argument parsing `validate` and `migrate` share: string options plus positional files, `--locale` checked,
 * and on a bad command line the message and the command's usage written to stderr (exit code EXIT.usage).
 */
import { parseArgs } from 'node:util';
import type { Locale } from '@kring/core';
import { t } from '../messages.js';
import { EXIT, localeOfArgv, parseLocale, type CommandIO } from './command.js';
import type { CliMessageKey } from '../messages.js';

export interface CommandLine {
  values: Record<string, string | undefined>;
  files: string[];
  lang: Locale;
}

/** Parses `argv`; returns the command line, or an exit code after explaining the mistake on stderr. */
export function parseCommandLine(
  argv: readonly string[],
  io: CommandIO,
  options: Record<string, { type: 'string'; short?: string }>,
  usage: CliMessageKey,
): CommandLine | number {
  let values: Record<string, string | undefined>;
  let files: string[];
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { locale: { type: 'string' }, ...options },
      allowPositionals: true,
    });
    values = parsed.values as Record<string, string | undefined>;
    files = parsed.positionals;
  } catch (e) {
    const locale = localeOfArgv(argv);
    io.err(`${t(locale, 'cli.badOption', { detail: (e as Error).message })}\n${t(locale, usage)}\n`);
    return EXIT.usage;
  }
  const locale = parseLocale(values['locale']);
  if (!locale.ok) {
    io.err(`${t('en', locale.message.key, locale.message.params)}\n`);
    return EXIT.usage;
  }
  return { values, files, lang: locale.value };
}
