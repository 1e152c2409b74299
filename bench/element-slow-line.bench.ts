/**
 * `<kring-editor>`'s code-split ES module (packages/svelte/dist/element/, what `@kring/svelte/element`
 * ships) on a slow line: Chromium's network emulation (CDP `Network.emulateNetworkConditions`: 400 kbit/s
 * down and up, 150 ms latency, the cache off), the files served gzip-compressed as a web server would, under
 * the docs' strict CSP, a page with one `<kring-editor>` showing the Bakker case (@kring/examples) in the
 * genogram, nl and en, and in the ecogram, nl (the first picture of a view other than the genogram). Each
 * sample is a fresh page load; times are from navigation start:
 * - picture: the first frame after the first picture's SVG is in the element (a frame that paints it);
 *   when the editor took its place before a frame went by, the time of `kringready` (no picture was seen);
 * - interactive: `kringready` (the editor has mounted and drawn; edits work from here).
 * One load gives both figures: the `interactive` case of a page takes the values its `picture` case's loads
 * measured (and loads itself when run alone). `KRING_BENCH_CPU=4` slows the CPU down 4× as well (a
 * phone's); `KRING_BENCH_TIMELINE=1` prints each load's files. Needs `pnpm build:element` first;
 * `KRING_BENCH_ELEMENT_DIR` points at another build of dist/element (before/after on the same machine). On
 * a loaded machine the figures move with the CPU's other work: compare builds alternately, not across runs.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch, type Browser } from '../e2e/lib/browser.js';
import { STRICT_CSP } from '../e2e/pages/pages.js';
import { EXAMPLES } from '../packages/examples/src/index.js';
import type { BenchCase } from './run.js';

const ELEMENT_DIR =
  process.env['KRING_BENCH_ELEMENT_DIR'] ?? path.join(import.meta.dirname, '../packages/svelte/dist/element');

/** 400 kbit/s in bytes per second, and the round trip's added latency. */
const LINE = { latency: 150, throughput: 400_000 / 8 };
const SAMPLES = 5;
/** `KRING_BENCH_CPU=4`: the CPU slowed down 4× as well (CDP Emulation.setCPUThrottlingRate), a phone's. */
const CPU = Number(process.env['KRING_BENCH_CPU'] ?? '1');
/** `KRING_BENCH_TIMELINE=1`: each load's files (fetch start → end, ms from navigation start) on stderr. */
const TIMELINE = process.env['KRING_BENCH_TIMELINE'] === '1';

type Locale = 'nl' | 'en';
interface Load {
  picture: number;
  interactive: number;
}

/** The view the page shows: the genogram (the default, the first picture's budget) or the ecogram. */
type PageView = 'genogram' | 'ecogram';

/** The page's files, gzip-compressed: the element's build under /element/, the page and its document. */
function files(locale: Locale, view: PageView): Map<string, { type: string; body: Buffer }> {
  const out = new Map<string, { type: string; body: Buffer }>();
  const js = 'text/javascript; charset=utf-8';
  for (const entry of fs.readdirSync(ELEMENT_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(ELEMENT_DIR, file).split(path.sep).join('/');
    out.set(`/element/${name}`, { type: js, body: gzipSync(fs.readFileSync(file), { level: 9 }) });
  }
  const bakker = EXAMPLES.find((e) => e.slug === 'bakker-huisuitzetting')!.document;
  const text = (type: string, body: string) => ({ type, body: gzipSync(body, { level: 9 }) });
  out.set('/doc.js', text(js, `export default ${JSON.stringify(bakker)};`));
  out.set(
    '/page.js',
    text(
      js,
      `import './element/index.js';\nimport doc from './doc.js';\ndocument.querySelector('kring-editor').document = doc;\n`,
    ),
  );
  out.set(
    '/',
    text(
      'text/html; charset=utf-8',
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Kring</title></head>
<body style="margin:0"><kring-editor locale="${locale}" view="${view}" style="height:700px"></kring-editor>
<script type="module" src="/page.js"></script></body></html>`,
    ),
  );
  return out;
}

async function withServer<T>(
  locale: Locale,
  view: PageView,
  work: (origin: string) => Promise<T>,
): Promise<T> {
  const routes = files(locale, view);
  const server = http.createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!route) return void res.writeHead(404).end();
    res
      .writeHead(200, {
        'content-type': route.type,
        'content-encoding': 'gzip',
        'cache-control': 'no-store',
        'content-security-policy': STRICT_CSP,
      })
      .end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Notes the times in the page: the first frame that shows the picture, and `kringready`. */
const RECORDER = () => {
  const times: { picture?: number; ready?: number } = {};
  (window as unknown as { __times: typeof times }).__times = times;
  document.addEventListener('kringready', () => (times.ready ??= performance.now()), true);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const seen = new MutationObserver(() => {
      if (times.picture !== undefined || !root.querySelector('.kring-first-stage svg')) return;
      seen.disconnect();
      requestAnimationFrame(() => {
        // A frame with the picture in it (or, if the editor took its place first, none: then kringready).
        if (root.querySelector('.kring-first-stage svg')) times.picture = performance.now();
      });
    });
    seen.observe(root, { childList: true, subtree: true });
    return root;
  };
};

async function printTimeline(page: Page, times: { picture?: number; ready: number }): Promise<void> {
  const files = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (e) => [new URL(e.name).pathname, e.startTime, e.responseEnd] as const,
    ),
  );
  const ms = (t: number) => t.toFixed(0).padStart(5);
  const lines = files.map(([name, start, end]) => `${ms(start)} → ${ms(end)}  ${name}`);
  lines.push(`picture ${ms(times.picture ?? NaN)}, kringready ${ms(times.ready)}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}

async function load(browser: Browser, origin: string): Promise<Load> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LINE.latency,
      downloadThroughput: LINE.throughput,
      uploadThroughput: LINE.throughput,
    });
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.addInitScript(RECORDER);
    await page.goto(origin);
    await page.waitForFunction(
      () => (window as unknown as { __times: { ready?: number } }).__times.ready !== undefined,
      null,
      { timeout: 60_000 },
    );
    const times = await page.evaluate(
      () => (window as unknown as { __times: { picture?: number; ready: number } }).__times,
    );
    if (TIMELINE) await printTimeline(page, times);
    return { picture: times.picture ?? times.ready, interactive: times.ready };
  } finally {
    await page.close();
  }
}

async function sample(locale: Locale, view: PageView): Promise<Load> {
  const browser = await launch({ width: 1100, height: 760 });
  try {
    return await withServer(locale, view, (origin) => load(browser, origin));
  } finally {
    await browser.close();
  }
}

/** The two cases of one page: `picture` loads it, `interactive` takes those loads' `kringready`. */
function pageCases(locale: Locale, view: PageView): BenchCase[] {
  /** Loads not yet taken by the `interactive` case. */
  const loads: Load[] = [];
  const shown = view === 'genogram' ? '' : `${view}, `;
  return [
    {
      name: `slow line, ${shown}picture, ${locale}`,
      unit: 'ms',
      samples: SAMPLES,
      measure: async () => {
        const one = await sample(locale, view);
        loads.push(one);
        return one.picture;
      },
    },
    {
      name: `slow line, ${shown}interactive (kringready), ${locale}`,
      unit: 'ms',
      samples: SAMPLES,
      measure: async () => (loads.shift() ?? (await sample(locale, view))).interactive,
    },
  ];
}

export const cases: BenchCase[] = [
  ...pageCases('nl', 'genogram'),
  ...pageCases('en', 'genogram'),
  ...pageCases('nl', 'ecogram'),
];
