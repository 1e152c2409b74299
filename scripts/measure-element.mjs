// Attributes the bytes of the <kring-editor> bundle to its sources: builds the element with a source map into a
// temporary folder, gives every output byte to the source its mapping segment points at, and prints per group
// the minified bytes and the gzip bytes the bundle would lose without that group (gzip -9 of the bundle minus
// gzip -9 of the bundle with the group's bytes cut out). Run: `node scripts/measure-element.mjs [--files]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const byFile = process.argv.includes('--files');
const outDir = mkdtempSync(join(tmpdir(), 'kring-element-'));
execFileSync(
  'pnpm',
  ['exec', 'vite', 'build', 'packages/svelte', '-c', 'packages/svelte/vite.element.config.ts'].concat([
    '--sourcemap',
    '--outDir',
    outDir,
    '--logLevel',
    'error',
  ]),
  { stdio: 'inherit' },
);
const code = readFileSync(join(outDir, 'kring-editor.js'), 'utf8');
const map = JSON.parse(readFileSync(join(outDir, 'kring-editor.js.map'), 'utf8'));
rmSync(outDir, { recursive: true, force: true });

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function groupOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '');
  if (byFile) return path;
  const pkg = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)/.exec(path);
  if (pkg) {
    if (pkg[1] === 'svelte') return `svelte/${pkg[2].split('/').slice(0, 3).join('/')}`;
    return pkg[1];
  }
  const kring = /packages\/([^/]+)\/src\/(.*)/.exec(path);
  if (kring) {
    const parts = kring[2].split('/');
    if (kring[1] === 'core' && parts[0] === 'i18n') return `core/i18n/${parts.at(-1)}`;
    if (kring[1] === 'svelte' && parts[0] === 'lib' && parts.length > 2) return `svelte/lib/${parts[1]}`;
    return `${kring[1]}/${parts.length > 1 ? parts[0] : parts[0]}`;
  }
  return path;
}

// owner[i] = group index of output char i (-1: unmapped).
const lines = code.split('\n');
const groups = [];
const groupIndex = new Map();
const owner = new Int32Array(code.length).fill(-1);
let lineStart = 0;
let sourceIdx = 0;
map.mappings.split(';').forEach((line, lineNo) => {
  let column = 0;
  const segments = line ? line.split(',') : [];
  const starts = [];
  for (const segment of segments) {
    const values = decodeVlq(segment);
    column += values[0];
    let group = -1;
    if (values.length >= 4) {
      sourceIdx += values[1];
      const name = groupOf(map.sources[sourceIdx]);
      if (!groupIndex.has(name)) {
        groupIndex.set(name, groups.length);
        groups.push(name);
      }
      group = groupIndex.get(name);
      values.length = 0;
    }
    starts.push([column, group]);
  }
  const length = lines[lineNo]?.length ?? 0;
  starts.forEach(([start, group], i) => {
    const end = i + 1 < starts.length ? starts[i + 1][0] : length;
    owner.fill(group, lineStart + start, lineStart + end);
  });
  lineStart += length + 1;
});

const total = gzipSync(code, { level: 9 }).length;
const rows = groups.map((name, g) => {
  let raw = 0;
  let rest = '';
  let runStart = 0;
  for (let i = 0; i <= code.length; i++) {
    const mine = i < code.length && owner[i] === g;
    if (mine) raw++;
    if (i === code.length || mine) {
      if (i > runStart) rest += code.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return { name, raw, gzip: total - gzipSync(rest, { level: 9 }).length };
});
let unmapped = 0;
for (const o of owner) if (o === -1) unmapped++;
rows.sort((a, b) => b.gzip - a.gzip);
const kB = (n) => (n / 1000).toFixed(1).padStart(7);
console.log(`${'group'.padEnd(60)} ${'min kB'.padStart(7)} ${'gz kB'.padStart(7)}`);
for (const row of rows) console.log(`${row.name.padEnd(60)} ${kB(row.raw)} ${kB(row.gzip)}`);
console.log(`${'(unmapped)'.padEnd(60)} ${kB(unmapped)}`);
console.log(`${'TOTAL'.padEnd(60)} ${kB(code.length)} ${kB(total)}`);
