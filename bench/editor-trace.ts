/**
 * A Chromium trace of the editor bench's edit rounds (bench/editor-scale.ts), to see where an edit's time goes:
 * `pnpm exec tsx bench/editor-trace.ts <500|5000|20000|royal92> [rounds] [out.json]` (or a trace.json written
 * before, to read it again). Needs `pnpm
 * build:element` (or KRING_BENCH_ELEMENT_DIR). Opens the document, runs two warm-up rounds, then traces
 * `rounds` rounds (timeline, GC, user timing and the V8 CPU profiler on every thread), and prints per timed
 * action (the page's `kring <action>` measures): its time, per thread (the page's main thread, the layout
 * worker) the busy time within it, the trace events by name and the functions by self time. The raw trace is
 * written to `out.json` when given (chrome://tracing or DevTools' Performance panel open it).
 */
import fs from 'node:fs';
import { launch } from '../e2e/lib/browser.js';
import { scaleServer, type ScaleDoc } from './editor-scale.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (µs). */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: {
          id: number;
          parent?: number;
          callFrame: { functionName: string; url: string; lineNumber: number };
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.cpu_profiler',
  'toplevel',
];

const which = (process.argv[2] ?? '5000') as ScaleDoc;
const rounds = Number(process.argv[3] ?? 6);
const out = process.argv[4];

let events: TraceEvent[] = [];
if (which.endsWith('.json'))
  events = (JSON.parse(fs.readFileSync(which, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
else await record();

async function record(): Promise<void> {
  const server = await scaleServer(which);
  const browser = await launch({ width: 1200, height: 800 });
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(server.origin);
    await page.evaluate(() => (window as unknown as { __open(): Promise<number> }).__open());
    const round = (i: number) =>
      page.evaluate((k) => (window as unknown as { __round(i: number): Promise<unknown> }).__round(k), i);
    for (let i = 0; i < 2; i++) await round(i);
    const cdp = await browser.context.newCDPSession(page);
    cdp.on('Tracing.dataCollected', (e) => {
      events = events.concat(e.value as unknown as TraceEvent[]);
    });
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
      transferMode: 'ReportEvents',
    });
    for (let i = 2; i < 2 + rounds; i++) await round(i);
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await browser.close();
    await server.close();
  }
}
if (out) fs.writeFileSync(out, JSON.stringify({ traceEvents: events }));

// Threads by name (thread_name metadata).
const threadName = new Map<string, string>();
for (const e of events)
  if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name));
const rendererMain = [...threadName].find(([, n]) => n === 'CrRendererMain')?.[0];
const mainPid = rendererMain?.split(':')[0];
const threads = [...threadName]
  .filter(([key, n]) => key.startsWith(`${mainPid}:`) && /CrRendererMain|DedicatedWorker/.test(n))
  .map(([key, n]) => ({ key, label: n === 'CrRendererMain' ? 'main' : 'worker' }));

// The timed actions: user-timing measures `kring <action>` (async begin/end pairs).
const begins = new Map<string, number>();
const actions: { name: string; start: number; end: number }[] = [];
for (const e of events.filter((x) => x.cat.includes('blink.user_timing') && x.name.startsWith('kring '))) {
  const key = `${e.name}:${e.id ?? ''}`;
  if (e.ph === 'b') begins.set(key, e.ts);
  else if (e.ph === 'e' && begins.has(key))
    actions.push({ name: e.name, start: begins.get(key)!, end: e.ts });
}
actions.sort((a, b) => a.start - b.start);

// CPU profile samples per thread: [time (µs), leaf function label].
const samples = new Map<string, { t: number; fn: string }[]>();
{
  const profiles = new Map<string, { thread: string; time: number; nodes: Map<number, string> }>();
  for (const e of events) {
    if (e.name === 'Profile') {
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        time: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
      });
    }
  }
  for (const e of events.filter((x) => x.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts)) {
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const profile = e.args?.data?.cpuProfile;
    for (const n of profile?.nodes ?? []) {
      const f = n.callFrame;
      const file = (f.url ?? '').split('/').pop() ?? '';
      p.nodes.set(n.id, `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`);
    }
    const deltas = e.args?.data?.timeDeltas ?? [];
    const list = samples.get(p.thread) ?? [];
    samples.set(p.thread, list);
    (profile?.samples ?? []).forEach((id, i) => {
      p.time += deltas[i] ?? 0;
      list.push({ t: p.time, fn: p.nodes.get(id) ?? String(id) });
    });
  }
}

const ms = (us: number) => (us / 1000).toFixed(1);
/** Per action: its time, and per thread the busy time, GC and the self time of the genogram's own chunk. */
const summary: string[] = [];
const TOP = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
for (const action of actions) {
  console.log(`\n${action.name}: ${ms(action.end - action.start)} ms`);
  let line = `${action.name.padEnd(11)} ${ms(action.end - action.start).padStart(6)} ms`;
  for (const { key, label } of threads) {
    const within = events.filter(
      (e) =>
        `${e.pid}:${e.tid}` === key &&
        e.ph === 'X' &&
        e.dur !== undefined &&
        e.ts < action.end &&
        e.ts + e.dur > action.start,
    );
    const clip = (e: TraceEvent) => Math.min(e.ts + e.dur!, action.end) - Math.max(e.ts, action.start);
    const tasks = within.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur! > 1000);
    // Busy: the union of the thread's tasks (nested task events counted once).
    let busy = 0;
    let until = action.start;
    for (const e of within.filter((x) => TOP.has(x.name)).sort((a, b) => a.ts - b.ts)) {
      const from = Math.max(e.ts, until);
      const to = Math.min(e.ts + e.dur!, action.end);
      if (to > from) busy += to - from;
      until = Math.max(until, to);
    }
    if (busy < 500) continue;
    console.log(
      `  ${label} busy ${ms(busy)} ms; tasks > 1 ms at +ms (ms): ${tasks
        .map((e) => `${ms(e.ts - action.start)} (${ms(e.dur!)})`)
        .join(', ')}`,
    );
    const byName = new Map<string, number>();
    for (const e of within) if (!TOP.has(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + clip(e));
    const names = [...byName].filter(([, t]) => t >= 1000).sort((a, b) => b[1] - a[1]);
    console.log(`    events: ${names.map(([n, t]) => `${n} ${ms(t)}`).join(', ')}`);
    const list = (samples.get(key) ?? []).filter((s) => s.t >= action.start && s.t < action.end);
    const self = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const next = list[i + 1]?.t ?? action.end;
      self.set(list[i]!.fn, (self.get(list[i]!.fn) ?? 0) + (next - list[i]!.t));
    }
    const top = [...self]
      .filter(([fn]) => fn !== '(idle) :0')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`    self: ${top.map(([fn, t]) => `${fn} ${ms(t)}`).join(' | ')}`);
    const sum = (test: (fn: string) => boolean) =>
      [...self].filter(([fn]) => test(fn)).reduce((total, [, t]) => total + t, 0);
    // CPU time: of the tasks that started within the action (on a loaded machine, what the wall time is not).
    const cpu = within
      .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= action.start)
      .reduce((total, e) => total + (e.tdur ?? 0), 0);
    line += ` | ${label} busy ${ms(busy)}, cpu ${ms(cpu)}, gc ${ms(sum((fn) => fn.startsWith('(garbage')))}`;
    if (label === 'main') line += `, genogram chunk ${ms(sum((fn) => / genogram-[\w-]+\.js:/.test(fn)))}`;
  }
  summary.push(line);
}
console.log(`\n${summary.join('\n')}`);
