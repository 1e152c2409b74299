// The `kring` command line: `pnpm kring …` (tsx) and bin/kring.mjs both start here.
import { nodeIO } from './node-io.js';
import { run } from './run.js';

process.exitCode = run(process.argv.slice(2), nodeIO);
