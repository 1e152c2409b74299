/**
 * On a phone (390×844) a tap on a person selects them and leaves the drawing where it is: the same zoom,
 * and the tapped symbol stays under the finger (the panel that opens below may shrink the canvas, which
 * must not refit the drawing).
 */
import { afterEach, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import KringEditor from './KringEditor.svelte';
import { family } from './state/test-fixtures.js';
import type { KringEditorApi } from './state/api.js';

afterEach(() => document.body.replaceChildren());

const svg = () => document.querySelector<SVGSVGElement>('svg.kring-canvas')!;
/** The zoom and pan of the drawing, read from its transform. */
function viewport() {
  const m = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(
    svg().querySelector(':scope > g')!.getAttribute('transform')!,
  )!;
  return { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) };
}
const symbol = (id: string) => svg().querySelector<SVGGElement>(`[data-node-id="${id}"]`)!;

function tap(type: string, x: number, y: number) {
  svg().dispatchEvent(
    new PointerEvent(type, {
      clientX: x,
      clientY: y,
      button: 0,
      pointerId: 1,
      pointerType: 'touch',
      isPrimary: true,
      bubbles: true,
    }),
  );
}

test('a tap on a person at 390×844 selects them without zooming or moving the drawing', async () => {
  await page.viewport(390, 844);
  const target = document.createElement('div');
  target.style.cssText = 'width: 390px; height: 844px;';
  document.body.append(target);
  let api: KringEditorApi | undefined;
  const { container } = await render(KringEditor, {
    target,
    props: { initialDocument: family(), locale: 'nl', onready: (a: KringEditorApi) => (api = a) },
  });
  await expect.poll(() => api).toBeDefined();
  await expect.poll(() => symbol('p-anna')?.getBoundingClientRect().width ?? 0).toBeGreaterThan(0);
  const before = symbol('p-anna').getBoundingClientRect();
  const { k } = viewport();
  const { top, height } = svg().getBoundingClientRect();
  const x = before.left + before.width / 2;
  const y = before.top + before.height / 2;
  tap('pointerdown', x, y);
  tap('pointerup', x, y);
  // Selected: the context row of her relatives shows above the drawing, which shrinks by its height.
  await expect.poll(() => container.querySelectorAll('.kring-context button').length).toBeGreaterThan(0);
  await expect.poll(() => svg().getBoundingClientRect().top).toBeGreaterThan(top + 10);
  await expect.poll(() => svg().getBoundingClientRect().height).toBeLessThan(height);
  // The symbol still under the finger (its box grows by the selection ring only, around the same centre)…
  const centre = () => {
    const r = symbol('p-anna').getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2 - x), y: Math.round(r.top + r.height / 2 - y) };
  };
  await expect.poll(centre).toEqual({ x: 0, y: 0 });
  // …at the same zoom.
  expect(viewport().k).toBe(k);
});
