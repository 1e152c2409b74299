/**
 * The first picture of the code-split `@kring/svelte/element` (packages/svelte/dist/element/) under the strict
 * CSP: drawn without the editor's chunk (held back here until the picture is there), in the box the editor's
 * canvas takes, at the viewport the editor opens at, named for screen readers (`role="img"`, `<title>`,
 * `<desc>`, `aria-busy` until the editor is interactive); then the editor takes its place without moving
 * anything — the canvas box, every name and the pixels of the drawing stay where the picture had them — on a
 * wide page and on a phone. A document the reader refuses and a map for the layout worker get no picture.
 */
import fs from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watch, type Browser } from './lib/browser.js';
import { js, scriptRoutes, serve, type Route, type StaticServer } from './lib/server.js';
import { STRICT_CSP } from './pages/pages.js';
import { family, largeFamily } from '../packages/svelte/src/lib/state/test-fixtures.js';

const DIST = path.join(import.meta.dirname, '../packages/svelte/dist/element');
const OUT = path.join(import.meta.dirname, '../test-results');

/** A host's theme: its custom properties on the element. */
const THEME = {
  '--kring-ink': 'rgb(32, 42, 68)',
  '--kring-paper': 'rgb(253, 246, 227)',
  '--kring-accent': 'rgb(106, 27, 154)',
  '--kring-ui-bg': 'rgb(238, 232, 213)',
};
const page = (name: string, style = ''): Route => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title><style>${style}</style></head>
<body style="margin:0"><kring-editor id="editor" locale="en" style="height:600px"></kring-editor>
<script type="module" src="/${name}.js"></script></body></html>`,
});
const script = (doc: string): Route =>
  js(`
import './element/index.js';
import doc from './${doc}';
const el = document.getElementById('editor');
el.addEventListener('kringready', () => (window.__ready = true));
el.document = doc;
`);

const routes = (): Record<string, Route> => ({
  ...scriptRoutes(DIST, '/element'),
  '/family-doc.js': js(`export default ${JSON.stringify(family())};`),
  // 1,200 persons: about 3,000 entities, over the threshold for the layout worker.
  '/large-doc.js': js(`export default ${JSON.stringify(largeFamily(1200))};`),
  '/bad-doc.js': js(`export default ${JSON.stringify({ ...family(), version: 999 })};`),
  '/themed.html': page(
    'family',
    `kring-editor { ${Object.entries(THEME)
      .map(([property, value]) => `${property}: ${value};`)
      .join(' ')} }`,
  ),
  ...Object.fromEntries(
    ['family', 'large', 'bad'].flatMap((name) => [
      [`/${name}.html`, page(name)],
      [`/${name}.js`, script(`${name}-doc.js`)],
    ]),
  ),
});

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serve(routes(), { 'content-security-policy': STRICT_CSP });
  browser = await launch();
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Holds the editor's chunk back until `release()`. */
async function holdEditor(p: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await p.route(/\/element\/chunks\/editor-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

type Box = { x: number; y: number; width: number; height: number };
/** To whole px: the canvas's SVG is as large as its box's whole px (clientWidth, clientHeight), as is the picture's viewport. */
const round = (b: Box): Box => ({
  x: Math.round(b.x),
  y: Math.round(b.y),
  width: Math.round(b.width),
  height: Math.round(b.height),
});

/** The box of the drawing area (the picture's stage, or the editor's canvas) and of each person's name. */
const measure = (p: Page, area: string) =>
  p.evaluate((area) => {
    const root = document.getElementById('editor')!.shadowRoot!;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const names: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const text of root.querySelectorAll(`${area} text`))
      if (/^[A-Z][a-z]+$/.test(text.textContent ?? '')) names[text.textContent!] = box(text);
    return { area: box(root.querySelector(area)!), names };
  }, area);

for (const [name, viewport, touch] of [
  ['wide page', { width: 1100, height: 700 }, false],
  ['phone', { width: 390, height: 700 }, false],
  // Up to 360 px the toolbar takes two lines (Toolbar.svelte).
  ['small phone 360', { width: 360, height: 640 }, false],
  ['small phone 320', { width: 320, height: 640 }, false],
  // A wide touch screen keeps the context row's place too (ContextRow.svelte).
  ['touch tablet', { width: 1100, height: 700 }, true],
] as const)
  test(`${name}: the picture comes before the editor, named for screen readers; the editor takes its place without moving anything`, async () => {
    const p = await browser.context.newPage();
    await p.setViewportSize(viewport);
    if (touch) {
      const cdp = await browser.context.newCDPSession(p);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      await p.emulateMedia({});
    }
    const w = await watch(p, server.origin);
    const release = await holdEditor(p);
    await p.goto(`${server.origin}/family.html`);
    const svg = p.locator('kring-editor .kring-first-stage svg');
    await svg.waitFor();
    expect(await svg.getAttribute('role')).toBe('img');
    const named = await p.evaluate(() => {
      const root = document.getElementById('editor')!.shadowRoot!;
      const id = (s: string) => root.querySelector(`svg [id="${s}"]`)?.textContent ?? '';
      return {
        busy: root.querySelector('.kring-host')!.getAttribute('aria-busy'),
        labelledBy: root.querySelector('svg')!.getAttribute('aria-labelledby'),
        title: id('k0'),
        desc: id('k1'),
        lang: root.querySelector('.kring-first')!.getAttribute('lang'),
      };
    });
    expect(named.busy).toBe('true');
    expect(named.labelledBy).toBe('k0 k1');
    expect(named.title).toMatch(/genogram/i);
    expect(named.desc.length).toBeGreaterThan(20);
    // Every word is there: no message key left untranslated.
    expect(`${named.title} ${named.desc}`).not.toMatch(/\b(render|enums|ui)\.[a-z]/);
    expect(named.lang).toBe('en');
    expect(await p.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(touch);
    const before = await measure(p, '.kring-first-stage');
    expect(Object.keys(before.names)).toContain('Anna');
    const tag = name.replaceAll(' ', '-');
    const picture = await p.screenshot({ path: path.join(OUT, `e2e-first-picture-${tag}.png`) });

    release();
    await p.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    await p.locator('kring-editor .kring-first').waitFor({ state: 'detached' });
    expect(await p.locator('kring-editor .kring-host').getAttribute('aria-busy')).toBeNull();
    await p.waitForTimeout(100);
    const after = await measure(p, '.kring-canvas');
    expect(round(after.area)).toEqual(round(before.area));
    expect(Object.keys(after.names).sort()).toEqual(Object.keys(before.names).sort());
    for (const [person, box] of Object.entries(before.names)) {
      const moved = after.names[person]!;
      // Text laid out under the picture's viewBox and under the canvas's scale differs by under a pixel.
      expect(Math.abs(moved.x - box.x), person).toBeLessThan(1.5);
      expect(Math.abs(moved.y - box.y), person).toBeLessThan(1.5);
    }
    const editor = await p.screenshot({ path: path.join(OUT, `e2e-first-picture-${tag}-editor.png`) });
    // The drawing's pixels: the same but for the tray's button in the lower right corner of the editor.
    const a = PNG.sync.read(picture);
    const b = PNG.sync.read(editor);
    const area = before.area;
    const crop = (png: PNG) => {
      const out = new PNG({ width: Math.floor(area.width) - 220, height: Math.floor(area.height) - 60 });
      PNG.bitblt(png, out, Math.ceil(area.x), Math.ceil(area.y), out.width, out.height, 0, 0);
      return out;
    };
    const [ca, cb] = [crop(a), crop(b)];
    const differ = pixelmatch(ca.data, cb.data, undefined, ca.width, ca.height, { threshold: 0.2 });
    expect(differ).toBeLessThan(ca.width * ca.height * 0.002);
    await p.close();
    expect(w.problems).toEqual([]);
  });

test("a host's theme (custom properties on the element) colours the picture and the editor", async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  const release = await holdEditor(p);
  await p.goto(`${server.origin}/themed.html`);
  await p.locator('kring-editor .kring-first-stage svg').waitFor();
  /** Computed colours of the first element matching each selector (and holding `text`) in the shadow root. */
  const colours = (of: Record<string, [selector: string, property: string, text?: string]>) =>
    p.evaluate((of) => {
      const root = document.getElementById('editor')!.shadowRoot!;
      return Object.fromEntries(
        Object.entries(of).map(([name, [selector, property, text]]) => {
          const element = [...root.querySelectorAll(selector)].find(
            (e) => text === undefined || e.textContent === text,
          );
          return [name, element ? getComputedStyle(element).getPropertyValue(property) : 'missing'];
        }),
      );
    }, of);
  expect(
    await colours({
      paper: ['.kring-first', 'background-color'],
      bar: ['.kring-first-bar', 'background-color'],
      name: ['.kring-first-stage svg text', 'fill', 'Anna'],
    }),
  ).toEqual({ paper: THEME['--kring-paper'], bar: THEME['--kring-ui-bg'], name: THEME['--kring-ink'] });
  await p.screenshot({ path: path.join(OUT, 'e2e-first-picture-themed.png') });
  release();
  await p.locator('kring-editor .kring-first').waitFor({ state: 'detached' });
  expect(
    await colours({
      paper: ['.kring-editor', 'background-color'],
      text: ['.kring-editor', 'color'],
      bar: ['.kring-toolbar', 'background-color'],
      pressed: ['.kring-toolbar button[aria-pressed="true"]', 'background-color'],
      name: ['.kring-canvas text', 'fill', 'Anna'],
    }),
  ).toEqual({
    paper: THEME['--kring-paper'],
    text: THEME['--kring-ink'],
    bar: THEME['--kring-ui-bg'],
    pressed: THEME['--kring-accent'],
    name: THEME['--kring-ink'],
  });
  await p.screenshot({ path: path.join(OUT, 'e2e-first-picture-themed-editor.png') });
  await p.close();
  expect(w.problems).toEqual([]);
});

test('while the picture shows, el.api remembers select() and fit() for the editor and refuses what needs it (InvalidStateError)', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  const release = await holdEditor(p);
  await p.goto(`${server.origin}/family.html`);
  await p.locator('kring-editor .kring-first-stage svg').waitFor();
  const early = await p.evaluate(() => {
    type Api = Record<string, (...args: unknown[]) => unknown>;
    const el = document.getElementById('editor') as HTMLElement & { api: Api };
    const log: string[] = [];
    (window as unknown as { __log: string[] }).__log = log;
    el.addEventListener('kringselectionchange', (e) =>
      log.push(`selection ${(e as CustomEvent<{ ids: string[] }>).detail.ids.join(' ')}`),
    );
    el.addEventListener('kringready', () => log.push('kringready'));
    let refused = '';
    try {
      el.api.getDocument!();
    } catch (e) {
      refused = `${(e as Error).name}: ${(e as Error).message}`;
    }
    el.api.select!(['p-anna']);
    el.api.fit!();
    return { refused, load: typeof el.api.load };
  });
  expect(early.refused).toMatch(/^InvalidStateError: .*await el\.ready/);
  expect(early.load).toBe('undefined');
  release();
  await p.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  expect(await p.evaluate(() => (window as unknown as { __log: string[] }).__log)).toEqual([
    'selection p-anna',
    'kringready',
  ]);
  await p.close();
  expect(w.problems).toEqual([]);
});

test('a document the reader refuses is not drawn: the editor shows why', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  const release = await holdEditor(p);
  await p.goto(`${server.origin}/bad.html`);
  await p.locator('kring-editor .kring-first-stage').waitFor();
  // Everything the picture would need has loaded: still no picture.
  await p.waitForTimeout(300);
  expect(await p.locator('kring-editor .kring-first-stage svg').count()).toBe(0);
  release();
  await p.getByRole('alert').getByRole('heading', { name: 'This map cannot be shown' }).waitFor();
  expect(await p.locator('kring-editor .kring-first').count()).toBe(0);
  await p.close();
  expect(w.problems).toEqual([]);
});

test('a map for the layout worker gets no picture: the editor lays it out there', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  const release = await holdEditor(p);
  await p.goto(`${server.origin}/large.html`);
  await p.locator('kring-editor .kring-first-stage').waitFor();
  await p.waitForTimeout(300);
  expect(await p.locator('kring-editor .kring-first-stage svg').count()).toBe(0);
  release();
  await p.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  await p.locator('kring-editor .kring-node').first().waitFor();
  expect(server.requested.filter((r) => /\/element\/layout-worker\.js$/.test(r)).length).toBeGreaterThan(0);
  await p.close();
  expect(w.problems).toEqual([]);
});
