/**
 * The script-tag file (packages/svelte/dist/kring-editor.js) and its parts in the folder beside it
 * (dist/kring-editor/): the file alone starts the editor — every view, both languages — and the side panel's
 * tabs, the help and the menus come from the folder when first shown. A host that serves the file without
 * the folder still gets a working map, and the editor says where a part is missing and loads it again when
 * asked. Under the docs' strict CSP.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watch, type Browser } from './lib/browser.js';
import { js, scriptRoutes, serve, type Route, type StaticServer } from './lib/server.js';
import { STRICT_CSP } from './pages/pages.js';
import { family } from '../packages/svelte/src/lib/state/test-fixtures.js';

const DIST = path.join(import.meta.dirname, '../packages/svelte/dist');
const PART = /^\/kring-editor\/[\w-]+\.js$/;

const page = (locale: string): Route => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Script tag</title></head>
<body style="margin:0"><kring-editor id="map" locale="${locale}" style="display:block;height:700px"></kring-editor>
<script type="module" src="./app.js"></script></body></html>`,
});

/** The page of docs/embedding.md's custom-element example: one module imports the file and sets the document. */
const baseRoutes = (): Record<string, Route> => ({
  '/en.html': page('en'),
  '/nl.html': page('nl'),
  '/app.js': js(`
import './kring-editor.js';
import doc from './doc.js';
const el = document.getElementById('map');
window.__ready = false;
el.addEventListener('kringready', () => (window.__ready = true));
el.document = doc;
`),
  '/doc.js': js(`export default ${JSON.stringify(family())};`),
  '/kring-editor.js': js(fs.readFileSync(path.join(DIST, 'kring-editor.js'))),
});
const partRoutes = (): Record<string, Route> =>
  scriptRoutes(path.join(DIST, 'kring-editor'), '/kring-editor');

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  browser = await launch({ width: 1280, height: 800 });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function open(routes: Record<string, Route>, file = 'en.html') {
  const server = await serve(routes, { 'content-security-policy': STRICT_CSP });
  servers.push(server);
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  await p.goto(`${server.origin}/${file}`);
  await p.getByRole('button', { name: /^Anna, / }).waitFor();
  return { p, w, server };
}

test('the file starts the editor; the tabs, the help and the menu come from the folder beside it', async () => {
  const { p, w, server } = await open({ ...baseRoutes(), ...partRoutes() });
  expect(await p.evaluate(() => (window as unknown as { __ready: boolean }).__ready)).toBe(true);
  // The Details tab's parts are fetched right after the editor starts.
  await p.getByRole('tabpanel', { name: 'Details' }).getByRole('heading').first().waitFor();
  for (const tab of ['Plan', 'Insight', 'Snapshots']) {
    await p.getByRole('tab', { name: tab }).click();
    await expect
      .poll(() => p.getByRole('tabpanel', { name: tab }).getByRole('heading').count())
      .toBeGreaterThan(0);
  }
  await p.getByRole('button', { name: /^Anna, / }).click();
  await p.keyboard.press('Shift+F10');
  await p.getByRole('menu').waitFor();
  await p.keyboard.press('Escape');
  // Another view and the other language need nothing from the folder: they are in the file.
  const before = server.requested.filter((r) => PART.test(r)).length;
  await p.getByRole('button', { name: 'sociogram' }).click();
  await p.evaluate(() => document.getElementById('map')!.setAttribute('locale', 'nl'));
  await p.getByRole('tab', { name: 'Inzicht' }).waitFor();
  expect(server.requested.filter((r) => PART.test(r)).length).toBe(before);
  expect(server.requested.filter((r) => !PART.test(r))).toEqual([
    '/en.html',
    '/app.js',
    '/kring-editor.js',
    '/doc.js',
  ]);
  expect(w.problems).toEqual([]);
  await p.close();
});

test('without the folder the map still works, the editor says what is missing and loads it again when asked', async () => {
  const routes = baseRoutes();
  const { p, w } = await open(routes, 'nl.html');
  expect(await p.evaluate(() => (window as unknown as { __ready: boolean }).__ready)).toBe(true);
  // Drawing and editing need nothing from the folder.
  const anna = p.getByRole('button', { name: /^Anna, / });
  await anna.click();
  await p.keyboard.press('Delete');
  await anna.waitFor({ state: 'detached' });
  await p.keyboard.press('Control+z');
  await anna.waitFor();
  // The Details tab says a part is missing, in the page's language, and that the map is safe.
  const alert = p.getByRole('tabpanel', { name: 'Details' }).getByRole('alert');
  await expect.poll(() => alert.textContent()).toMatch(/kon niet worden geladen.*veilig/);
  await p.screenshot({ path: 'test-results/e2e-script-tag-part-missing.png' });
  // For the host's developer: the console names the file.
  expect(
    w.problems.some((m) => /console error: kring-editor: a part of the editor could not be loaded/.test(m)),
  ).toBe(true);
  // The host serves the folder; "Opnieuw proberen" loads the parts and the tab shows them.
  Object.assign(routes, partRoutes());
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await p.getByRole('tabpanel', { name: 'Details' }).getByRole('heading').first().waitFor();
  expect(await alert.count()).toBe(0);
  // A tab opened now loads at once.
  await p.getByRole('tab', { name: 'Plan' }).click();
  await expect
    .poll(() => p.getByRole('tabpanel', { name: 'Plan' }).getByRole('heading').count())
    .toBeGreaterThan(0);
  await p.close();
});
