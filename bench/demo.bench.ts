/**
 * The demo site in headless Chromium (the built apps/demo/dist, served from 127.0.0.1):
 * - cold load to interactive with the CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate), a fresh
 *   profile each sample: from navigation start to the app's `kring-demo-ready` mark, set once the start page
 *   is drawn and the maps on this device are listed (IndexedDB opened). Budget 1.5 s.
 * - JavaScript the first page loads (every .js file fetched until the network is idle, which includes the
 *   map page's code fetched ahead), gzip-compressed as a server would send it. Budget 150 kB.
 * Builds the demo first when apps/demo/dist is missing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import type { BenchCase } from './run.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'apps/demo/dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function ensureBuilt(): void {
  if (!fs.existsSync(path.join(DIST, 'index.html')))
    execFileSync('pnpm', ['exec', 'vite', 'build', 'apps/demo'], { cwd: ROOT, stdio: 'ignore' });
}

async function withServer<T>(work: (origin: string) => Promise<T>): Promise<T> {
  ensureBuilt();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.join(DIST, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(DIST) || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Opens the demo in a fresh profile; returns the page's time to interactive and the JS files it fetched. */
async function coldLoad(throttle: number): Promise<{ readyMs: number; scripts: string[] }> {
  return withServer(async (origin) => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-demo-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const scripts: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.goto(origin);
      await page.waitForFunction(() => performance.getEntriesByName('kring-demo-ready').length > 0, null, {
        timeout: 30_000,
      });
      const readyMs = await page.evaluate(
        () => performance.getEntriesByName('kring-demo-ready')[0]!.startTime,
      );
      await page.waitForLoadState('networkidle');
      return { readyMs, scripts };
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
}

export const cases: BenchCase[] = [
  {
    name: 'cold load to interactive, CPU 4× slower',
    unit: 'ms',
    budget: 1500,
    samples: 5,
    measure: async () => (await coldLoad(4)).readyMs,
  },
  {
    name: 'first page JavaScript (gzip)',
    unit: 'kB',
    budget: 150,
    samples: 1,
    measure: async () => {
      const { scripts } = await coldLoad(1);
      let bytes = 0;
      for (const script of new Set(scripts))
        bytes += gzipSync(fs.readFileSync(path.join(DIST, script))).length;
      return bytes / 1024;
    },
  },
];
