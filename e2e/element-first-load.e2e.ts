/**
 * The first load of the code-split `@kring/svelte/element` (packages/svelte/dist/element/) in a page under the
 * strict CSP: what it fetches before the first picture (the entry, the first view's renderer and the words a
 * drawing of ONE locale holds), that this stays within the build's ceiling, and that what the renderer
 * imports statically was asked for with the entry (no round trip after the renderer); what it fetches before the
 * editor starts (the editor's chunk with its static imports and the rest of that locale's words); that the
 * editor edits right after `kringready`, and that switching the language fetches the other locale's words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watch, type Browser } from './lib/browser.js';
import { js, scriptRoutes, serve, type Route, type StaticServer } from './lib/server.js';
import { STRICT_CSP } from './pages/pages.js';
import { CEILINGS } from '../packages/svelte/build/element-build.js';
import { family } from '../packages/svelte/src/lib/state/test-fixtures.js';

const DIST = path.join(import.meta.dirname, '../packages/svelte/dist/element');
/** A document of format version 1 (migrated to the current version when read). */
const OLD = fs.readFileSync(
  path.join(import.meta.dirname, '../packages/core/fixtures/v1/sophia.v1.kring.json'),
  'utf8',
);

const page = (title: string, body: string, script: string): Route => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body>${body}<script type="module" src="${script}"></script></body></html>`,
});

// What the page does at `kringready`: notes the files fetched so far and adds a person through the API.
const atReady = `
const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
const addPerson = (api) => api.apply({ type: 'person.add', person: { id: 'p-new', name: 'Nieuwe', gender: 'unknown' } });
`;

const routes = (): Record<string, Route> => ({
  ...scriptRoutes(DIST, '/element'),
  '/doc.js': js(`export default ${JSON.stringify(family())};`),
  '/en.html': page(
    'en',
    '<kring-editor id="editor" locale="en" style="height:600px"></kring-editor>',
    '/element-page.js',
  ),
  '/ecogram.html': page(
    'ecogram',
    '<kring-editor id="editor" locale="en" view="ecogram" style="height:600px"></kring-editor>',
    '/element-page.js',
  ),
  '/nl.html': page(
    'nl',
    '<kring-editor id="editor" style="height:600px"></kring-editor>',
    '/element-page.js',
  ),
  '/element-page.js': js(`
import './element/index.js';
import doc from './doc.js';
${atReady}
const el = document.getElementById('editor');
el.addEventListener('kringready', (e) => {
  window.__first = fetched();
  window.__applied = addPerson(e.detail.api);
  window.__persons = e.detail.api.getDocument().persons.length;
});
el.document = doc;
`),
  '/old.js': js(`export default ${JSON.stringify(OLD)};`),
  '/old.html': page(
    'old',
    '<kring-editor id="editor" locale="en" style="height:600px"></kring-editor>',
    '/old-page.js',
  ),
  '/old-page.js': js(`
import './element/index.js';
import doc from './doc.js';
import old from './old.js';
const el = document.getElementById('editor');
window.__current = () => (el.document = doc);
el.addEventListener('kringready', (e) => {
  window.__version = e.detail.api.getDocument().version;
});
el.document = old; // JSON text of a version-1 document
`),
  '/mount-old.html': page('mount old', '<div id="box" style="height:600px"></div>', '/mount-old-page.js'),
  '/mount-old-page.js': js(`
import { mount } from './element/index.js';
import doc from './doc.js';
import old from './old.js';
const editor = mount(document.getElementById('box'), { initialDocument: JSON.parse(old), locale: 'en' });
const api = await editor.ready;
window.__version = api.getDocument().version;
window.__next = () => editor.update({ document: doc });
window.__back = () => editor.update({ document: JSON.parse(old) });
`),
  '/mount.html': page('mount', '<div id="box" style="height:600px"></div>', '/mount-page.js'),
  '/mount-page.js': js(`
import { mount } from './element/index.js';
import doc from './doc.js';
${atReady}
const editor = mount(document.getElementById('box'), { initialDocument: doc, locale: 'en' });
let early = null;
try { editor.api.getDocument(); } catch (e) { early = String(e.message); }
const api = await editor.ready;
window.__first = fetched();
window.__early = early;
window.__applied = addPerson(api);
window.__persons = api.getDocument().persons.length;
`),
});

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

/** The parts the editor fetches right after its first picture (lazy-parts.ts), maybe before `kringready`. */
const AFTER_FIRST_PICTURE =
  /^\/element\/chunks\/(Inspector|Legend|Outline|ContextMenu|HelpPopover|DocumentError|inspector|kinship|TextField|translator|shown-name|LegendSample)-/;

/** The kind of a served chunk: its name without folder and hash (`editor`, `locale-en-first`). */
const kind = (f: string): string =>
  f.replace(/^\/element\/(chunks\/)?/, '').replace(/-[\w-]{8}\.js$|\.js$/, '');

/** The chunks a built chunk of `kind` imports statically (read from the built file), by kind. */
function staticImports(of: string): string[] {
  const chunks = path.join(DIST, 'chunks');
  const file = fs.readdirSync(chunks).find((f) => new RegExp(`^${of}-[\\w-]{8}\\.js$`).test(f))!;
  const code = fs.readFileSync(path.join(chunks, file), 'utf8');
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'`]\.\/([\w-]+\.js)["'`]/g)].map(
    (m) => kind(`/element/chunks/${m[1]}`),
  );
}
const editorImports = (): string[] => staticImports('editor');

/** gzip -9 bytes of the served files at `paths`. */
const gzipOf = (paths: string[]): number =>
  paths.reduce(
    (sum, p) =>
      sum + gzipSync(fs.readFileSync(path.join(DIST, p.slice('/element/'.length))), { level: 9 }).length,
    0,
  );

type Ready = { first: string[]; applied: { ok: boolean }; persons: number; early?: string | null };
const ready = async (p: Page): Promise<Ready> => {
  await p.waitForFunction(() => (window as unknown as { __applied?: unknown }).__applied !== undefined);
  return p.evaluate(() => {
    const w = window as unknown as {
      __first: string[];
      __applied: { ok: boolean };
      __persons: number;
      __early?: string | null;
    };
    return { first: w.__first, applied: w.__applied, persons: w.__persons, early: w.__early };
  });
};

/** What the first picture loads: the entry (the element itself), the genogram and the drawing's words. */
const PICTURE = (locale: string) => [
  'genogram',
  'index',
  `locale-${locale}-first`,
  'rolldown-runtime',
  'view-labels',
];

test('the entry holds the element itself: it imports no chunk statically (no round trip before it runs)', () => {
  const entry = fs.readFileSync(path.join(DIST, 'index.js'), 'utf8');
  expect(entry).toMatch(/customElements\.define\(\s*`kring-editor`/);
  expect([
    ...entry.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["'`]\.\/[^"'`]+["'`]/g),
  ]).toEqual([]);
});

for (const [view, url] of [
  ['genogram', '/en.html'],
  ['ecogram', '/ecogram.html'],
] as const)
  test(`${view}: the view's renderer comes with its static imports, asked for with it (no round trip after its chunk); its picture does not wait for the editor's chunk`, async () => {
    const p = await browser.context.newPage();
    const w = await watch(p, server.origin);
    const requested: string[] = [];
    p.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The view's chunk waits until what was asked for with it has been seen; the editor's, until the end.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await p.route(new RegExp(`/element/chunks/${view}-[\\w-]{8}\\.js$`), async (route) => {
      await held;
      await route.continue();
    });
    let releaseEditor!: () => void;
    const editorHeld = new Promise<void>((resolve) => (releaseEditor = resolve));
    await p.route(/\/element\/chunks\/editor-[\w-]{8}\.js$/, async (route) => {
      await editorHeld;
      await route.continue();
    });
    const asked = p.waitForRequest(new RegExp(`/element/chunks/${view}-`));
    await p.goto(`${server.origin}${url}`);
    await asked;
    const before = new Set(requested.map(kind));
    expect(staticImports(view).length).toBeGreaterThan(0);
    for (const chunk of staticImports(view)) expect(before, chunk).toContain(chunk);
    expect(staticImports(view)).not.toContain('editor');
    release();
    // The picture, while the editor's chunk is held back.
    await p.locator('kring-editor .kring-first svg[role="img"]').waitFor();
    releaseEditor();
    expect((await ready(p)).applied.ok).toBe(true);
    await p.close();
    expect(w.problems).toEqual([]);
  });

for (const [locale, other, addPerson] of [
  ['en', 'nl', 'Add person'],
  ['nl', 'en', 'Persoon toevoegen'],
] as const)
  test(`${locale}: the first picture loads the entry, the genogram and the drawing's ${locale} words only, within the ceiling; the editor comes after, editing works at kringready`, async () => {
    const p = await browser.context.newPage();
    const w = await watch(p, server.origin);
    const requested: string[] = [];
    p.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The editor's chunk and the editor's words wait until the first picture is there.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const editorFiles = /\/element\/chunks\/(editor|locale-(nl|en))-[\w-]{8}\.js$/;
    await p.route(editorFiles, async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(`${server.origin}/${locale}.html`);
    await p.locator('kring-editor .kring-first svg[role="img"]').waitFor();
    // What is asked for with the editor's chunk (its static imports beyond the picture's) is the editor's.
    const withEditor = new Set(editorImports().filter((c) => !PICTURE(locale).includes(c)));
    const picture = requested.filter(
      (f) => f.startsWith('/element/') && !editorFiles.test(f) && !withEditor.has(kind(f)),
    );
    expect(picture.map(kind).sort()).toEqual(PICTURE(locale));
    expect(gzipOf(picture)).toBeLessThanOrEqual(CEILINGS.esmFirstView);
    release();

    const at = await ready(p);
    expect(at.applied.ok).toBe(true);
    expect(at.persons).toBe(family().persons.length + 1);
    // The editor, with the person added at kringready.
    await p.getByRole('button', { name: /^Nieuwe, / }).waitFor();
    await p.getByRole('button', { name: addPerson, exact: true }).waitFor();
    const first = at.first.filter((f) => f.startsWith('/element/') && !AFTER_FIRST_PICTURE.test(f));
    expect([...new Set(first.map(kind))].sort()).toEqual(
      [...new Set([...PICTURE(locale), 'editor', ...editorImports(), `locale-${locale}`])].sort(),
    );
    expect(gzipOf([...new Set(first)])).toBeLessThanOrEqual(CEILINGS.esmInteractive);
    const all = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(all.filter((r) => r.includes(`/locale-${other}-`))).toEqual([]);
    await p.close();
    expect(w.problems).toEqual([]);
  });

test('switching the language fetches the other words once; the toolbar follows when they are here', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  await p.goto(`${server.origin}/en.html`);
  await ready(p);
  await p.getByRole('button', { name: 'Add person', exact: true }).waitFor();
  const before = server.requested.length;
  await p.evaluate(() => {
    (document.getElementById('editor') as HTMLElement & { locale: string }).locale = 'nl';
  });
  await p.getByRole('button', { name: 'Persoon toevoegen', exact: true }).waitFor();
  await p.evaluate(() => {
    (document.getElementById('editor') as HTMLElement & { locale: string }).locale = 'en';
  });
  await p.getByRole('button', { name: 'Add person', exact: true }).waitFor();
  // The drawing's words and the editor's, each once.
  expect(
    server.requested
      .slice(before)
      .filter((r) => r.includes('/locale-nl-'))
      .map(kind)
      .sort(),
  ).toEqual(['locale-nl', 'locale-nl-first']);
  await p.close();
  expect(w.problems).toEqual([]);
});

test('mount() in the code-split module: ready resolves once the words are here; api throws before, edits after', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  await p.goto(`${server.origin}/mount.html`);
  const at = await ready(p);
  expect(at.early).toMatch(/await ready before calling api\.getDocument\(\)/);
  expect(at.applied.ok).toBe(true);
  expect(at.persons).toBe(family().persons.length + 1);
  expect(at.first.some((f) => f.includes('/locale-en-'))).toBe(true);
  await p.getByRole('button', { name: 'Add person', exact: true }).waitFor();
  await p.close();
  expect(w.problems).toEqual([]);
});

test('an older document: the migrations chunk loads for it (never for a current one), then the editor reads it', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  const requested: string[] = [];
  p.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await p.goto(`${server.origin}/old.html`);
  await p.waitForFunction(() => (window as unknown as { __version?: number }).__version !== undefined);
  expect(await p.evaluate(() => (window as unknown as { __version: number }).__version)).toBe(2);
  await p.getByRole('button', { name: /^Sophia Jansen, / }).waitFor();
  expect(requested.filter((r) => r.includes('/migrations-chunk-'))).toHaveLength(1);
  // A later current document and the old one again: nothing more to load.
  await p.evaluate(() => (window as unknown as { __current: () => void }).__current());
  await p.getByRole('button', { name: /^Anna, / }).waitFor();
  expect(requested.filter((r) => r.includes('/migrations-chunk-'))).toHaveLength(1);
  await p.close();
  expect(w.problems).toEqual([]);
});

test('an older document: the words of the picture are fetched while the migrations load, not after them', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  // The migrations' chunk is held until the picture's words are asked for (or 5 s have passed).
  let wordsAsked!: () => void;
  const asked = new Promise<void>((resolve) => (wordsAsked = resolve));
  let released = false;
  let beforeMigrations = false;
  p.on('request', (r) => {
    if (!/\/locale-en-first-[\w-]+\.js$/.test(r.url())) return;
    beforeMigrations = !released;
    wordsAsked();
  });
  await p.route(/\/migrations-chunk-[\w-]+\.js$/, async (route) => {
    await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 5000))]);
    released = true;
    await route.continue();
  });
  await p.goto(`${server.origin}/old.html`);
  await p.getByRole('button', { name: /^Sophia Jansen, / }).waitFor();
  expect(beforeMigrations).toBe(true);
  await p.close();
  expect(w.problems).toEqual([]);
});

test('mount() with an older document starts once the migrations are here; update() takes documents of both kinds', async () => {
  const p = await browser.context.newPage();
  const w = await watch(p, server.origin);
  await p.goto(`${server.origin}/mount-old.html`);
  await p.waitForFunction(() => (window as unknown as { __version?: number }).__version !== undefined);
  expect(await p.evaluate(() => (window as unknown as { __version: number }).__version)).toBe(2);
  await p.getByRole('button', { name: /^Sophia Jansen, / }).waitFor();
  await p.evaluate(() => (window as unknown as { __next: () => void }).__next());
  await p.getByRole('button', { name: /^Anna, / }).waitFor();
  await p.evaluate(() => (window as unknown as { __back: () => void }).__back());
  await p.getByRole('button', { name: /^Sophia Jansen, / }).waitFor();
  await p.close();
  expect(w.problems).toEqual([]);
});
