/**
 * On a phone (390 px wide) the context row of the toolbar — a person's relatives, the links that fit two
 * selected people, the tie form — is one line, as high as the main row, however much the selection offers:
 * it no longer grows (it took 357 px for two people in the genogram) and shrinks the drawing. What does not
 * fit scrolls sideways; a button reached with the keyboard scrolls into view.
 */
import { afterEach, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import KringEditor from '../KringEditor.svelte';
import type { KringEditorApi } from '../state/api.js';
import { family } from '../state/test-fixtures.js';

afterEach(() => document.body.replaceChildren());

async function phone(
  view: 'genogram' | 'ecogram' = 'genogram',
): Promise<{ container: HTMLElement; api: KringEditorApi }> {
  const target = document.createElement('div');
  target.style.cssText = 'width: 390px; height: 760px;';
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
const canvasHeight = (container: HTMLElement) => height(container.querySelector('svg.kring-canvas')!);

test('genogram: the relatives of one person and the links of two are one line, as high as the main row', async () => {
  const { container, api } = await phone();
  const main = container.querySelector('.kring-main-row')!;
  const before = canvasHeight(container);

  api.select(['p-anna']);
  await expect.poll(() => container.querySelectorAll('.kring-context button').length).toBe(4);
  const relatives = container.querySelector('.kring-context')!;
  expect(Math.abs(height(relatives) - height(main))).toBeLessThan(2);

  api.select(['p-anna', 'p-cor']);
  await expect.poll(() => container.querySelectorAll('.kring-context button').length).toBeGreaterThan(3);
  const links = container.querySelector('.kring-context')!;
  expect(Math.abs(height(links) - height(main))).toBeLessThan(2);
  // The drawing lost one row, no more.
  expect(before - canvasHeight(container)).toBeLessThan(height(main) + 2);
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
  api.select(['p-anna']);
  await expect.poll(() => container.querySelector('form.kring-context')).not.toBeNull();
  const form = container.querySelector('form.kring-context')!;
  const main = container.querySelector('.kring-main-row')!;
  expect(Math.abs(height(form) - height(main))).toBeLessThan(2);
  const submit = form.querySelector('button[type="submit"]')!.getBoundingClientRect();
  const box = form.getBoundingClientRect();
  expect(submit.right).toBeLessThanOrEqual(box.right + 1);
});
