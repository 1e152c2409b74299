// Attributes the gzip bytes of the script-tag file of <kring-editor> (dist/kring-editor.js, without the parts
// in dist/kring-editor/ beside it) to its sources:
// builds it with a source map into a temporary folder, gives every output byte to the source its mapping
// segment points at (`(unmapped)`: what the compilers wrote, mostly Svelte's templates and CSS strings), and
// prints per group the minified bytes and what the group's bytes cost in gzip -9 of the whole file
// (deflate-cost.mjs: the rows add up to the file's gzip size). Groups are folders of Kring's packages and npm
// packages; `--files`: one row per source file. `--top N`: the N largest rows (default: all).
// Run: `node scripts/measure-element.mjs [--files] [--top N]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { deflateCosts } from './deflate-cost.mjs';

const byFile = process.argv.includes('--files');
const topAt = process.argv.indexOf('--top');
const top = topAt === -1 ? Infinity : Number(process.argv[topAt + 1]);
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
  // Relative to the repository: the map's sources are relative to the temporary folder.
  const path = source.replace(/^.*?\/(?=(?:packages|node_modules)\/)/, '');
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

// owner[i] = group index of output byte i (-1: unmapped). Columns of the source map count UTF-16 units.
const bytes = Buffer.from(code, 'utf8');
const lines = code.split('\n');
const groups = [];
const groupIndex = new Map();
const owner = new Int32Array(bytes.length).fill(-1);
let lineStart = 0;
let sourceIdx = 0;
map.mappings.split(';').forEach((line, lineNo) => {
  const text = lines[lineNo] ?? '';
  let column = 0;
  const starts = [];
  for (const segment of line ? line.split(',') : []) {
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
    }
    starts.push([column, group]);
  }
  const byteAt = (column) => lineStart + Buffer.byteLength(text.slice(0, column));
  starts.forEach(([start, group], i) => {
    const end = i + 1 < starts.length ? starts[i + 1][0] : text.length;
    owner.fill(group, byteAt(start), byteAt(end));
  });
  lineStart += Buffer.byteLength(text) + 1;
});

const { cost } = deflateCosts(deflateRawSync(bytes, { level: 9 }), bytes.length);
const raw = new Float64Array(groups.length + 1);
const bits = new Float64Array(groups.length + 1);
for (let i = 0; i < bytes.length; i++) {
  const g = owner[i] === -1 ? groups.length : owner[i];
  raw[g]++;
  bits[g] += cost[i];
}
const rows = [...groups, '(unmapped)'].map((name, g) => ({ name, raw: raw[g], gzip: bits[g] / 8 }));
rows.sort((a, b) => b.gzip - a.gzip);
const kB = (n) => (n / 1000).toFixed(2).padStart(7);
console.log(`${'group'.padEnd(60)} ${'min kB'.padStart(7)} ${'gz kB'.padStart(7)}`);
for (const row of rows.slice(0, top)) console.log(`${row.name.padEnd(60)} ${kB(row.raw)} ${kB(row.gzip)}`);
console.log(
  `${'TOTAL (gzip -9 of the file)'.padEnd(60)} ${kB(bytes.length)} ${kB(gzipSync(bytes, { level: 9 }).length)}`,
);
