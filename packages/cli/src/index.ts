// @kring/cli: the `kring` command line as functions (the bin is bin/kring.mjs, the entry src/main.ts).
export { run } from './run.js';
export { COMMANDS, type CommandEntry } from './command-table.js';
export { EXIT, type CliCommand, type CommandIO } from './commands/command.js';
