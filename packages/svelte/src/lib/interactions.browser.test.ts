/** The editor's interactions in a real browser: pointer gestures, keyboard-only flows, views, read-only, locale. */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import type { KringDocument } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';
import type { ChangeDetail } from './state/editor-state.svelte.js';
import { family } from './state/test-fixtures.js';

function host() {
  const div = document.createElement('div');
  div.style.cssText = 'width: 1000px; height: 640px;';
  document.body.append(div);
  return div;
}

async function setup(props: Record<string, unknown> = {}) {
  // The host is 1000 px wide: make the test frame wider so every symbol is inside the viewport to click.
  await page.viewport(1100, 720);
  const changes: { doc: KringDocument; detail: ChangeDetail }[] = [];
  let api: KringEditorApi | undefined;
  const target = host();
  const screen = await render(KringEditor, {
    target,
    props: {
      initialDocument: family(),
      locale: 'en',
      panels: false,
      onchange: (doc: KringDocument, detail: ChangeDetail) => changes.push({ doc, detail }),
      onready: (a: KringEditorApi) => (api = a),
      ...props,
    },
  });
  const last = () => changes.at(-1)!.doc;
  return { screen, changes, last, api: () => api!, target };
}

function centre(el: Element) {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

function pointer(type: string, x: number, y: number, init: PointerEventInit = {}) {
  const svg = document.querySelector('svg.kring-canvas')!;
  svg.dispatchEvent(
    new PointerEvent(type, { clientX: x, clientY: y, button: 0, pointerId: 7, bubbles: true, ...init }),
  );
}

function symbol(id: string) {
  return document.querySelector(`[data-node-id="${id}"]`)!;
}

async function frame() {
  await new Promise((r) => requestAnimationFrame(() => r(null)));
}

test('dragging a node moves only its symbol while dragging and pins it on release as one undo step', async () => {
  const { changes, last } = await setup();
  const start = centre(symbol('p-bram'));
  pointer('pointerdown', start.x, start.y);
  for (let i = 1; i <= 5; i++) {
    pointer('pointermove', start.x + i * 10, start.y + i * 4);
    await frame();
  }
  expect(symbol('p-bram').getAttribute('transform')).toMatch(/^translate\(/);
  expect(changes).toHaveLength(0);
  pointer('pointerup', start.x + 50, start.y + 20);
  await frame();
  expect(changes).toHaveLength(1);
  expect(changes[0]!.detail.source).toBe('user');
  expect(last().layouts.genogram?.positions?.['p-bram']).toBeDefined();
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(changes.at(-1)!.detail.source).toBe('undo');
  expect(last().layouts.genogram?.positions?.['p-bram']).toBeUndefined();
});

test('Escape during a drag cancels it without a change', async () => {
  const { changes } = await setup();
  const start = centre(symbol('p-bram'));
  pointer('pointerdown', start.x, start.y);
  pointer('pointermove', start.x + 40, start.y);
  await frame();
  await userEvent.keyboard('{Escape}');
  pointer('pointerup', start.x + 40, start.y);
  await frame();
  expect(changes).toHaveLength(0);
  expect(symbol('p-bram').getAttribute('transform')).toBeNull();
});

test('keyboard only: Tab selects a symbol, G and arrows move it, M adds a partner, ? lists the shortcuts', async () => {
  const { screen, last, changes } = await setup();
  await userEvent.tab();
  let guard = 0;
  while (!(document.activeElement as Element | null)?.hasAttribute('data-node-id') && guard++ < 40)
    await userEvent.tab();
  const focused = document.activeElement!;
  const id = focused.getAttribute('data-node-id')!;
  expect(focused.getAttribute('aria-pressed')).toBe('true');
  await userEvent.keyboard('g{ArrowRight}');
  const first = last().layouts.genogram!.positions![id]!;
  await userEvent.keyboard('{ArrowRight}{Enter}');
  expect(last().layouts.genogram!.positions![id]!.x).toBe(first.x + 10);
  const before = last().persons.length;
  if (last().persons.some((p) => p.id === id)) {
    await userEvent.keyboard('m');
    expect(last().persons).toHaveLength(before + 1);
    const name = last().persons.at(-1)!.name;
    expect(name).toMatch(/^Partner of /);
    await expect.element(screen.getByRole('status')).toHaveTextContent(`Added: ${name}`);
    // The keyboard follows the new symbol, so arrows move it and Enter edits it.
    const added = last().persons.at(-1)!.id;
    await expect.poll(() => document.activeElement?.getAttribute('data-node-id')).toBe(added);
  }
  expect(changes.every((c) => c.detail.source === 'user')).toBe(true);
  await userEvent.keyboard('?');
  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect.element(dialog).toBeVisible();
  await expect.element(dialog).toHaveTextContent('delete the selection with what depends on it');
  await userEvent.keyboard('{Escape}');
  await expect.element(dialog).not.toBeInTheDocument();
});

test('genogram context buttons add a child of a couple under their partnership, in one undo step', async () => {
  const { screen, last, changes } = await setup();
  await screen.getByRole('button', { name: 'Anna, person' }).click();
  await screen.getByRole('button', { name: 'Add child' }).click();
  const child = last().persons.at(-1)!;
  expect(child.name).toBe('Child of Anna');
  expect(
    last()
      .parentChild.filter((l) => l.child === child.id)
      .map((l) => [l.parent, l.partnership]),
  ).toEqual([
    ['p-anna', 'pt-ab'],
    ['p-bram', 'pt-ab'],
  ]);
  expect(changes).toHaveLength(1);
  await screen.getByRole('button', { name: 'Undo' }).click();
  expect(last().persons.some((p) => p.id === child.id)).toBe(false);
});

test('shift-drag on the empty canvas selects every symbol in the rectangle', async () => {
  const selections: string[][] = [];
  await setup({ onselectionchange: (ids: string[]) => selections.push(ids) });
  const a = symbol('p-anna').getBoundingClientRect();
  const b = symbol('p-bram').getBoundingClientRect();
  pointer('pointerdown', Math.min(a.left, b.left) - 15, Math.min(a.top, b.top) - 15, { shiftKey: true });
  pointer('pointermove', Math.max(a.right, b.right) + 15, Math.max(a.bottom, b.bottom) + 15);
  await frame();
  pointer('pointerup', Math.max(a.right, b.right) + 15, Math.max(a.bottom, b.bottom) + 15);
  expect([...selections.at(-1)!].sort()).toEqual(['p-anna', 'p-bram']);
});

test('switching view keeps the document and the selection', async () => {
  const { screen } = await setup();
  await screen.getByRole('button', { name: 'Anna, person' }).click();
  await screen.getByRole('button', { name: 'sociogram' }).click();
  await expect
    .element(screen.getByRole('button', { name: 'Anna, person' }))
    .toHaveAttribute('aria-pressed', 'true');
  await expect.element(screen.getByRole('button', { name: 'De Regenboog, organisation' })).toBeVisible();
  await screen.getByRole('button', { name: 'genogram' }).click();
  await expect
    .element(screen.getByRole('button', { name: 'Anna, person' }))
    .toHaveAttribute('aria-pressed', 'true');
});

test('sociogram: dropping an alter into another ring and sector sets both on its tie, in one step', async () => {
  const { last, changes } = await setup({ view: 'sociogram' });
  const focus = centre(symbol('p-tilda'));
  const cor = centre(symbol('p-cor'));
  // Ring 2 of family → towards "friends" (to the right of the focus) and out to ring 3.
  const rings = [...document.querySelectorAll('svg.kring-canvas circle')]
    .map((c) => c.getBoundingClientRect().width / 2)
    .sort((x, y) => x - y);
  const outer = rings.at(-1)!;
  pointer('pointerdown', cor.x, cor.y);
  pointer('pointermove', cor.x + 5, cor.y + 5);
  await frame();
  const target = { x: focus.x + outer * 0.85, y: focus.y + 2 };
  pointer('pointermove', target.x, target.y);
  await frame();
  pointer('pointerup', target.x, target.y);
  expect(changes).toHaveLength(1);
  const tie = last().ties.find((t) => t.id === 't-cor')!;
  expect(tie.sector).toBe('friends');
  expect(tie.ring).toBe(3);
});

test('ecogram: a tie from the menu, and by Alt-drag from one symbol to another', async () => {
  const { screen, last } = await setup({ view: 'ecogram' });
  await screen.getByRole('button', { name: 'Anna, person' }).click();
  await screen.getByRole('combobox', { name: 'Tie to' }).selectOptions('Cor');
  await screen.getByRole('button', { name: 'Add', exact: true }).click();
  expect(last().ties.some((t) => t.from === 'p-anna' && t.to === 'p-cor')).toBe(true);
  const from = centre(symbol('o-school'));
  const to = centre(symbol('p-anna'));
  pointer('pointerdown', from.x, from.y, { altKey: true });
  pointer('pointermove', to.x, to.y);
  await frame();
  expect(document.querySelector('.kring-tie-draft')).not.toBeNull();
  pointer('pointerup', to.x, to.y);
  expect(last().ties.some((t) => t.from === 'o-school' && t.to === 'p-anna')).toBe(true);
});

test('double-click on an empty spot adds a person there, pinned', async () => {
  const { last } = await setup();
  const svg = document.querySelector('svg.kring-canvas')!;
  const r = svg.getBoundingClientRect();
  svg.dispatchEvent(new MouseEvent('dblclick', { clientX: r.left + 20, clientY: r.top + 20, bubbles: true }));
  const added = last().persons.at(-1)!;
  expect(added.name).toBe('New person');
  expect(last().layouts.genogram?.positions?.[added.id]).toBeDefined();
});

test('read-only: selects and zooms, but offers no editing and ignores editing keys', async () => {
  const { screen, changes } = await setup({ readonly: true });
  await expect.element(screen.getByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  await expect.element(screen.getByRole('button', { name: 'Add person' })).not.toBeInTheDocument();
  await screen.getByRole('button', { name: 'Anna, person' }).click();
  await expect
    .element(screen.getByRole('button', { name: 'Anna, person' }))
    .toHaveAttribute('aria-pressed', 'true');
  await userEvent.keyboard('{Delete}n{ArrowLeft}');
  await screen.getByRole('button', { name: 'Zoom in' }).click();
  expect(changes).toHaveLength(0);
  await expect.element(screen.getByRole('region', { name: 'Network map' })).toBeVisible();
});

test('the locale switches every string at run time and sets lang on the root only', async () => {
  const { screen } = await setup();
  await expect.element(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
  await screen.rerender({ locale: 'nl' });
  await expect.element(screen.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  await expect.element(screen.getByRole('button', { name: 'Anna, persoon' })).toBeVisible();
  expect(document.querySelector('.kring-editor')!.getAttribute('lang')).toBe('nl');
  expect(document.documentElement.getAttribute('lang')).not.toBe('nl');
});

test('the imperative API selects, fits, undoes and exports the current view as SVG', async () => {
  const selections: string[][] = [];
  const { api, screen } = await setup({ onselectionchange: (ids: string[]) => selections.push(ids) });
  api().select(['p-bram']);
  expect(selections.at(-1)).toEqual(['p-bram']);
  await expect
    .element(screen.getByRole('button', { name: 'Bram, person' }))
    .toHaveAttribute('aria-pressed', 'true');
  expect(api().undo()).toBe(false);
  api().fit();
  const svg = api().exportSvg({ title: false });
  expect(svg).toContain('<svg');
  expect(svg).toContain('Bram');
});

test('controlled: a new document from the host replaces the drawing', async () => {
  const { screen } = await setup({ initialDocument: undefined, document: family() });
  const next = family();
  next.persons[2] = { ...next.persons[2]!, name: 'Bernard' };
  await screen.rerender({ document: next });
  await expect.element(screen.getByRole('button', { name: 'Bernard, person' })).toBeVisible();
});
