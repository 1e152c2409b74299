/**
 * On a phone (390 px wide) the context row of the toolbar — a person's relatives, the links that fit two
 * selected people, the tie form — is one line, as high as the main row, however much the selection offers:
 * it no longer grows (it took 357 px for two people in the genogram) and shrinks the drawing. What does not
 * fit scrolls sideways; a button reached with the keyboard scrolls into view. Its place is kept while nothing
 * is selected (an idle row saying what it is for), so selecting someone does not move the drawing. A wide
 * editor with a mouse shows the row only while there is one.
 */
import { afterEach, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import KringEditor from '../KringEditor.svelte';
import type { KringEditorApi } from '../state/api.js';
import { family } from '../state/test-fixtures.js';

afterEach(() => document.body.replaceChildren());

async function phone(
  view: 'genogram' | 'ecogram' = 'genogram',
  width = 390,
): Promise<{ container: HTMLElement; api: KringEditorApi }> {
  const target = document.createElement('div');
  target.style.cssText = `width: ${width}px; height: 760px;`;
  document.body.append(target);
  let api: KringEditorApi | undefined;
  const screen = await render(KringEditor, {
    target,
    props: { initialDocument: family(), view, locale: 'nl', onready: (a: KringEditorApi) => (api = a) },
  });
  await expect.poll(() => api).toBeDefined();
  return { container: screen.container as HTMLElement, api: api! };
}

const height = (el: Element) => el.getBoundingClientRect().height;
/** The drawing's box as laid out now (the SVG takes its size from it a frame later). */
const canvasHeight = (container: HTMLElement) => height(container.querySelector('.kring-canvas-box')!);
const canvasTop = (container: HTMLElement) =>
  container.querySelector('.kring-canvas-box')!.getBoundingClientRect().top;

test('genogram: the relatives of one person and the links of two are one line, as high as the main row', async () => {
  const { container, api } = await phone();
  const main = container.querySelector('.kring-main-row')!;
  // Nothing selected: the row's place is taken by the idle row, as high as the main row.
  const idle = container.querySelector('.kring-context-idle')!;
  expect(idle.textContent?.trim()).toBe('Kies iemand voor meer acties');
  expect(Math.abs(height(idle) - height(main))).toBeLessThan(2);
  const before = { height: canvasHeight(container), top: canvasTop(container) };

  api.select(['p-anna']);
  await expect.poll(() => container.querySelectorAll('.kring-context button').length).toBe(4);
  const relatives = container.querySelector('.kring-context')!;
  expect(Math.abs(height(relatives) - height(main))).toBeLessThan(2);
  expect(container.querySelector('.kring-context-idle')).toBeNull();
  expect({ height: canvasHeight(container), top: canvasTop(container) }).toEqual(before);

  api.select(['p-anna', 'p-cor']);
  await expect.poll(() => container.querySelectorAll('.kring-context button').length).toBeGreaterThan(3);
  const links = container.querySelector('.kring-context')!;
  expect(Math.abs(height(links) - height(main))).toBeLessThan(2);
  // The drawing kept its box.
  expect({ height: canvasHeight(container), top: canvasTop(container) }).toEqual(before);
  // Every choice is there; the last one, focused, scrolls into the row.
  const buttons = [...links.querySelectorAll('button')];
  const last = buttons.at(-1)!;
  last.focus();
  const row = links.getBoundingClientRect();
  await expect
    .poll(() => {
      const r = last.getBoundingClientRect();
      return r.left >= row.left - 1 && r.right <= row.right + 1;
    })
    .toBe(true);
});

test('ecogram: the tie form is one line and its button stays in view', async () => {
  const { container, api } = await phone('ecogram');
  const before = canvasHeight(container);
  api.select(['p-anna']);
  await expect.poll(() => container.querySelector('form.kring-context')).not.toBeNull();
  const form = container.querySelector('form.kring-context')!;
  const main = container.querySelector('.kring-main-row')!;
  expect(Math.abs(height(form) - height(main))).toBeLessThan(2);
  const submit = form.querySelector('button[type="submit"]')!.getBoundingClientRect();
  const box = form.getBoundingClientRect();
  expect(submit.right).toBeLessThanOrEqual(box.right + 1);
  expect(canvasHeight(container)).toBe(before);
  // Deselected: the idle row is back, saying nothing about a selection it no longer has.
  api.select([]);
  await expect
    .poll(() => container.querySelector('.kring-context-idle')?.textContent?.trim())
    .toBe('Kies iemand voor meer acties');
  expect(canvasHeight(container)).toBe(before);
});

test('a wide editor with a mouse keeps no idle row: the context row comes with the selection', async () => {
  const { container, api } = await phone('genogram', 1000);
  const before = canvasHeight(container);
  const idle = container.querySelector('.kring-context-idle');
  expect(idle === null || getComputedStyle(idle).display === 'none').toBe(true);
  api.select(['p-anna']);
  await expect.poll(() => container.querySelectorAll('.kring-context button').length).toBe(4);
  expect(before - canvasHeight(container)).toBeGreaterThan(20);
});
