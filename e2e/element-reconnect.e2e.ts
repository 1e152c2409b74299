/**
 * The code-split `@kring/svelte/element` (packages/svelte/dist/element/) taken out of the page and put back
 * in a later task, as a framework does when it keeps a view alive off the page or re-parents it: while out,
 * `el.api` calls no removed editor (`getDocument()` answers the edited document, `apply()` throws an
 * `InvalidStateError`, `select()` waits) and `el.ready` waits; back in, a new editor with the edits starts
 * (`kringready` again, `el.ready` resolves) and edits reach the drawing — also for a map laid out in the
 * layout worker. An element taken out while its editor still loads and put back shows the picture again
 * and starts one editor, with one `kringready` and one `el.ready`. Under the strict CSP, with no error on the
 * page.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watch, type Browser } from './lib/browser.js';
import { js, scriptRoutes, serve, type Route, type StaticServer } from './lib/server.js';
import { STRICT_CSP } from './pages/pages.js';
import { family, largeFamily } from '../packages/svelte/src/lib/state/test-fixtures.js';

const DIST = path.join(import.meta.dirname, '../packages/svelte/dist/element');

const page = (name: string): Route => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head>
<body style="margin:0"><div id="a"><kring-editor id="editor" locale="en" style="height:600px"></kring-editor></div><div id="b"></div>
<script type="module" src="/${name}.js"></script></body></html>`,
});
const script = (doc: string): Route =>
  js(`
import './element/index.js';
import doc from './${doc}';
const el = document.getElementById('editor');
window.__el = el; // kept: out of the page, getElementById no longer finds it
window.__log = [];
el.addEventListener('kringready', () => window.__log.push('kringready'));
el.addEventListener('kringselectionchange', (e) => window.__log.push('selection ' + e.detail.ids.join(' ')));
el.document = doc;
`);

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serve(
    {
      ...scriptRoutes(DIST, '/element'),
      '/family-doc.js': js(`export default ${JSON.stringify(family())};`),
      // 1,200 persons: about 3,000 entities, over the threshold for the layout worker.
      '/large-doc.js': js(`export default ${JSON.stringify(largeFamily(1200))};`),
      '/family.html': page('family'),
      '/family.js': script('family-doc.js'),
      '/large.html': page('large'),
      '/large.js': script('large-doc.js'),
    },
    { 'content-security-policy': STRICT_CSP },
  );
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Log = { __log: string[] };
const log = (p: Page) => p.evaluate(() => (window as unknown as Log).__log);

/** Waits for the editor, adds `p-new` through el.api, takes the element out; then what el.api does while out. */
async function takeOut(p: Page) {
  await expect.poll(() => log(p), { timeout: 30_000 }).toContain('kringready');
  const added = await p.evaluate(async () => {
    type Api = {
      apply(c: unknown): { ok: boolean };
      getDocument(): { persons: { id: string }[] };
      select(ids: string[]): void;
    };
    const el = (window as unknown as { __el: HTMLElement & { api: Api; ready: Promise<Api> } }).__el;
    const ok = el.api.apply({
      type: 'person.add',
      person: { id: 'p-new', name: 'Nieuwe', gender: 'unknown' },
    }).ok;
    el.remove();
    return ok;
  });
  expect(added).toBe(true);
  // A later task: the editor has gone with the element.
  return p.evaluate(async () => {
    type Api = {
      apply(c: unknown): unknown;
      getDocument(): { persons: { id: string }[] };
      select(ids: string[]): void;
    };
    const el = (window as unknown as { __el: HTMLElement & { api: Api; ready: Promise<Api> } }).__el;
    let refused = '';
    try {
      el.api.apply({ type: 'person.add', person: { id: 'p-x', name: 'X', gender: 'unknown' } });
    } catch (e) {
      refused = `${(e as Error).name}: ${(e as Error).message}`;
    }
    const waiting = await Promise.race([
      el.ready.then(() => 'resolved'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 100)),
    ]);
    el.api.select(['p-new']);
    return {
      refused,
      waiting,
      persons: el.api.getDocument().persons.length,
      hasNew: el.api.getDocument().persons.some((p) => p.id === 'p-new'),
      shadowEditor: el.shadowRoot!.querySelector('.kring-editor') !== null,
    };
  });
}

/** Puts the element back (into another container) and adds `p-two` once its next editor is ready. */
async function putBack(p: Page) {
  return p.evaluate(async () => {
    type Api = {
      apply(c: unknown): { ok: boolean };
      getDocument(): { persons: { id: string }[] };
    };
    const el = (window as unknown as { __el: HTMLElement & { api: Api; ready: Promise<Api> } }).__el;
    document.getElementById('b')!.append(el);
    const api = await el.ready;
    return {
      same: api === el.api,
      persons: api.getDocument().persons.length,
      two: api.apply({ type: 'person.add', person: { id: 'p-two', name: 'Twee', gender: 'unknown' } }).ok,
    };
  });
}

const symbol = (p: Page, id: string) =>
  p.evaluate(
    (id) =>
      (window as unknown as { __el: HTMLElement }).__el.shadowRoot!.querySelector(
        `[data-node-id="${id}"]`,
      ) !== null,
    id,
  );

test('out of the page and back in a later task: el.api and el.ready wait for the next editor, which has the edits', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  await p.goto(`${server.origin}/family.html`);
  const out = await takeOut(p);
  expect(out).toEqual({
    refused: expect.stringMatching(/^InvalidStateError: <kring-editor>: the element is not in the page/),
    waiting: 'waiting',
    persons: 5,
    hasNew: true,
    shadowEditor: false,
  });
  expect(await putBack(p)).toEqual({ same: true, persons: 5, two: true });
  await expect.poll(() => symbol(p, 'p-two')).toBe(true);
  expect(await symbol(p, 'p-new')).toBe(true);
  // kringready once per editor; the selection made while out came before the second.
  const events = await log(p);
  expect(events.filter((e) => e === 'kringready')).toHaveLength(2);
  expect(events.slice(events.indexOf('kringready') + 1)).toEqual(['selection p-new', 'kringready']);
  expect(w.problems).toEqual([]);
  await p.close();
});

test('a map laid out in the layout worker: back in the page, the next editor lays its edits out again', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  await p.goto(`${server.origin}/large.html`);
  const out = await takeOut(p);
  expect(out.refused).toMatch(/^InvalidStateError: /);
  expect(out).toMatchObject({ waiting: 'waiting', persons: 1201, hasNew: true, shadowEditor: false });
  expect(await putBack(p)).toEqual({ same: true, persons: 1201, two: true });
  await expect.poll(() => symbol(p, 'p-two'), { timeout: 30_000 }).toBe(true);
  expect(w.problems).toEqual([]);
  await p.close();
});

test('taken out while its editor still loads and put back: one editor, one kringready, el.ready resolves once with the selection made meanwhile', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await p.route(/\/element\/chunks\/editor-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await p.goto(`${server.origin}/family.html`);
  await p.locator('kring-editor .kring-first-stage svg').waitFor();
  const early = await p.evaluate(async () => {
    type Api = { getDocument(): unknown; select(ids: string[]): void };
    const el = (window as unknown as { __el: HTMLElement & { api: Api; ready: Promise<Api> } }).__el;
    const ready = el.ready;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    let refused = '';
    try {
      el.api.getDocument();
    } catch (e) {
      refused = `${(e as Error).name}: ${(e as Error).message}`;
    }
    el.api.select(['p-anna']);
    document.getElementById('b')!.append(el);
    await Promise.resolve(); // the element connects in the microtask after connectedCallback
    return {
      refused,
      sameReady: el.ready === ready,
      picture: el.shadowRoot!.querySelector('.kring-first') !== null,
    };
  });
  // Never started: nothing to answer from; the same pending el.ready; the picture again while it loads.
  expect(early).toEqual({
    refused: expect.stringMatching(/^InvalidStateError: <kring-editor>: the element is not in the page/),
    sameReady: true,
    picture: true,
  });
  release();
  await expect.poll(() => log(p), { timeout: 30_000 }).toContain('kringready');
  expect(
    await p.evaluate(async () => {
      type Api = { getDocument(): { persons: unknown[] } };
      const el = (window as unknown as { __el: HTMLElement & { api: Api; ready: Promise<Api> } }).__el;
      return (await el.ready).getDocument().persons.length;
    }),
  ).toBe(4);
  await p.waitForTimeout(100);
  expect(await log(p)).toEqual(['selection p-anna', 'kringready']);
  expect(w.problems).toEqual([]);
  await p.close();
});
