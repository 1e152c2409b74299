import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { KringDocument } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import { family } from './state/test-fixtures.js';

function host() {
  const div = document.createElement('div');
  div.style.cssText = 'width: 1000px; height: 640px;';
  document.body.append(div);
  return div;
}

test('draws every person as a named, focusable symbol and selects one on click', async () => {
  const selections: string[][] = [];
  const screen = await render(KringEditor, {
    target: host(),
    props: {
      initialDocument: family(),
      locale: 'en',
      panels: false,
      onselectionchange: (ids: string[]) => selections.push(ids),
    },
  });
  const anna = screen.getByRole('button', { name: 'Anna, person' });
  await expect.element(anna).toBeVisible();
  await expect
    .element(screen.getByRole('button', { name: /Tilda, person, the person this map is about/ }))
    .toBeVisible();
  await anna.click();
  await expect.element(anna).toHaveAttribute('aria-pressed', 'true');
  expect(selections.at(-1)).toEqual(['p-anna']);
});

test('Delete removes the selection with what depends on it, and Ctrl+Z brings it back in one step', async () => {
  let doc: KringDocument | undefined;
  const screen = await render(KringEditor, {
    target: host(),
    props: {
      initialDocument: family(),
      locale: 'en',
      panels: false,
      onchange: (d: KringDocument) => (doc = d),
    },
  });
  await screen.getByRole('button', { name: 'Anna, person' }).click();
  await userEvent.keyboard('{Delete}');
  await expect.element(screen.getByRole('button', { name: 'Anna, person' })).not.toBeInTheDocument();
  expect(doc?.persons.map((p) => p.id)).not.toContain('p-anna');
  expect(doc?.parentChild.map((l) => l.id)).toEqual(['pc-2']);
  expect(doc?.partnerships).toEqual([]);
  await userEvent.keyboard('{Control>}z{/Control}');
  await expect.element(screen.getByRole('button', { name: 'Anna, person' })).toBeVisible();
  expect(doc?.parentChild).toHaveLength(2);
  expect(doc?.partnerships).toHaveLength(1);
});
