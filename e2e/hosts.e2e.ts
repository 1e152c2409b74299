/**
 * `<kring-editor>` in the host pages of e2e/hosts/ — plain HTML, React 19, Vue 3 (precompiled single-file
 * components) and Angular (AOT) — each built for production by `vite build` with its own config, loading
 * the element from the built package (run `pnpm build:element` first), and served under the strict CSP of
 * docs/embedding.md (no 'unsafe-eval', no inline scripts). In each: the page passes a document object and
 * a locale as properties and listens to `kringready` (calling the API), `kringchange` and `kringerror`; the
 * test edits, switches the locale and breaks the document through the framework's own state, and calls
 * `el.api`. Fails on any CSP violation, console error or warning, page error or foreign request. The React,
 * Vue and Angular sources are also type-checked against the element's typings (tsc with its React 19 JSX
 * typings, vue-tsc with its Vue template typings, ngc with Angular's strict templates), so a wrong property
 * name or event detail fails here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watch, type Browser } from './lib/browser.js';
import { serve, type Route } from './lib/server.js';
import { STRICT_CSP } from './pages/pages.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const HOSTS = ['plain', 'react', 'vue', 'angular'] as const;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let tmp: string;
let browser: Browser;

/** The environment without vitest's and pnpm's variables (a plugin that sees VITEST builds for tests). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_|^pnpm_|^NODE_OPTIONS$|^VITEST|^TEST$|^NODE_ENV$/i.test(key)) env[key] = value;
  return env;
}

function routes(dist: string): Record<string, Route> {
  const out: Record<string, Route> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else
        out[`/${path.relative(dist, file).split(path.sep).join('/')}`] = {
          body: fs.readFileSync(file),
          type: TYPES[path.extname(file)] ?? 'application/octet-stream',
        };
    }
  };
  walk(dist);
  out['/'] = out['/index.html']!;
  return out;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-hosts-'));
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  for (const host of HOSTS)
    execFileSync('node', [vite, 'build', `e2e/hosts/${host}`, '--outDir', path.join(tmp, host)], {
      cwd: ROOT,
      env: cleanEnv(),
      stdio: 'pipe',
    });
}, 240_000);

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test.each(HOSTS)('%s host page, built for production, under the strict CSP', async (host) => {
  const dist = path.join(tmp, host);
  // No runtime template compiler and no JIT: nothing in the built page evaluates code from strings.
  for (const file of fs.readdirSync(path.join(dist, 'assets')))
    expect(fs.readFileSync(path.join(dist, 'assets', file), 'utf8'), file).not.toMatch(/\bnew Function\(/);
  const server = await serve(routes(dist), { 'content-security-policy': STRICT_CSP });
  const page = await browser.context.newPage();
  try {
    const w = await watch(page, server.origin);
    const events = () => page.evaluate(() => (window as unknown as { __events: string[] }).__events);
    await page.goto(`${server.origin}/`);
    // The document object reached the element as a property: its persons are drawn.
    const anna = page.getByRole('button', { name: 'Anna, person' });
    await anna.waitFor();
    await expect.poll(events).toContain('kringready');

    // el.api and el.ready, from the page.
    const api = await page.evaluate(async () => {
      const el = document.querySelector('kring-editor') as unknown as {
        ready: Promise<unknown>;
        api: { getDocument(): { persons: unknown[] }; exportSvg(): string };
        document: unknown;
      };
      return {
        same: (await el.ready) === el.api,
        persons: el.api.getDocument().persons.length,
        svg: el.api.exportSvg().includes('Anna'),
      };
    });
    expect(api).toEqual({ same: true, persons: 3, svg: true });

    // The inspector, a lazily loaded chunk of the element, shows the selection.
    await anna.click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Anna');

    // An edit: kringchange, and the host's save() called from its listener.
    await anna.click();
    await page.keyboard.press('Delete');
    await expect.poll(events).toContain('save 2');
    expect(await events()).toContain('kringchange');

    // A property changed by the framework's state: the locale.
    await page.locator('#nl').click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
    expect(
      await page.evaluate(() => {
        const el = document.querySelector('kring-editor') as unknown as { locale: string };
        return [el.locale, document.querySelector('kring-editor')!.getAttribute('locale')];
      }),
    ).toEqual(['nl', 'nl']);

    // A document the reader refuses, from the framework's state: kringerror and the host's report().
    await page.locator('#break').click();
    await expect.poll(events).toContain('report true');
    expect(await events()).toContain('kringerror');
    await page.getByRole('alert').waitFor();

    await page.screenshot({ path: `test-results/e2e-host-${host}.png` });
    expect(w.problems).toEqual([]);
    expect(server.requested.every((p) => p === '/' || p.startsWith('/assets/'))).toBe(true);
  } finally {
    await page.close();
    await server.close();
  }
});

/** Runs a type checker of e2e/hosts/node_modules on a host's tsconfig; its exit status and output. */
function typecheck(bin: string, tsconfig: string): { ok: boolean; output: string } {
  try {
    execFileSync('node', [path.join(ROOT, 'e2e/hosts/node_modules', bin), '-p', tsconfig], {
      cwd: path.join(ROOT, 'e2e/hosts'),
      env: cleanEnv(),
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output: '' };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

function requireDeclarations(): void {
  const element = path.join(ROOT, 'packages/svelte/dist/element.d.ts');
  if (!fs.existsSync(element)) throw new Error(`${element} is missing: run pnpm build:packages first`);
}

test('the React and Vue host sources type-check against the element’s typings (tsc, vue-tsc)', () => {
  // Each host's tsconfig.json resolves @kring/svelte/element to the built declarations and @kring/svelte/react
  // or /vue to the typings the package ships; its typings-check file holds what they must refuse.
  requireDeclarations();
  const bins = { react: 'typescript/bin/tsc', vue: 'vue-tsc/bin/vue-tsc.js' };
  for (const [host, bin] of Object.entries(bins)) {
    const { ok, output } = typecheck(bin, `${host}/tsconfig.json`);
    if (!ok) expect.fail(`${host} host does not type-check:\n${output}`);
  }
}, 180_000);

test('the Angular host type-checks against the element’s typings (ngc, strict templates) and refuses what it must', () => {
  // angular/tsconfig.check.json: the host page and typings-check.ts under strict TypeScript and Angular's
  // strictTemplates, with @kring/svelte/element resolved to the built declarations. A template cannot hold
  // an @ts-expect-error, so ngc must fail with an error on the line after each "refused" comment of
  // typings-check.ts (an event's `$event`, typed through HTMLElementTagNameMap['kring-editor'], or an input of
  // KringMap, typed as the element's property) and on no other line.
  requireDeclarations();
  const { ok, output } = typecheck(
    '@angular/compiler-cli/bundles/src/bin/ngc.js',
    'angular/tsconfig.check.json',
  );
  expect(ok, output).toBe(false);
  const plain = stripVTControlCharacters(output);
  const errors = [...plain.matchAll(/^(\S+):(\d+):\d+ - error/gm)].map(([, file, line]) => `${file}:${line}`);
  const source = fs
    .readFileSync(path.join(ROOT, 'e2e/hosts/angular/src/typings-check.ts'), 'utf8')
    .split('\n');
  const refused = source.flatMap((text, i) =>
    /^\s*<!-- refused:/.test(text) ? [`src/typings-check.ts:${i + 2}`] : [],
  );
  expect(refused.length).toBeGreaterThanOrEqual(5);
  expect([...new Set(errors)], plain).toEqual(refused);
}, 180_000);

test('docs/embedding.md shows each host page’s example as it is, in at most 10 lines', () => {
  const docs = fs.readFileSync(path.join(ROOT, 'docs/embedding.md'), 'utf8');
  for (const file of [
    'plain/main.js',
    'react/src/KringMap.tsx',
    'vue/src/KringMap.vue',
    'angular/src/kring-map.ts',
  ]) {
    const example = fs.readFileSync(path.join(ROOT, 'e2e/hosts', file), 'utf8');
    expect(example.trimEnd().split('\n').length, file).toBeLessThanOrEqual(10);
    expect(docs, file).toContain(example);
  }
});
