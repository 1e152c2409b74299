/**
 * In the editor, the outline of a large map (its generations and households are disclosures) shows what is
 * selected on the drawing: selecting someone opens the group listing them, their button marked current, and
 * so does moving the keyboard focus between symbols (which selects them).
 */
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { syntheticFamily } from '@kring/examples/synthetic';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';

afterEach(() => document.body.replaceChildren());

test('a large map: a person selected on the drawing or reached with the arrow keys is shown in the outline', async () => {
  const doc = syntheticFamily(600, 3);
  const target = document.createElement('div');
  target.style.cssText = 'width: 1100px; height: 700px;';
  document.body.append(target);
  let api: KringEditorApi | undefined;
  await render(KringEditor, {
    target,
    props: { initialDocument: doc, locale: 'en', onready: (a: KringEditorApi) => (api = a) },
  });
  const disclosures = () => [
    ...target.querySelectorAll<HTMLButtonElement>('.kring-outline h4 > button[aria-expanded]'),
  ];
  await vi.waitFor(() => expect(disclosures().length).toBeGreaterThan(3), { timeout: 10_000 });
  await expect.poll(() => api).toBeDefined();
  const closed = disclosures().find((b) => b.getAttribute('aria-expanded') === 'false')!;
  const list = target.querySelector(`[id="${closed.getAttribute('aria-controls')}"]`)!;
  expect(list.children).toHaveLength(0);
  const opened = disclosures().filter((b) => b.getAttribute('aria-expanded') === 'true');
  expect(opened.length).toBeGreaterThan(0);
  // Someone listed in the closed group: it lists the persons of one generation, in the document's order.
  closed.click();
  await expect.poll(() => list.querySelectorAll('li > button').length).toBeGreaterThan(0);
  const name = list.querySelector('li > button')!.textContent!.trim();
  const person = doc.persons.find((p) => p.name === name)!;
  expect(person).toBeDefined();
  closed.click();
  await expect.poll(() => closed.getAttribute('aria-expanded')).toBe('false');

  api!.select([person.id]);
  await expect.poll(() => closed.getAttribute('aria-expanded')).toBe('true');
  await expect.poll(() => list.querySelector('button[aria-current="true"]')?.textContent?.trim()).toBe(name);
  for (const b of opened) expect(b.getAttribute('aria-expanded')).toBe('true');

  // The keyboard: focus moves from the selected symbol to its neighbours, each selected and marked.
  const symbol = target.querySelector<SVGGElement>(`svg.kring-canvas [data-node-id="${person.id}"]`)!;
  symbol.focus();
  for (const key of ['{ArrowUp}', '{ArrowUp}', '{ArrowDown}']) {
    await userEvent.keyboard(key);
    const focused = (document.activeElement as Element).getAttribute('data-node-id');
    const shown = doc.persons.find((p) => p.id === focused)?.name;
    await expect
      .poll(() =>
        [...target.querySelectorAll('.kring-outline button[aria-current="true"]')].map((b) =>
          b.textContent?.trim(),
        ),
      )
      .toContain(shown);
  }
});
