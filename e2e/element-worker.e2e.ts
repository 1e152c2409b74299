/**
 * A large map in the built editor under the strict CSP of docs/embedding.md: the code-split ES module
 * (packages/svelte/dist/element/, `@kring/svelte/element`) lays it out in its worker, a same-origin file beside
 * the entry, and loads only the shown view's chunk; where the CSP refuses workers it lays out on the main
 * thread in slices; the script-tag file (dist/kring-editor.js) starts the same worker from its folder of
 * parts (dist/kring-editor/), and lays out in slices where that folder is not served. Each draws
 * the whole map, then an added person. Fails on console errors, page errors, other CSP violations and foreign
 * requests. Needs `pnpm build:element`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watch, type Browser } from './lib/browser.js';
import { js, scriptRoutes, serve, type Route } from './lib/server.js';
import { STRICT_CSP } from './pages/pages.js';
import { largeFamily } from '../packages/svelte/src/lib/state/test-fixtures.js';

const DIST = path.join(import.meta.dirname, '../packages/svelte/dist');
/** 1,200 persons: about 3,000 entities, over the editor's threshold for laying out off the main thread. */
const DOC = largeFamily(1200);

const page = (entry: string): Route => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>large</title></head>
<body><div id="box" style="height:700px"></div><script type="module" src="/${entry}.js"></script></body></html>`,
});
const mountScript = (module: string) =>
  js(`
import { mount } from '${module}';
import doc from './doc.js';
window.__m = mount(document.getElementById('box'), { initialDocument: doc, view: 'genogram', locale: 'en' });
`);

const routes = (parts = true): Record<string, Route> => ({
  ...scriptRoutes(path.join(DIST, 'element'), '/element'),
  '/kring-editor.js': js(fs.readFileSync(path.join(DIST, 'kring-editor.js'))),
  ...(parts ? scriptRoutes(path.join(DIST, 'kring-editor'), '/kring-editor') : {}),
  '/doc.js': js(`export default ${JSON.stringify(DOC)};`),
  '/esm.html': page('esm'),
  '/esm.js': mountScript('./element/index.js'),
  '/single.html': page('single'),
  '/single.js': mountScript('./kring-editor.js'),
});

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ width: 1200, height: 800 });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `file` under `csp`; waits for the map, its last person, an added child; returns the requests. */
async function openAndEdit(file: string, csp: string, parts = true) {
  const server = await serve(routes(parts), { 'content-security-policy': csp });
  try {
    const p = await browser.context.newPage();
    const w = await watch(p, server.origin);
    await p.goto(`${server.origin}/${file}`);
    // The canvas draws what is on screen (and the selection): select someone to see them drawn.
    const drawn = () => p.locator('svg.kring-canvas [data-node-id]').count();
    await expect.poll(drawn, { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => p.locator('[aria-busy="true"]').count()).toBe(0);
    const api = (command: string, arg: unknown) =>
      p.evaluate(
        ([c, a]) => {
          const m = (window as unknown as { __m: { api: Record<string, (x: unknown) => unknown> } }).__m;
          return m.api[c as string]!(a);
        },
        [command, arg] as const,
      );
    const last = DOC.persons.at(-1)!.id;
    await api('select', [last]);
    await expect.poll(() => p.locator(`[data-node-id="${last}"]`).count()).toBe(1);
    const parent = DOC.parentChild[10]!.parent;
    const applied = (await api('apply', [
      { type: 'person.add', person: { id: 'p-new', name: 'Nieuw', gender: 'woman' } },
      { type: 'parentChild.add', link: { id: 'pc-new', parent, child: 'p-new', kind: 'biological' } },
    ])) as { ok: boolean };
    expect(applied.ok).toBe(true);
    await api('select', ['p-new']);
    await expect.poll(() => p.locator('[data-node-id="p-new"]').count(), { timeout: 60_000 }).toBe(1);
    await p.close();
    return { requested: [...server.requested], problems: w.problems };
  } finally {
    await server.close();
  }
}

test('ES module, strict CSP: laid out in the worker beside the entry; only the genogram chunk loads', async () => {
  const { requested, problems } = await openAndEdit('esm.html', STRICT_CSP);
  expect(problems).toEqual([]);
  expect(requested.some((r) => /\/element\/layout-worker\.js$/.test(r))).toBe(true);
  expect(requested.some((r) => /\/element\/chunks\/genogram-[\w-]+\.js$/.test(r))).toBe(true);
  expect(requested.some((r) => /\/element\/chunks\/(sociogram|ecogram)-[\w-]+\.js$/.test(r))).toBe(false);
});

test('ES module, a CSP that refuses workers: laid out on the main thread in slices', async () => {
  const refusing = STRICT_CSP.replace("worker-src 'self'", "worker-src 'none'");
  expect(refusing).not.toBe(STRICT_CSP);
  const { problems } = await openAndEdit('esm.html', refusing);
  // The refused worker is the one violation; nothing else goes wrong.
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.every((p) => /^CSP: worker-src /.test(p) || /layout-worker/.test(p))).toBe(true);
});

test('script-tag file, strict CSP: laid out in the worker from its folder of parts', async () => {
  const { requested, problems } = await openAndEdit('single.html', STRICT_CSP);
  expect(problems).toEqual([]);
  // The file, then from the folder beside it the worker and the editor's parts: every view is in the file.
  expect(requested.filter((r) => r !== '/single.html' && !/^\/kring-editor\/[\w-]+\.js$/.test(r))).toEqual([
    '/single.js',
    '/kring-editor.js',
    '/doc.js',
  ]);
  expect(requested).toContain('/kring-editor/layout-worker.js');
  expect(requested.some((r) => /^\/kring-editor\/Inspector-[\w-]+\.js$/.test(r))).toBe(true);
});

test('script-tag file without its folder: laid out on the main thread in slices', async () => {
  const { requested, problems } = await openAndEdit('single.html', STRICT_CSP, false);
  expect(requested).toContain('/kring-editor/layout-worker.js');
  // What went wrong is only the missing folder (the worker's file and the parts' files).
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.filter((p) => !/404|kring-editor\/|layout-worker/.test(p))).toEqual([]);
});
