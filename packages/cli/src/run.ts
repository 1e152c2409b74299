import { t } from './messages.js';
import { COMMANDS, type CommandEntry } from './command-table.js';
import { EXIT, localeOfArgv, type CommandIO } from './commands/command.js';

function usage(argv: readonly string[], commands: ReadonlyMap<string, CommandEntry>): string {
  const locale = localeOfArgv(argv);
  const lines = [...commands.values()].map((c) => `  kring ${t(locale, c.summary)}`);
  return `${t(locale, 'cli.usage')}\n${lines.join('\n')}\n`;
}

/**
 * Runs `kring <command> …` and returns the exit code, or a promise of it for a command that waits (main.ts sets
 * it; tests call this directly).
 */
export function run(
  argv: readonly string[],
  io: CommandIO,
  commands: ReadonlyMap<string, CommandEntry> = COMMANDS,
): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(usage(argv, commands));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.get(name);
  if (!command) {
    io.err(`${t(localeOfArgv(argv), 'cli.unknownCommand', { command: name })}\n${usage(argv, commands)}`);
    return EXIT.usage;
  }
  return command.run(rest, io);
}
