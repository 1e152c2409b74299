/**
 * On a phone (390 px wide) the context row — a person's relatives, the links that fit two
 * selected people, the tie form — is one line, as high as the main row, however much the selection offers:
 * it no longer grows (it took 357 px for two people in the genogram) and shrinks the drawing. What does not
 * fit scrolls sideways; a button reached with the keyboard scrolls into view. Its place is kept while nothing
 * is selected (an idle row saying what it is for), so selecting someone does not move the drawing. A wide
 * editor with a mouse has no row of its own: the row floats over the drawing's upper corner while there is
 * one, and a symbol it would cover is shown clear of it.
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
  height = 760,
): Promise<{ container: HTMLElement; api: KringEditorApi }> {
  const target = document.createElement('div');
  target.style.cssText = `width: ${width}px; height: ${height}px;`;
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

test('a wide editor with a mouse: the row floats over the drawing, which keeps its box and place', async () => {
  const { container, api } = await phone('genogram', 1000);
  const box = () => container.querySelector('.kring-canvas-box')!.getBoundingClientRect().toJSON() as DOMRect;
  const before = box();
  const idle = container.querySelector('.kring-context-idle');
  expect(idle === null || getComputedStyle(idle).display === 'none').toBe(true);
  const anna = () => container.querySelector('.kring-node[data-node-id="p-anna"]')!.getBoundingClientRect();
  const annaBefore = anna();
  api.select(['p-anna']);
  await expect.poll(() => container.querySelectorAll('.kring-context button').length).toBe(4);
  const row = container.querySelector('.kring-context')!.getBoundingClientRect();
  expect(box()).toEqual(before);
  // Over the drawing's upper left corner, 8 px in; the selected symbol neither moved nor under it.
  expect(row.left - before.left).toBe(8);
  expect(row.top - before.top).toBe(8);
  const now = anna();
  expect(Math.abs(now.x + now.width / 2 - (annaBefore.x + annaBefore.width / 2))).toBeLessThanOrEqual(1);
  expect(Math.abs(now.y + now.height / 2 - (annaBefore.y + annaBefore.height / 2))).toBeLessThanOrEqual(1);
  expect(now.top >= row.bottom || now.left >= row.right).toBe(true);
});

test('a wide editor: a symbol the floating row would cover is shown clear of it', async () => {
  const { container, api } = await phone('genogram', 1000);
  const svg = container.querySelector<SVGSVGElement>('svg.kring-canvas')!;
  const canvas = svg.getBoundingClientRect();
  // The row of a person's relatives, as wide as it comes (measured once, with Tilda, far from the corner).
  api.select(['p-tilda']);
  await expect.poll(() => container.querySelector('.kring-context[role="group"]')).not.toBeNull();
  const size = container.querySelector('.kring-context')!.getBoundingClientRect();
  api.select([]);
  await expect.poll(() => container.querySelector('.kring-context[role="group"]')).toBeNull();
  // One wheel notch (×1.25, as a mouse zooms) about a point below Anna that brings her top to 20 px below
  // the drawing's top edge, where the row floats: y' = a + 1.25 (y − a).
  const anna = container.querySelector('.kring-node[data-node-id="p-anna"]')!.getBoundingClientRect();
  const target = canvas.top + 20;
  svg.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY: -100,
      clientX: anna.x + anna.width / 2,
      clientY: (1.25 * anna.top - target) / 0.25,
      bubbles: true,
      cancelable: true,
    }),
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const nodes = [...container.querySelectorAll<SVGGElement>('.kring-node[data-node-id]')];
  const under = nodes.find((n) => {
    const r = n.getBoundingClientRect();
    return (
      r.left < canvas.left + 8 + size.width && r.top < canvas.top + 8 + size.height && r.bottom > canvas.top
    );
  });
  expect(under, 'a symbol lies where the row floats').toBeDefined();
  const id = under!.dataset['nodeId']!;
  api.select([id]);
  await expect.poll(() => container.querySelector('.kring-context[role="group"]')).not.toBeNull();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const row = container.querySelector('.kring-context')!.getBoundingClientRect();
  const symbol = container.querySelector(`.kring-node[data-node-id="${id}"]`)!.getBoundingClientRect();
  const apart =
    symbol.top >= row.bottom ||
    symbol.bottom <= row.top ||
    symbol.left >= row.right ||
    symbol.right <= row.left;
  expect(apart).toBe(true);
});
