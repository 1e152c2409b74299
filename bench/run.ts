/**
 * The benchmark runner: `pnpm bench [filter…]` (= `tsx bench/run.ts`). It never asserts: it prints a table
 * with median, p95 and min next to each case's budget, and marks cases over budget, for people to read.
 *
 * Bench file shape — every `bench/*.bench.ts` exports `cases`, a list of:
 *
 *   // a timed case: setup once (not timed), then warm-up runs, then timed samples of run(input)
 *   { name: string, budgetMs?: number, setup?: () => T, run: (input: T) => void,
 *     warmup?: number  (default 3), samples?: number  (default 15, fewer when a run is slow) }
 *
 *   // a measured case: each sample is a value the case measures itself (e.g. memory in a child process)
 *   { name: string, measure: () => number | Promise<number>, unit: string, budget?: number,
 *     samples?: number (default 3), before?: number }
 *
 * `before` is a figure measured before a change (a constant in the bench file): printed in its own column.
 *
 * Filters (command-line arguments) keep the cases whose file name (without `.bench.ts`) equals one of them,
 * or whose full name `<file>: <case>` starts with one: `pnpm bench read` runs read.bench.ts only (not
 * `render: read + …`), `pnpm bench "genogram: genogram layout,"` runs those cases of genogram.bench.ts.
 *
 * A run that takes longer than TIME_PER_CASE_MS is not repeated: its first (warm-up) run is its one sample,
 * so that the slowest reference cases do not make the whole run last many minutes.
 * Keep each file quick to import: build data in `setup`, not at module level.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface TimedCase<T = unknown> {
  name: string;
  budgetMs?: number;
  setup?: () => T;
  run: (input: T) => void;
  warmup?: number;
  samples?: number;
}

interface MeasuredCase {
  name: string;
  measure: () => number | Promise<number>;
  unit: string;
  budget?: number;
  samples?: number;
  /** The median measured before a change (printed beside the new one). */
  before?: number;
}

export type BenchCase = TimedCase | MeasuredCase;

interface Row {
  file: string;
  name: string;
  unit: string;
  median: number;
  p95: number;
  min: number;
  budget?: number;
  before?: number;
}

/**
 * Stop taking samples of a case after this long (at least 3 samples are taken, except of a case whose one
 * run takes longer than this: that run is its only sample, and its other warm-ups are skipped).
 */
const TIME_PER_CASE_MS = 10_000;

/** Whether the case `<file>: <name>` is selected by `filters` (see the file comment). */
export function matches(filters: readonly string[], file: string, name: string): boolean {
  return filters.length === 0 || filters.some((f) => f === file || `${file}: ${name}`.startsWith(f));
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function summarise(
  file: string,
  name: string,
  unit: string,
  values: number[],
  budget?: number,
  before?: number,
): Row {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    file,
    name,
    unit,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0]!,
    budget,
    before,
  };
}

async function runCase(file: string, c: BenchCase): Promise<Row> {
  if ('measure' in c) {
    const values: number[] = [];
    for (let i = 0; i < (c.samples ?? 3); i++) values.push(await c.measure());
    return summarise(file, c.name, c.unit, values, c.budget, c.before);
  }
  const input = c.setup ? c.setup() : undefined;
  for (let i = 0; i < (c.warmup ?? 3); i++) {
    const t = performance.now();
    c.run(input);
    const took = performance.now() - t;
    if (took > TIME_PER_CASE_MS) return summarise(file, c.name, 'ms', [took], c.budgetMs);
  }
  const times: number[] = [];
  const started = performance.now();
  const wanted = c.samples ?? 15;
  while (times.length < wanted && (times.length < 3 || performance.now() - started < TIME_PER_CASE_MS)) {
    const t = performance.now();
    c.run(input);
    times.push(performance.now() - t);
    if (times[times.length - 1]! > TIME_PER_CASE_MS) break;
  }
  return summarise(file, c.name, 'ms', times, c.budgetMs);
}

const format = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function printTable(rows: readonly Row[]): void {
  // The `before` column only when a printed case has a figure from before a change.
  const withBefore = rows.some((r) => r.before !== undefined);
  const header = ['case', 'median', 'p95', 'min', 'budget', ...(withBefore ? ['before'] : []), ''];
  const lines = rows.map((r) => [
    `${r.file}: ${r.name}`,
    `${format(r.median)} ${r.unit}`,
    `${format(r.p95)} ${r.unit}`,
    `${format(r.min)} ${r.unit}`,
    r.budget === undefined ? '—' : `${format(r.budget)} ${r.unit}`,
    ...(withBefore ? [r.before === undefined ? '—' : `${format(r.before)} ${r.unit}`] : []),
    r.budget !== undefined && r.median > r.budget ? 'OVER' : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(row(line));
}

async function main(filters: readonly string[]): Promise<void> {
  const dir = new URL('./', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const rows: Row[] = [];
  for (const file of files) {
    const label = file.replace(/\.bench\.ts$/, '');
    const module = (await import(new URL(file, dir).href)) as { cases?: BenchCase[] };
    for (const c of module.cases ?? []) {
      if (!matches(filters, label, c.name)) continue;
      process.stderr.write(`… ${label}: ${c.name}\n`);
      rows.push(await runCase(label, c));
    }
  }
  printTable(rows);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
