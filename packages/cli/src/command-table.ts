/**
 * The commands of `kring`, by name. To add one, write it in its own file under ./commands (a `CliCommand`:
 * `(argv, io) => exit code`) and add one line here with its one-line summary from the catalogue.
 */
import type { CliMessageKey } from './messages.js';
import type { CliCommand } from './commands/command.js';
import { runDiff } from './commands/diff.js';
import { runExport } from './commands/export.js';
import { runImport } from './commands/import.js';
import { runInsight } from './commands/insight.js';
import { runLayout } from './commands/layout.js';
import { runMigrate } from './commands/migrate.js';
import { runRender } from './commands/render.js';
import { runReport } from './commands/report.js';
import { runValidate } from './commands/validate.js';

/** One command of `kring`: what runs it and its line in `kring --help`. */
export interface CommandEntry {
  /** Runs the command with its arguments (after the command's name) and returns the exit code. */
  run: CliCommand;
  /** One line for `kring --help`, from the catalogue. */
  summary: CliMessageKey;
}

/** Every command of `kring`, by the name typed after `kring`. */
export const COMMANDS: ReadonlyMap<string, CommandEntry> = new Map<string, CommandEntry>([
  ['validate', { run: runValidate, summary: 'cli.validate.summary' }],
  ['migrate', { run: runMigrate, summary: 'cli.migrate.summary' }],
  ['render', { run: runRender, summary: 'cli.render.summary' }],
  ['layout', { run: runLayout, summary: 'cli.layout.summary' }],
  ['insight', { run: runInsight, summary: 'cli.insight.summary' }],
  ['diff', { run: runDiff, summary: 'compare.cli.summary' }],
  ['import', { run: runImport, summary: 'interop.cli.import.summary' }],
  ['export', { run: runExport, summary: 'interop.cli.export.summary' }],
  ['report', { run: runReport, summary: 'report.cli.summary' }],
]);
