/**
 * The demo under test: the built site (apps/demo/dist) served from an in-process server on 127.0.0.1, and
 * Debian's Chromium with a fresh profile and no way to reach the network. Records console errors and every
 * request made after the page had loaded, so a spec can demand there are none.
 */
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const DIST = path.resolve(import.meta.dirname, '../../apps/demo/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface Demo {
  url: string;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Requests (other than data: and blob: URLs) made after `markLoaded()`. */
  lateRequests: string[];
  /**
   * The late requests that are not files of the demo itself (see `isOwnAsset`), as
   * "METHOD url": another origin, a POST, a query string, a file the build did not make. Must stay empty.
   */
  unexpectedRequests: string[];
  /** Waits until the page is idle, then starts counting requests. */
  markLoaded(): Promise<void>;
  /** Reloads the page (its own load is not counted) and waits until it is idle again. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The demo for a spec file's tests: opened (and marked loaded) before them, closed after them. The returned Demo
 * stands for the one opened (it forwards to it), so a spec uses it as it would the result of `openDemo`.
 */
export function demoForFile(options: OpenOptions = {}): Demo {
  let demo: Demo | undefined;
  beforeAll(async () => {
    demo = await openDemo(options);
    await demo.markLoaded();
  });
  afterAll(async () => {
    await demo?.close();
  });
  return new Proxy({} as Demo, {
    get(_, key) {
      if (!demo) throw new Error('the demo opens before the tests of its spec file (beforeAll)');
      return Reflect.get(demo, key);
    },
  });
}

/** The built demo (apps/demo/dist) from a server on 127.0.0.1 and a free port; nothing outside that folder. */
export function serveDemo(): Promise<http.Server> {
  if (!fs.existsSync(path.join(DIST, 'index.html')))
    throw new Error(`${DIST} is missing: run \`pnpm run build:demo\` first.`);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * The demo itself: a GET of a file of the built site (a page the test navigates to, a code-split chunk, the
 * worker) from the demo's own origin, with no query or fragment that could carry data.
 */
export function isOwnAsset(method: string, requestUrl: string, demoUrl: string): boolean {
  const u = new URL(requestUrl);
  if (method !== 'GET' || u.origin !== new URL(demoUrl).origin || u.search !== '' || u.hash !== '')
    return false;
  const pathname = decodeURIComponent(u.pathname);
  const file = path.join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  return file.startsWith(`${DIST}${path.sep}`) && fs.existsSync(file) && fs.statSync(file).isFile();
}

/** How {@link openDemo} opens the demo: the window's size, a touch screen. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  touch?: boolean;
}

export async function openDemo(options: OpenOptions = {}): Promise<Demo> {
  const server = await serveDemo();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-demo-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    // A phone: touch events (and pointer events of pointerType "touch") instead of a mouse.
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  const lateRequests: string[] = [];
  const unexpectedRequests: string[] = [];
  let loaded = false;
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  context.on('request', (r) => {
    const u = r.url();
    if (!loaded || u.startsWith('data:') || u.startsWith('blob:')) return;
    lateRequests.push(u);
    if (!isOwnAsset(r.method(), u, url)) unexpectedRequests.push(`${r.method()} ${u}`);
  });
  await page.goto(url);
  return {
    url,
    context,
    page,
    consoleErrors,
    lateRequests,
    unexpectedRequests,
    async markLoaded() {
      await page.waitForLoadState('networkidle');
      loaded = true;
    },
    async reload() {
      loaded = false;
      await page.reload();
      await page.waitForLoadState('networkidle');
      loaded = true;
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into the page as the test tool would: evaluated through the DevTools protocol, since the
 * demo's CSP (rightly) refuses an inline script tag.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

/** The axe rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** What axe checks (its include/exclude selectors); without one, the whole document. */
export interface AxeContext {
  include?: string[][];
  exclude?: string[][];
}

/**
 * Runs axe-core (put in with {@link injectAxe}) over `context` of the page, with the rules of `tags` (without:
 * every rule axe has, best practices too), and returns each violation as `rule: target, target…` (none: `[]`).
 */
export async function axeViolations(
  page: Page,
  { context, tags }: { context?: AxeContext; tags?: readonly string[] } = {},
): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(
    async ({ context, tags }) => {
      type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Result> } }).axe;
      const result = await axe.run(
        context ?? document,
        tags ? { runOnly: { type: 'tag', values: tags } } : {},
      );
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { context, tags },
  );
}

/** From the start page, opens the example case whose title has `name` ("Noor", "Bakker") and waits for its drawing. */
export async function openExample(page: Page, name: string): Promise<void> {
  await page.evaluate(() => void (location.hash = '#/'));
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^Voorbeeld openen: .*${name}`) }).click();
  await page.locator('.kring-editor svg.kring-canvas').waitFor();
}

/** Clicks something that starts a download and returns the downloaded file's text. */
export async function downloadText(
  page: Page,
  start: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

/** Chooses `item` (".kring.json downloaden", "SVG exporteren" …) in the map page's file menu ("Bestand"). */
export async function fromFileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

/** Opens the export dialog with `item` ("SVG exporteren", "PNG exporteren") and exports with its defaults. */
export async function exportFromDialog(page: Page, item: string): Promise<void> {
  await fromFileMenu(page, item);
  await page.getByRole('dialog').getByRole('button', { name: 'Exporteren', exact: true }).click();
}

/** The focused element as `tag:accessible text` (its aria-label, its label's text or its content). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label =
      el.getAttribute('aria-label') ??
      ((el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim();
    return `${el.tagName.toLowerCase()}:${label.replace(/\s+/g, ' ')}`;
  });
}

/** Presses Tab (Shift+Tab with `back`) until the {@link focused} element matches: the keyboard user's only way around. */
export async function tabTo(page: Page, match: RegExp, options: { back?: boolean } = {}): Promise<void> {
  const seen: string[] = [];
  if (match.test(await focused(page))) return;
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (match.test(now)) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${match}; passed ${seen.slice(-40).join(' | ')}`);
}

/**
 * With the keyboard on a symbol of the drawing (its one Tab stop), presses the arrow keys toward the symbol
 * whose name matches `label` until it has the focus: what a sighted keyboard user does. The positions are
 * only read to choose the arrow, as the user looks at the screen.
 */
export async function arrowTo(page: Page, label: RegExp): Promise<void> {
  const where = () =>
    page.evaluate((source) => {
      const active = document.activeElement;
      const target = [...document.querySelectorAll('.kring-editor .kring-node')].find((n) =>
        new RegExp(source).test(n.getAttribute('aria-label') ?? ''),
      );
      if (!target || !active?.matches('.kring-node')) return null;
      const a = active.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      return {
        at: active.getAttribute('data-node-id'),
        dx: b.x + b.width / 2 - (a.x + a.width / 2),
        dy: b.y + b.height / 2 - (a.y + a.height / 2),
      };
    }, label.source);
  for (let i = 0; i < 60; i++) {
    const now = await where();
    if (!now) throw new Error(`arrowTo ${label}: the focus is not on a symbol, or no symbol matches`);
    if (now.dx === 0 && now.dy === 0) return;
    const h = now.dx > 0 ? 'ArrowRight' : 'ArrowLeft';
    const v = now.dy > 0 ? 'ArrowDown' : 'ArrowUp';
    const keys = Math.abs(now.dx) >= Math.abs(now.dy) ? [h, v] : [v, h];
    for (const key of keys) {
      if (Math.abs(key === h ? now.dx : now.dy) < 1) continue;
      await page.keyboard.press(key);
      if ((await where())?.at !== now.at) break;
    }
  }
  throw new Error(`arrowTo ${label}: not reached with the arrow keys`);
}
