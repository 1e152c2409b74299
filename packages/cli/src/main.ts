// The `kring` command line: `pnpm kring …` (tsx, from the sources) and bin/kring.mjs (built, in dist/) both start here.
import { nodeIO } from './node-io.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), nodeIO);
