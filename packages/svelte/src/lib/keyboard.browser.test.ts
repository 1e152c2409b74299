/**
 * The drawing from the keyboard in a real browser: one Tab stop (roving tabindex), arrows move the focus to
 * the symbol that way, and move mode (G picks up, arrows move, Enter drops, Escape puts back) is one undo
 * step per move.
 */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { KringDocument } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';
import { family } from './state/test-fixtures.js';

async function setup() {
  const target = document.createElement('div');
  target.style.cssText = 'width: 900px; height: 600px;';
  document.body.append(target);
  const docs: KringDocument[] = [];
  let api: KringEditorApi | undefined;
  const screen = await render(KringEditor, {
    target,
    props: {
      initialDocument: family(),
      locale: 'en',
      panels: false,
      onchange: (doc: KringDocument) => docs.push(doc),
      onready: (a: KringEditorApi) => (api = a),
    },
  });
  const symbol = (id: string) => document.querySelector<SVGGElement>(`[data-node-id="${id}"]`)!;
  const x = () => docs.at(-1)?.layouts.genogram?.positions?.['p-bram']?.x;
  return { screen, api: () => api!, x, docs, symbol };
}

const focusedId = () => document.activeElement?.getAttribute('data-node-id');
const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};

test('the drawing is one Tab stop: Tab enters at one symbol and leaves at the next control', async () => {
  const { symbol } = await setup();
  const stops = [...document.querySelectorAll('.kring-node')].filter(
    (n) => n.getAttribute('tabindex') === '0',
  );
  expect(stops).toHaveLength(1);
  // The focus person is the stop before anything was focused.
  expect(stops[0]!.getAttribute('data-node-id')).toBe('p-tilda');
  symbol('p-tilda').focus();
  await userEvent.tab();
  expect(document.activeElement?.closest('.kring-node')).toBeNull();
  await userEvent.tab({ shift: true });
  expect(focusedId()).toBe('p-tilda');
});

test('arrows move the focus to the symbol that way, which is selected and becomes the Tab stop', async () => {
  const { symbol, docs } = await setup();
  symbol('p-tilda').focus();
  await userEvent.keyboard('{ArrowUp}');
  const up = focusedId()!;
  expect(up).not.toBe('p-tilda');
  // Up goes to a symbol above Tilda.
  expect(centre(symbol(up)).y).toBeLessThan(centre(symbol('p-tilda')).y);
  expect(symbol(up).getAttribute('aria-pressed')).toBe('true');
  expect(symbol(up).getAttribute('tabindex')).toBe('0');
  expect(symbol('p-tilda').getAttribute('tabindex')).toBe('-1');
  await userEvent.keyboard('{ArrowDown}');
  expect(focusedId()).toBe('p-tilda');
  expect(docs).toHaveLength(0);
});

test('move mode: G picks up, arrows move, Enter drops: one undo step', async () => {
  const { screen, api, x, symbol } = await setup();
  symbol('p-bram').focus();
  await userEvent.keyboard('g');
  await expect.element(screen.getByText(/Enter drops, Esc puts back/)).toBeVisible();
  await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Shift>}{ArrowDown}{/Shift}{Enter}');
  const moved = x()!;
  expect(focusedId()).toBe('p-bram');
  await expect.element(screen.getByRole('status')).toHaveTextContent('Dropped: Bram');
  expect(api().undo()).toBe(true);
  expect(x()).toBeUndefined();
  expect(api().redo()).toBe(true);
  expect(x()).toBe(moved);
  // After the drop the arrows move the focus again, not Bram.
  await userEvent.keyboard('{ArrowLeft}');
  expect(x()).toBe(moved);
});

test('move mode: Escape puts the symbol back, with nothing to undo or redo', async () => {
  const { api, x, symbol, docs } = await setup();
  symbol('p-bram').focus();
  await userEvent.keyboard('g{ArrowLeft}{ArrowLeft}');
  expect(x()).toBeDefined();
  await userEvent.keyboard('{Escape}');
  expect(x()).toBeUndefined();
  expect(docs.at(-1)?.layouts.genogram?.positions?.['p-bram']).toBeUndefined();
  expect(api().redo()).toBe(false);
  expect(focusedId()).toBe('p-bram');
  // The selection stays (Escape left move mode only).
  expect(symbol('p-bram').getAttribute('aria-pressed')).toBe('true');
});

test('the shortcuts list names the move mode', async () => {
  const { screen, symbol } = await setup();
  symbol('p-bram').focus();
  await userEvent.keyboard('?');
  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect.element(dialog).toHaveTextContent('to the symbol in that direction');
  await expect.element(dialog).toHaveTextContent('pick up the selection');
});
