/**
 * The built `<kring-editor>` under the strict CSP, fed 25 kinds of garbage as its `document` (and bad JSON
 * as its attribute): never an exception or console error in the page, always the reader's problems in an
 * alert, a `kringerror` event with the previous document, nothing drawn; a valid document draws again.
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

interface ErrorEvent {
  type: 'kringerror';
  detail: {
    reason: string;
    problems: { severity: string; path: (string | number)[]; message: { key: string } }[];
    previous: { persons: { id: string }[] } | null;
  };
}

/** What the element shows and has sent, read in one go. */
function state(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('kring-editor')!.shadowRoot!;
    const events = (window as unknown as { __events: { type: string }[] }).__events;
    return {
      alert: root.querySelector('[role="alert"]')?.textContent ?? null,
      nodes: root.querySelectorAll('.kring-node').length,
      canvases: root.querySelectorAll('svg').length,
      events: events.length,
      last: events.at(-1),
      polluted: ({} as Record<string, unknown>)['polluted'] ?? null,
    };
  });
}

const assign = (page: Page, kind: string) =>
  page.evaluate((k) => (window as unknown as { __assign(k: string): string | null }).__assign(k), kind);

test('25 kinds of garbage: no exception, an alert with the reader’s problems, kringerror, nothing drawn', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/errors.html`);
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();
  const kinds = await page.evaluate(() => (window as unknown as { __kinds: string[] }).__kinds);
  expect(kinds).toHaveLength(25);

  const reasons: Record<string, string> = {};
  for (const kind of kinds) {
    const before = (await state(page)).events;
    expect(await assign(page, kind), kind).toBeNull();
    await expect.poll(async () => (await state(page)).alert, { message: kind }).not.toBeNull();
    const s = await state(page);
    expect(s.nodes, kind).toBe(0);
    expect(s.canvases, kind).toBe(0);
    expect(s.polluted, kind).toBeNull();
    expect(s.alert, kind).toMatch(/^This map cannot be shown/);
    expect(s.events, kind).toBe(before + 1);
    const event = s.last as ErrorEvent;
    expect(event.type, kind).toBe('kringerror');
    expect(event.detail.problems.length, kind).toBeGreaterThan(0);
    expect(event.detail.problems.every((p) => p.severity === 'error' || p.severity === 'warning')).toBe(true);
    // The problems' messages are shown, translated (a key would show as itself).
    expect(s.alert, kind).not.toMatch(/\bread\.[a-zA-Z]+/);
    expect(
      event.detail.previous?.persons.map((p) => p.id),
      kind,
    ).toContain('p-anna');
    reasons[kind] = event.detail.reason;

    // A valid document draws again and ends the error.
    expect(await assign(page, 'valid'), kind).toBeNull();
    await page.getByRole('button', { name: 'Anna, person' }).waitFor();
    expect((await state(page)).alert, kind).toBeNull();
  }
  expect(reasons).toEqual({
    null: 'notKring',
    undefined: 'notKring',
    number: 'notKring',
    NaN: 'notKring',
    boolean: 'notKring',
    array: 'notKring',
    'text that is not JSON': 'syntax',
    'empty text': 'syntax',
    'JSON of the wrong shape': 'notKring',
    'JSON text of a list': 'notKring',
    'object of the wrong shape': 'invalid',
    'a newer version': 'tooNew',
    'broken references': 'invalid',
    'a huge string': 'tooLarge',
    'deeply nested JSON': 'unsafe',
    '__proto__ key': 'unsafe',
    'constructor.prototype': 'unsafe',
    'cyclic object': 'unsafe',
    'getter that throws': 'unsafe',
    'Proxy whose traps throw': 'unsafe',
    Symbol: 'notKring',
    function: 'notKring',
    BigInt: 'notKring',
    Date: 'notKring',
    Map: 'notKring',
  });
  expect(w.problems).toEqual([]);
  await page.close();
});

test('the previous document recovers the edits; JSON text, a minimal document and the attribute are read', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/errors.html`);
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();

  // Garbage is shown as an error, and the host recovers the edited document from kringerror: undo still works.
  expect(await assign(page, 'a newer version')).toBeNull();
  await page.getByRole('alert').waitFor();
  expect(await assign(page, 'valid')).toBeNull();
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();
  await page.getByRole('button', { name: 'Anna, person' }).click();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Anna, person' }).waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const el = document.querySelector('kring-editor') as HTMLElement & { document: unknown };
    el.addEventListener(
      'kringerror',
      (e) => (el.document = (e as CustomEvent<{ previous: unknown }>).detail.previous),
      { once: true },
    );
    el.document = Symbol('garbage');
  });
  await page.getByRole('button', { name: 'Bram, person' }).waitFor();
  expect((await state(page)).alert).toBeNull();
  expect(await page.getByRole('button', { name: 'Anna, person' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Bram, person' }).click();
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();

  // A valid minimal document without options (it used to throw a TypeError), as a value and as JSON text.
  const minimal = {
    format: 'kring',
    version: 2,
    focus: 'p-ada',
    persons: [{ id: 'p-ada', name: 'Ada', gender: 'woman' }],
  };
  await page.evaluate((m) => {
    (document.querySelector('kring-editor') as HTMLElement & { document: unknown }).document = m;
  }, minimal);
  await page.getByRole('button', { name: /^Ada, person/ }).waitFor();
  await page.evaluate((m) => {
    (document.querySelector('kring-editor') as HTMLElement & { document: unknown }).document = JSON.stringify(
      {
        ...m,
        persons: [{ id: 'p-ada', name: 'Ada Lovelace', gender: 'woman' }],
      },
    );
  }, minimal);
  await page.getByRole('button', { name: /^Ada Lovelace, person/ }).waitFor();

  // The attribute: bad JSON is an error in the element, not an exception from Svelte's JSON.parse.
  await page.evaluate(() => document.querySelector('kring-editor')!.setAttribute('document', '{"format":'));
  await expect.poll(async () => (await state(page)).alert).toMatch(/This is not valid JSON/);
  await page.evaluate((m) => {
    document.querySelector('kring-editor')!.setAttribute('document', JSON.stringify(m));
  }, minimal);
  await page.getByRole('button', { name: /^Ada, person/ }).waitFor();
  expect(w.problems).toEqual([]);
  await page.close();
});

test('the error panel has no axe violations, in English and in Dutch', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/errors.html`);
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();
  await page.addScriptTag({ url: '/axe.js' });
  for (const locale of ['en', 'nl']) {
    await page.evaluate((l) => document.querySelector('kring-editor')!.setAttribute('locale', l), locale);
    expect(await assign(page, 'broken references')).toBeNull();
    await page.getByRole('alert').waitFor();
    const { violations, checked } = await page.evaluate(async () => {
      type Nodes = { nodes: { target: unknown[] }[] }[];
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{ violations: ({ id: string } & Nodes[number])[]; passes: Nodes }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return {
        violations: result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        // axe reached into the shadow root: nodes of the panel are among those that passed.
        checked: result.passes.some((p) =>
          p.nodes.some((n) => JSON.stringify(n.target).includes('kring-document-error')),
        ),
      };
    });
    expect(violations, locale).toEqual([]);
    expect(checked, locale).toBe(true);
    await page.screenshot({ path: `test-results/e2e-element-error-${locale}.png` });
    expect(await assign(page, 'valid')).toBeNull();
    await page.getByRole('button', { name: /^Anna, / }).waitFor();
    expect((await state(page)).alert).toBeNull();
  }
  expect(w.problems).toEqual([]);
  await page.close();
});

test('garbage in the other properties and attributes never throws; the editor keeps working', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/errors.html`);
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();
  const thrown = await page.evaluate(async () => {
    const el = document.querySelector('kring-editor') as HTMLElement & Record<string, unknown>;
    const boom = () => {
      throw new Error('boom from the host');
    };
    const values: unknown[] = [
      null,
      undefined,
      42,
      'bogus',
      Symbol('x'),
      10n,
      () => 1,
      { 'ui.toolbar.undo': 42 },
      new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom }),
    ];
    const out: string[] = [];
    for (const name of ['view', 'locale', 'readonly', 'pseudonymise', 'messages', 'panels'])
      for (const value of values) {
        try {
          el[name] = value;
          await new Promise((resolve) => setTimeout(resolve, 0));
        } catch (e) {
          out.push(`${name} = ${String(typeof value)}: ${String(e)}`);
        }
      }
    for (const [name, value] of [
      ['view', 'bogus'],
      ['locale', 'xx'],
      ['messages', '{"ui.toolbar.undo":'],
      ['document', '{"format":"kring","version":1,"focus":"p-tilda","persons":['],
    ])
      try {
        el.setAttribute(name!, value!);
        await new Promise((resolve) => setTimeout(resolve, 0));
      } catch (e) {
        out.push(`attribute ${name}: ${String(e)}`);
      }
    return out;
  });
  expect(thrown).toEqual([]);
  // Back to a valid state: the editor works as before.
  await page.evaluate(() => {
    const el = document.querySelector('kring-editor') as HTMLElement & Record<string, unknown>;
    el.readonly = false;
    el.pseudonymise = false;
    el.panels = true;
    el.locale = 'en';
    el.view = 'ecogram';
    el.messages = { 'ui.toolbar.undo': 'Take back' };
    el.document = (window as unknown as { __valid: unknown }).__valid;
  });
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();
  await page.getByRole('button', { name: 'Take back' }).waitFor();
  expect(await page.evaluate(() => document.querySelector('kring-editor')!.getAttribute('view'))).toBe(
    'ecogram',
  );
  await page.evaluate(() =>
    document.querySelector('kring-editor')!.setAttribute('messages', '{"ui.toolbar.undo":"Back"}'),
  );
  await page.getByRole('button', { name: 'Back', exact: true }).waitFor();
  expect(w.problems).toEqual([]);
  await page.close();
});
