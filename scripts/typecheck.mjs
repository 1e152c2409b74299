// Typechecks every part with the compiler settings that fit it:
// the framework-free packages without DOM or Node types (so a stray `document` or `fs` fails here too),
// the CLI with Node types, tests/bench/e2e with both, and the Svelte parts with svelte-check.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const runs = [
  ...['core', 'scene', 'genogram', 'ecogram', 'sociogram', 'gedcom', 'report', 'examples', 'cli'].map((p) => [
    'tsc',
    '-p',
    `packages/${p}`,
  ]),
  ['tsc', '-p', 'tsconfig.tests.json'],
];
for (const ws of ['packages/svelte', 'apps/demo']) {
  if (existsSync(`${ws}/tsconfig.json`))
    runs.push(['svelte-check', '--workspace', ws, '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
}
let failed = 0;
for (const [cmd, ...args] of runs) {
  const t = Date.now();
  const r = spawnSync('pnpm', ['exec', cmd, ...args], { stdio: 'inherit' });
  console.log(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${cmd} ${args.join(' ')} (${Date.now() - t} ms)`);
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
