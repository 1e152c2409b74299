// Builds every publishable package into its dist/ (ES modules, .d.ts, source maps) and prints each one's size:
//   core, scene, the three renderers, gedcom and the CLI with tsc (packages/*/tsconfig.build.json), in dependency order;
//   @kring/svelte with svelte-package (components as .svelte + .d.ts), then its two builds of <kring-editor>
//   (the code-split ES module behind @kring/svelte/element and the single file dist/kring-editor.js), which
//   print their gzip sizes against the bundle budgets.
// Inside the workspace nothing needs this: the packages' `exports` point at their sources, and only the packed
// manifests (`publishConfig.exports`) point at dist/. Run: `pnpm build:packages [name…]`; `--declarations-only`
// leaves out the element builds (what `pnpm api:update` needs: the declarations and modules of every package).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const root = join(import.meta.dirname, '..');
// Each stage waits for the one before; the packages of one stage build side by side.
const STAGES = [
  ['core'],
  ['scene'],
  ['genogram', 'ecogram', 'sociogram', 'gedcom'],
  ['report'],
  ['cli', 'svelte'],
];
const declarationsOnly = process.argv.includes('--declarations-only');
const wanted = process.argv.slice(2).filter((arg) => arg !== '--declarations-only');
for (const name of wanted)
  if (!STAGES.flat().includes(name)) throw new Error(`unknown package ${name}: ${STAGES.flat().join(', ')}`);

/** Runs a command (its output shown as it comes); with `failOn`, output that matches it fails the run too. */
function run(cmd, args, cwd = root, failOn = undefined) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: failOn ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ])
      stream?.on('data', (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')}: exit ${code}`));
      else if (failOn?.test(output))
        reject(new Error(`${cmd} ${args.join(' ')}: ${failOn.source} (see above)`));
      else resolve();
    });
  });
}

/** svelte-package only warns when it cannot write a module's declarations (e.g. a type that cannot be named). */
const MISSING_DECLARATIONS = /type declaration files .* were likely not generated/;

/** Fails when a module in a svelte-package dist/ has no declaration file beside it. */
function assertDeclarations(dir) {
  const missing = [];
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.js') && !existsSync(path.replace(/\.js$/, '.d.ts'))) missing.push(path);
      else if (entry.endsWith('.svelte') && !existsSync(`${path}.d.ts`)) missing.push(path);
    }
  };
  walk(dir);
  if (missing.length > 0) throw new Error(`no declaration file for ${missing.join(', ')}`);
}

/** Removes what svelte-package copies but a consumer never needs: tests, stories, test support. */
function pruneSvelteDist(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (['stories', 'test-support', '__screenshots__'].includes(entry)) rmSync(path, { recursive: true });
      else pruneSvelteDist(path);
    } else if (/\.test\.(js|d\.ts)$|\.stories\.svelte(\.d\.ts)?$|test-fixtures\.(js|d\.ts)$/.test(entry)) {
      rmSync(path);
    }
  }
}

async function build(name) {
  const dir = join(root, 'packages', name);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  if (name !== 'svelte') return run('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], dir);
  await run('pnpm', ['exec', 'svelte-package', '-i', 'src', '-o', 'dist'], dir, MISSING_DECLARATIONS);
  pruneSvelteDist(join(dir, 'dist'));
  assertDeclarations(join(dir, 'dist'));
  if (declarationsOnly) return;
  await run('pnpm', ['exec', 'vite', 'build', '-c', 'vite.element-esm.config.ts', '--logLevel', 'warn'], dir);
  await run('pnpm', ['exec', 'vite', 'build', '-c', 'vite.element.config.ts', '--logLevel', 'warn'], dir);
}

function sizeOf(dir) {
  let bytes = 0;
  let js = 0;
  let jsGzip = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else {
        bytes += statSync(path).size;
        if (entry.endsWith('.js') || entry.endsWith('.svelte')) {
          const content = readFileSync(path);
          js += content.length;
          jsGzip += gzipSync(content, { level: 9 }).length;
        }
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, js, jsGzip };
}

const t0 = Date.now();
for (const stage of STAGES) {
  const names = stage.filter((name) => wanted.length === 0 || wanted.includes(name));
  await Promise.all(names.map(build));
}
const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
console.log(`\npackage            dist/ total   code (.js/.svelte)   code gzip (per file)`);
for (const name of STAGES.flat().filter((n) => wanted.length === 0 || wanted.includes(n))) {
  const s = sizeOf(join(root, 'packages', name, 'dist'));
  console.log(`@kring/${name.padEnd(11)} ${kB(s.bytes)}   ${kB(s.js)}            ${kB(s.jsGzip)}`);
}
console.log(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
