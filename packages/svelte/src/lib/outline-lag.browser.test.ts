/**
 * At scale the outline must not delay the drawing: while a map laid out off the main thread waits for its
 * new scene, the outline keeps listing what it listed, and it catches up once the drawing shows the edit.
 * Maps drawn synchronously update it in the same flush; the outline is not built while its tab is hidden.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import { addPerson, linkParent } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';
import { setDefaultThresholds } from './state/layout-scheduler.js';
import { family } from './state/test-fixtures.js';

/** What the browser tests' setup uses: every map drawn synchronously. */
const SYNC = { syncMaxMs: Infinity, offMainEntities: Infinity, syncEntities: Infinity };
/** Every map laid out off the main thread (in the layout worker), whatever its size. */
const OFF_MAIN = { syncMaxMs: -1, offMainEntities: -1, syncEntities: -1 };

afterEach(() => setDefaultThresholds(SYNC));

async function setup() {
  const target = document.createElement('div');
  target.style.cssText = 'width: 1100px; height: 700px;';
  document.body.append(target);
  let api: KringEditorApi | undefined;
  const screen = await render(KringEditor, {
    target,
    props: { initialDocument: family(), locale: 'en', onready: (a: KringEditorApi) => (api = a) },
  });
  const drawn = (id: string) => target.querySelector(`svg.kring-canvas [data-node-id="${id}"]`) !== null;
  const listed = (name: string) =>
    [...target.querySelectorAll('.kring-outline button')].some((b) => b.textContent?.trim() === name);
  const busy = () => target.querySelector('[aria-busy="true"]') !== null;
  await vi.waitFor(() => expect(listed('Anna')).toBe(true), { timeout: 10_000 });
  await vi.waitFor(() => expect(busy()).toBe(false), { timeout: 10_000 });
  return { screen, target, api: () => api!, drawn, listed, busy };
}

const child = [
  addPerson({ id: 'p-new', name: 'Newcomer', gender: 'woman' }),
  linkParent({ id: 'pc-new', parent: 'p-anna', child: 'p-new', kind: 'biological' }),
];

test('a map laid out off the main thread: the outline follows the drawing, after it', async () => {
  setDefaultThresholds(OFF_MAIN);
  const { screen, api, drawn, listed, busy } = await setup();
  expect(api().apply(child).ok).toBe(true);
  flushSync();
  // The new scene is being laid out: neither the drawing nor the outline shows the newcomer yet.
  expect(busy()).toBe(true);
  expect(drawn('p-new')).toBe(false);
  expect(listed('Newcomer')).toBe(false);
  await vi.waitFor(() => expect(drawn('p-new')).toBe(true), { timeout: 10_000 });
  await vi.waitFor(() => expect(listed('Newcomer')).toBe(true), { timeout: 10_000 });
  // And back: undone, the newcomer leaves the drawing, then the outline.
  expect(api().undo()).toBe(true);
  await vi.waitFor(() => expect(drawn('p-new')).toBe(false), { timeout: 10_000 });
  await vi.waitFor(() => expect(listed('Newcomer')).toBe(false), { timeout: 10_000 });
  screen.unmount();
});

test('a map drawn synchronously: the outline shows the edit in the same flush', async () => {
  const { screen, api, drawn, listed } = await setup();
  expect(api().apply(child).ok).toBe(true);
  flushSync();
  expect(drawn('p-new')).toBe(true);
  expect(listed('Newcomer')).toBe(true);
  screen.unmount();
});

test('the outline is not built while another tab of the side panel shows', async () => {
  const { screen, target } = await setup();
  expect(target.querySelector('.kring-outline')).not.toBeNull();
  await screen.rerender({ panel: 'snapshots' });
  flushSync();
  expect(target.querySelector('.kring-outline')).toBeNull();
  await screen.rerender({ panel: 'map' });
  flushSync();
  expect(target.querySelector('.kring-outline')).not.toBeNull();
  screen.unmount();
});
