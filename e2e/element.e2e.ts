/**
 * The built `<kring-editor>` (packages/svelte/dist/kring-editor.js) in a plain HTML page under a strict
 * CSP, through `mount()`, and inside a Preact app. Fails on any console error or warning, page error, CSP
 * violation or request to anything but the page's own files.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, watch, type Browser } from './lib/browser.js';
import { serve, type StaticServer } from './lib/server.js';
import { routes, STRICT_CSP } from './pages/pages.js';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve(routes(), { 'content-security-policy': STRICT_CSP });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Event = {
  type: string;
  detail: { ids?: string[]; source?: string; document?: { persons: { id: string }[] } };
};
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Event[] }).__events);

test('plain page, strict CSP: renders in its shadow root, selects, deletes, undoes, exports', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/plain.html`);
  const anna = page.getByRole('button', { name: 'Anna, person' });
  await anna.waitFor();
  expect((await events(page)).map((e) => e.type)).toContain('kringready');

  await anna.click();
  await expect
    .poll(async () => (await events(page)).at(-1))
    .toEqual({ type: 'kringselectionchange', detail: { ids: ['p-anna'] } });
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Anna, person' }).waitFor({ state: 'detached' });
  const change = (await events(page)).find((e) => e.type === 'kringchange')!;
  expect(change.detail.source).toBe('user');
  expect(change.detail.document!.persons.map((p) => p.id)).not.toContain('p-anna');
  await page.keyboard.press('Control+z');
  await anna.waitFor();
  expect((await events(page)).filter((e) => e.type === 'kringchange').at(-1)!.detail.source).toBe('undo');

  // Styles live inside the shadow root; the page itself gets none.
  const styling = await page.evaluate(() => {
    const root = document.querySelector('kring-editor')!.shadowRoot!;
    const toolbar = root.querySelector('.kring-toolbar')!;
    return {
      background: getComputedStyle(toolbar).backgroundColor,
      pageStyles: document.querySelectorAll('style').length,
    };
  });
  expect(styling).toEqual({ background: 'rgb(244, 245, 247)', pageStyles: 0 });

  const svg = await page.evaluate(() =>
    (window as unknown as { __api: { exportSvg(): string } }).__api.exportSvg(),
  );
  expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Anna');

  await page.getByRole('button', { name: 'sociogram' }).click();
  await expect
    .poll(() => page.evaluate(() => document.querySelector('kring-editor')!.getAttribute('view')))
    .toBe('sociogram');
  await page.screenshot({ path: 'test-results/e2e-element-sociogram.png' });
  // Removing the element removes the editor without errors.
  await page.evaluate(() => document.querySelector('kring-editor')!.remove());
  await page.waitForTimeout(50);
  expect(w.problems).toEqual([]);
  expect(
    server.requested.filter(
      (p) =>
        !['/plain.html', '/plain.js', '/kring-editor.js', '/fixture.js', '/recorder.js'].includes(p) &&
        !/^\/kring-editor\/[\w-]+\.js$/.test(p),
    ),
  ).toEqual([]);
  await page.close();
});

test('kringready: in the microtask after connectedCallback, before any later microtask of the host', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/ready.html`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __log: string[] }).__log))
    .toEqual(['kringready true 4', 'host microtask', 'ready true']);
  expect(w.problems).toEqual([]);
  await page.close();
});

test('the custom-element example of docs/embedding.md hears kringready and the other events', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/docs.html`);
  const events = () => page.evaluate(() => (window as unknown as { __events: string[] }).__events);
  await expect.poll(events).toEqual(['kringready 4']);
  await page.getByRole('button', { name: 'Anna, persoon' }).click();
  await page.keyboard.press('Delete');
  await expect
    .poll(events)
    .toEqual(['kringready 4', 'kringselectionchange p-anna', 'kringchange 3', 'kringselectionchange ']);
  expect(w.problems).toEqual([]);
  await page.close();
});

test('code-split element: the Details tab arrives after the first picture without moving the drawing', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  // The inspector's chunk comes late: the drawing is there first, the tab holds a quiet placeholder.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/element\/chunks\/Inspector-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server.origin}/lazy.html`);
  const anna = page.getByRole('button', { name: 'Anna, person' });
  await anna.waitFor();
  const before = await anna.boundingBox();
  const name = page.getByRole('textbox', { name: 'Title' });
  expect(await name.count()).toBe(0);
  expect(await page.locator('kring-editor .kring-panel-loading').count()).toBe(1);
  release();
  await name.waitFor();
  expect(await name.inputValue()).toBe('Familie De Vries');
  expect(await page.locator('kring-editor .kring-panel-loading').count()).toBe(0);
  expect(await anna.boundingBox()).toEqual(before);
  expect(w.problems).toEqual([]);
  expect(server.requested.filter((p) => p.startsWith('/element/chunks/Inspector-'))).toHaveLength(1);
  await page.close();
});

test('preloadEditor(): after it, opening the map, the details and every tab of the side panel fetches nothing', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/preload.html`);
  await page.waitForFunction(() => (window as unknown as { __preloaded?: boolean }).__preloaded === true);
  const chunks = () => server.requested.filter((p) => p.startsWith('/element/')).length;
  const loaded = chunks();
  expect(
    server.requested.filter((p) => /^\/element\/chunks\/(PlanPanel|InsightPanel|SnapshotsPanel)-/.test(p)),
  ).toHaveLength(3);
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();
  await page.getByRole('textbox', { name: 'Title' }).waitFor();
  for (const [tab, heading] of [
    ['Plan', 'Future plan'],
    ['Insight', 'Insight'],
    ['Snapshots', 'Snapshots'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
  }
  expect(chunks()).toBe(loaded);
  expect(w.problems).toEqual([]);
  await page.close();
});

test('mount(): renders into a plain element, updates props, destroys cleanly', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/mount.html`);
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await page.evaluate(() =>
    (window as unknown as { __mounted: { update(p: object): void } }).__mounted.update({ locale: 'nl' }),
  );
  await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
  expect(await page.evaluate(() => document.querySelector('.kring-editor')!.getAttribute('lang'))).toBe('nl');
  await page.evaluate(() => (window as unknown as { __mounted: { destroy(): void } }).__mounted.destroy());
  await expect.poll(() => page.evaluate(() => document.getElementById('box')!.children.length)).toBe(0);
  expect(w.problems).toEqual([]);
  await page.close();
});

test('inside a Preact app: properties in, CustomEvents out, locale switch at run time', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/preact.html`);
  await page.getByRole('button', { name: 'Bram, person' }).click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('changes: 0; selected: p-bram');
  await page.keyboard.press('Delete');
  await expect.poll(() => page.locator('#status').textContent()).toBe('changes: 1; selected: ');
  await page.locator('#lang').click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByRole('button', { name: 'Bram, persoon' }).waitFor();
  await page.screenshot({ path: 'test-results/e2e-preact.png' });
  expect(w.problems).toEqual([]);
  await page.close();
});

test('id-tag: the host’s tag (attribute, property) is in every id the element makes; a bad one never throws', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/id-tag.html`);
  const anna = page.getByRole('button', { name: 'Anna, person' });
  await anna.waitFor();
  /** Adds a person with N and returns the ids the last kringchange added. */
  const add = async (): Promise<string[]> => {
    const before = (await events(page)).filter((e) => e.type === 'kringchange').length;
    // The keyboard stays on the drawing (N keeps it on the new symbol): click Anna the first time only.
    if (before === 0) await anna.click();
    await page.keyboard.press('n');
    await expect
      .poll(async () => (await events(page)).filter((e) => e.type === 'kringchange').length)
      .toBe(before + 1);
    const changes = (await events(page)).filter((e) => e.type === 'kringchange');
    const ids = (i: number) => (changes[i]?.detail.document?.persons ?? []).map((p) => p.id);
    const old = new Set(before === 0 ? ['p-tilda', 'p-anna', 'p-bram', 'p-cor'] : ids(before - 1));
    return ids(before).filter((id) => !old.has(id));
  };
  const setIdTag = (kind: string, text?: string) =>
    page.evaluate(
      ([k, t]) =>
        (window as unknown as { __setIdTag(k?: string, t?: string): string | null }).__setIdTag(k, t),
      [kind, text],
    );

  expect(await add()).toEqual(['person-2384756123-1']);
  expect(await setIdTag('text', 'k7q2m')).toBeNull();
  expect(await add()).toEqual(['person-k7q2m-1']);
  await page.evaluate(() => document.querySelector('kring-editor')!.setAttribute('id-tag', 'a1b2'));
  expect(await add()).toEqual(['person-a1b2-1']);
  expect(w.problems).toEqual([]);

  // Not an id tag: the assignment never throws, the console says why, and the ids keep the tag they had.
  for (const [kind, text] of [
    ['text', 'Team-A'],
    ['text', ''],
    ['number'],
    ['Symbol'],
    ['BigInt'],
    ['object'],
  ])
    expect(await setIdTag(kind!, text), kind).toBeNull();
  await expect.poll(() => w.problems.length).toBe(6);
  expect(w.problems[0]).toBe(
    'console error: Kring editor: idTag not used, new ids keep the tag "a1b2". The id tag "Team-A" has "T", "-", "A": an id tag is 1 to 32 lower-case letters a-z and digits 0-9 (lower case only).',
  );
  expect(w.problems.slice(1).map((p) => p.replace(/^.*keep the tag "a1b2"\. /, ''))).toEqual([
    'The id tag is empty: an id tag is 1 to 32 lower-case letters a-z and digits 0-9.',
    'The id tag must be text, not number: an id tag is 1 to 32 lower-case letters a-z and digits 0-9.',
    'The id tag must be text, not symbol: an id tag is 1 to 32 lower-case letters a-z and digits 0-9.',
    'The id tag must be text, not bigint: an id tag is 1 to 32 lower-case letters a-z and digits 0-9.',
    'The id tag must be text, not object: an id tag is 1 to 32 lower-case letters a-z and digits 0-9.',
  ]);
  expect(await add()).toEqual(['person-a1b2-2']);
  await page.close();
});
