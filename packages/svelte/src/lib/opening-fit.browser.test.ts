/**
 * The opening fit follows the canvas's size until the view is moved: the canvas's first size is measured
 * before the toolbar knows whether it takes two lines (≤ 360 px), and a host may size the editor after it
 * started. Once the user zooms or pans, a resize keeps their view.
 */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import KringEditor from './KringEditor.svelte';
import { family } from './state/test-fixtures.js';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  flushSync();
};

test('a resize refits the opening view, and keeps a view the user moved', async () => {
  const target = document.createElement('div');
  target.style.cssText = 'width: 900px; height: 600px;';
  document.body.append(target);
  await render(KringEditor, { target, props: { initialDocument: family(), locale: 'en', panels: false } });
  await frames(3);
  const group = () => target.querySelector('svg.kring-canvas > g[transform]')!.getAttribute('transform');
  const opened = group();
  expect(opened).toMatch(/scale/);

  target.style.height = '420px';
  await frames(3);
  const refitted = group();
  expect(refitted).not.toBe(opened);
  // The same as an editor opened at that size.
  const fresh = document.createElement('div');
  fresh.style.cssText = 'width: 900px; height: 420px;';
  document.body.append(fresh);
  await render(KringEditor, {
    target: fresh,
    props: { initialDocument: family(), locale: 'en', panels: false },
  });
  await frames(3);
  expect(fresh.querySelector('svg.kring-canvas > g[transform]')!.getAttribute('transform')).toBe(refitted);

  // The user zooms in: a resize keeps that view.
  const svg = target.querySelector('svg.kring-canvas')!;
  svg.dispatchEvent(
    new WheelEvent('wheel', { deltaY: -100, clientX: 300, clientY: 200, bubbles: true, cancelable: true }),
  );
  await frames(1);
  const zoomed = group();
  expect(zoomed).not.toBe(refitted);
  target.style.height = '560px';
  await frames(3);
  expect(group()).toBe(zoomed);
});
