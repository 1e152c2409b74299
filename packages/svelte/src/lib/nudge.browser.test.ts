/** Arrow keys in a real browser: repeated presses on one selection are one undo step, a pause starts another. */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { KringDocument } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';
import { NUDGE_PAUSE_MS } from './state/editor-state.svelte.js';
import { family } from './state/test-fixtures.js';

async function setup() {
  const target = document.createElement('div');
  target.style.cssText = 'width: 900px; height: 600px;';
  document.body.append(target);
  const docs: KringDocument[] = [];
  let api: KringEditorApi | undefined;
  await render(KringEditor, {
    target,
    props: {
      initialDocument: family(),
      locale: 'en',
      panels: false,
      onchange: (doc: KringDocument) => docs.push(doc),
      onready: (a: KringEditorApi) => (api = a),
    },
  });
  const node = document.querySelector<SVGGElement>('[data-node-id="p-bram"]')!;
  node.focus();
  const x = () => docs.at(-1)?.layouts.genogram?.positions?.['p-bram']?.x;
  return { api: () => api!, x };
}

const pause = () => new Promise((r) => setTimeout(r, NUDGE_PAUSE_MS + 150));

test('pressing an arrow key several times in a row is one undo step', async () => {
  const { api, x } = await setup();
  await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowDown}');
  const start = x()! - 30;
  expect(api().undo()).toBe(true);
  expect(x()).toBeUndefined();
  expect(api().redo()).toBe(true);
  expect(x()).toBe(start + 30);
});

test('holding an arrow key (key repeat) is one undo step', async () => {
  const { api, x } = await setup();
  await userEvent.keyboard('{ArrowLeft>5}');
  await userEvent.keyboard('{/ArrowLeft}');
  expect(x()).toBeDefined();
  expect(api().undo()).toBe(true);
  expect(x()).toBeUndefined();
});

test('after a pause, or after another edit, the next press starts a new undo step', async () => {
  const { api, x } = await setup();
  await userEvent.keyboard('{ArrowRight}{ArrowRight}');
  const afterTwo = x()!;
  await pause();
  await userEvent.keyboard('{ArrowRight}');
  expect(x()).toBe(afterTwo + 10);
  expect(api().undo()).toBe(true);
  expect(x()).toBe(afterTwo);
  expect(api().undo()).toBe(true);
  expect(x()).toBeUndefined();
});

test('a new selection ends the gesture: moves of another symbol are their own step', async () => {
  const { api, x } = await setup();
  await userEvent.keyboard('{ArrowUp}');
  const moved = x()!;
  document.querySelector<SVGGElement>('[data-node-id="p-anna"]')!.focus();
  await userEvent.keyboard('{ArrowUp}{ArrowUp}');
  expect(api().undo()).toBe(true);
  expect(x()).toBe(moved);
});
