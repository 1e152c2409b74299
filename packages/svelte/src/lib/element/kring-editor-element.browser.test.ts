/**
 * The plain `<kring-editor>` class (kring-editor-element.ts) where the editor is at hand (as in the single
 * file: no first picture): properties and attributes with their guards and reflection, `kringready` in the
 * microtask after connecting with `el.api` working, `el.ready`, the edited document read back, a move that
 * keeps the editor, and a removal and re-insertion that starts a new one with the edits; `el.api` and
 * `el.ready` while the element is out of the page; the editor styled inside the shadow root, its sizes
 * settling (no ResizeObserver loop).
 */
import { afterEach, expect, test } from 'vitest';
import type { KringDocument } from '@kring/core';
import '../../element.js';
import { family } from '../state/test-fixtures.js';
import { expectInvalidState, thrown } from '../test-support/invalid-state.js';

afterEach(() => document.body.replaceChildren());

function element(): HTMLElementTagNameMap['kring-editor'] {
  const el = document.createElement('kring-editor');
  el.style.cssText = 'width: 1000px; height: 600px;';
  return el;
}

test('attributes in, reflected properties out; values of the wrong type fall back instead of throwing', async () => {
  const el = element();
  el.setAttribute('readonly', '');
  el.setAttribute('locale', 'en');
  el.setAttribute('id-tag', 'k7q2m');
  el.setAttribute('messages', '{"ui.toolbar.addPerson":"Nieuw","n":3}');
  expect(el.readonly).toBe(true);
  expect(el.locale).toBe('en');
  expect(el.idTag).toBe('k7q2m');
  expect(el.messages).toEqual({ 'ui.toolbar.addPerson': 'Nieuw' });
  expect(el.panels).toBe(true);
  el.view = 'sociogram';
  // Reflected from the connection on (an upgrading constructor may not add attributes).
  expect(el.hasAttribute('view')).toBe(false);
  document.body.append(el);
  await el.ready;
  expect(el.getAttribute('view')).toBe('sociogram');
  expect(el.getAttribute('locale')).toBe('en');
  el.view = 'mindmap' as never;
  expect(el.view).toBe('genogram');
  el.readonly = false;
  expect(el.hasAttribute('readonly')).toBe(false);
  el.pseudonymise = 'yes' as never;
  expect(el.pseudonymise).toBe(true);
  expect(el.getAttribute('pseudonymise')).toBe('');
  el.locale = 42 as never;
  expect(el.locale).toBe('nl');
  el.messages = '{not json';
  expect(el.messages).toBeUndefined();
  el.panels = false;
  expect(el.panels).toBe(false);
});

test('kringready in the microtask after connecting, api working; the edited document reads back; a move keeps the editor', async () => {
  const el = element();
  el.locale = 'en';
  el.document = family();
  const log: string[] = [];
  document.body.append(el);
  el.addEventListener('kringready', (e) =>
    log.push(`kringready ${e.detail.api.getDocument().persons.length}`),
  );
  queueMicrotask(() => log.push('host microtask'));
  await el.ready;
  expect(log).toEqual(['kringready 4', 'host microtask']);
  expect(el.getAttribute('view')).toBe('genogram');
  expect(el.shadowRoot!.querySelector('.kring-editor')!.getAttribute('lang')).toBe('en');

  const result = el.api.apply({
    type: 'person.add',
    person: { id: 'p-new', name: 'Nieuwe', gender: 'unknown' },
  });
  expect(result.ok).toBe(true);
  expect((el.document as KringDocument).persons.map((p) => p.id)).toContain('p-new');

  // A move within the page (same task) keeps the editor: no second start.
  const other = document.createElement('div');
  document.body.append(other);
  other.append(el);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(log.filter((l) => l.startsWith('kringready'))).toHaveLength(1);
  expect(el.api.getDocument().persons.map((p) => p.id)).toContain('p-new');

  // Removed: the editor goes; back in the page: a new editor with the edited document, kringready again.
  el.remove();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(el.shadowRoot!.querySelector('.kring-editor')).toBeNull();
  document.body.append(el);
  await expect.poll(() => log.filter((l) => l.startsWith('kringready')).length).toBe(2);
  expect(log.at(-1)).toBe('kringready 5');
});

test('an attribute set after the start reaches the editor; the editor’s own view change reflects', async () => {
  const el = element();
  el.document = family();
  document.body.append(el);
  const api = await el.ready;
  el.setAttribute('locale', 'en');
  expect(el.shadowRoot!.querySelector('.kring-editor')!.getAttribute('lang')).toBe('en');
  (
    [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'ecogram',
    ) as HTMLElement
  ).click();
  await expect.poll(() => el.getAttribute('view')).toBe('ecogram');
  expect(el.view).toBe('ecogram');
  expect(api.getDocument().persons).toHaveLength(4);
});

test('before the editor starts, el.api has exactly its methods: select and fit are remembered, the others throw InvalidStateError', async () => {
  const el = element();
  el.document = family();
  document.body.append(el);
  // The same task as the connection: the editor starts in the next microtask.
  const api = el.api as unknown as Record<string, unknown>;
  expect(Object.keys(api).sort()).toEqual(
    ['apply', 'exportSvg', 'fit', 'getDocument', 'getHighlight', 'redo', 'select', 'undo'].sort(),
  );
  // A method the API does not have is not there (no "not started" error for a name that never works).
  expect(api.load).toBeUndefined();
  expect('load' in api).toBe(false);
  expect(api.then).toBeUndefined();
  expectInvalidState(
    [
      () => el.api.getDocument(),
      () => el.api.undo(),
      () => el.api.apply({ type: 'person.add', person: { id: 'p-x', name: 'X', gender: 'unknown' } }),
      () => el.api.exportSvg(),
    ],
    /has not started yet.*await el\.ready/,
  );
  el.api.select(['p-cor']);
  el.api.select(['p-anna', 'p-bram']);
  expect(el.api.fit()).toBeUndefined();
  const selected: string[][] = [];
  el.addEventListener('kringselectionchange', (e) => selected.push(e.detail.ids));
  let atReady: string[] | undefined;
  el.addEventListener('kringready', () => (atReady = [...selected.flat()]));
  await el.ready;
  // The last selection, made before kringready.
  expect(atReady).toEqual(['p-anna', 'p-bram']);
  expect(el.api.getDocument().persons).toHaveLength(4);
});

/** The DOMException a call throws (or undefined). */
/** After the microtask in which a removed element lets its editor go. */
const afterMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

test('out of the page, el.api calls no removed editor: select and fit wait for the next, getDocument answers the edited document, the others throw InvalidStateError; el.ready waits for the next editor', async () => {
  const el = element();
  el.document = family();
  document.body.append(el);
  const started = el.ready;
  expect(await started).toBe(el.api);
  // While the editor runs, el.ready is one settled Promise.
  expect(el.ready).toBe(started);
  expect(
    el.api.apply({ type: 'person.add', person: { id: 'p-new', name: 'Nieuwe', gender: 'unknown' } }).ok,
  ).toBe(true);

  el.remove();
  await afterMicrotasks();
  expect(el.shadowRoot!.querySelector('.kring-editor')).toBeNull();
  expectInvalidState(
    [
      () => el.api.apply({ type: 'person.add', person: { id: 'p-x', name: 'X', gender: 'unknown' } }),
      () => el.api.undo(),
      () => el.api.redo(),
      () => el.api.exportSvg(),
      () => el.api.getHighlight(),
    ],
    /not in the page.*connect it and await el\.ready/,
  );
  // The document with every edit (a host saving after its framework took the element out).
  expect(el.api.getDocument().persons.map((p) => p.id)).toEqual([
    'p-tilda',
    'p-anna',
    'p-bram',
    'p-cor',
    'p-new',
  ]);
  // el.ready is a new Promise, settled only by the next editor.
  const next = el.ready;
  expect(next).not.toBe(started);
  let settled = false;
  void next.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(settled).toBe(false);
  el.api.select(['p-cor']);
  el.api.select(['p-new']);
  expect(el.api.fit()).toBeUndefined();

  const selected: string[][] = [];
  el.addEventListener('kringselectionchange', (e) => selected.push(e.detail.ids));
  let atReady: string[] | undefined;
  el.addEventListener('kringready', () => (atReady = selected.flat()));
  document.body.append(el);
  expect(await next).toBe(el.api);
  // The selection made while out, on the next editor before its kringready.
  expect(atReady).toEqual(['p-new']);
  // A working editor with the document and its edits.
  expect(el.api.getDocument().persons).toHaveLength(5);
  expect(el.shadowRoot!.querySelector('[data-node-id="p-new"]')).not.toBeNull();
  expect(
    el.api.apply({ type: 'person.add', person: { id: 'p-two', name: 'Twee', gender: 'unknown' } }).ok,
  ).toBe(true);
  await expect.poll(() => el.shadowRoot!.querySelector('[data-node-id="p-two"]')).not.toBeNull();
  expect((el.document as KringDocument).persons).toHaveLength(6);
});

test('a document set while out of the page: getDocument no longer answers the old one, the next editor shows it', async () => {
  const el = element();
  el.document = family();
  document.body.append(el);
  await el.ready;
  el.remove();
  await afterMicrotasks();
  expect(el.api.getDocument().persons).toHaveLength(4);
  const other = family();
  other.persons = other.persons.filter((p) => p.id !== 'p-cor');
  other.ties = other.ties.filter((t) => t.to !== 'p-cor');
  el.document = other;
  expect(thrown(() => el.api.getDocument())?.name).toBe('InvalidStateError');
  document.body.append(el);
  const api = await el.ready;
  expect(api.getDocument().persons.map((p) => p.id)).toEqual(['p-tilda', 'p-anna', 'p-bram']);
});

test('an element never connected: el.api says to connect it', () => {
  const el = element();
  el.document = family();
  const error = thrown(() => el.api.getDocument());
  expect(error?.name).toBe('InvalidStateError');
  expect(error?.message).toMatch(/not in the page.*connect it and await el\.ready/);
});

/** Resolves after `n` frames (the size observers deliver once per frame). */
async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

test('the editor is styled inside the shadow root and sizes settle: no "ResizeObserver loop" on start, move and reconnection', async () => {
  // The editor's size bindings (canvas, toolbar) are ResizeObservers. Without its styles in the shadow root
  // the canvas box's height came from the inline SVG sized to it plus the line's descent: 4 px more every
  // frame, and Chromium reported "ResizeObserver loop completed with undelivered notifications" each time.
  const loops: string[] = [];
  const listen = (e: ErrorEvent) => {
    if (/ResizeObserver/.test(e.message)) loops.push(e.message);
  };
  window.addEventListener('error', listen);
  try {
    const el = element();
    el.document = family();
    document.body.append(el);
    await el.ready;
    await frames(6);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.kring-canvas-box')!;
    expect(getComputedStyle(box).position).toBe('absolute');
    const height = box.clientHeight;
    expect(height).toBeGreaterThan(300);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await frames(6);
    el.remove();
    await afterMicrotasks();
    document.body.append(el);
    await el.ready;
    await frames(6);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.kring-canvas-box')!.clientHeight).toBe(height);
    expect(loops).toEqual([]);
  } finally {
    window.removeEventListener('error', listen);
  }
});
