/**
 * The tray "Not yet in this view" in a real browser: collapsed to one line until opened, keyboard placing,
 * drag and drop, the family in one step.
 */
import type { KringDocument, Locale, View } from '@kring/core';
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import KringEditor from '../KringEditor.svelte';
import { axeViolations } from '../panels/test-support/axe.js';
import type { ChangeDetail } from '../state/editor-state.svelte.js';
import { setDefaultThresholds } from '../state/layout-scheduler.js';
import { family } from '../state/test-fixtures.js';

/** Tilda's family with a neighbour nobody is tied to yet, and no ties to the parents. */
function doc(): KringDocument {
  const d = family();
  return {
    ...d,
    persons: [...d.persons, { id: 'p-buur', name: 'Mevrouw De Boer', gender: 'woman' }],
    households: [{ id: 'h', members: ['p-tilda', 'p-bram'], current: true }],
    ties: d.ties.filter((t) => t.id === 't-school'),
  };
}

afterEach(() =>
  setDefaultThresholds({ syncMaxMs: Infinity, offMainEntities: Infinity, syncEntities: Infinity }),
);

async function setup(view: View, locale: Locale = 'en', initialDocument = doc()) {
  await page.viewport(1200, 760);
  const target = document.createElement('div');
  target.style.cssText = 'width: 1150px; height: 700px;';
  document.body.append(target);
  const changes: { doc: KringDocument; detail: ChangeDetail }[] = [];
  const screen = await render(KringEditor, {
    target,
    props: {
      initialDocument,
      view,
      locale,
      onchange: (d: KringDocument, detail: ChangeDetail) => changes.push({ doc: d, detail }),
    },
  });
  return { screen, changes, last: () => changes.at(-1)!.doc };
}

/** Opens the tray from its one-line summary ("Not yet in this view: 3"). */
async function openTray(screen: Awaited<ReturnType<typeof setup>>['screen']) {
  await screen.getByRole('button', { name: /^(Not yet in this view|Nog niet in deze kaart): \d+$/ }).click();
}

test('collapsed to a one-line summary; the button opens it, Escape inside closes it again', async () => {
  const { screen } = await setup('sociogram');
  const toggle = screen.getByRole('button', { name: 'Not yet in this view: 3' });
  await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect.element(screen.getByRole('button', { name: 'Place Cor' })).not.toBeInTheDocument();
  (toggle.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect.element(screen.getByRole('button', { name: 'Place Cor' })).toBeVisible();
  (screen.getByRole('button', { name: 'Place Cor' }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Escape}');
  await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(document.activeElement).toBe(toggle.element());
});

test('sociogram: lists who is not drawn; a ring chosen and the name pressed places them, one step', async () => {
  const { screen, changes, last } = await setup('sociogram', 'nl');
  await openTray(screen);
  const tray = screen.getByRole('region', { name: 'Nog niet in deze kaart' });
  await expect.element(tray).toBeVisible();
  const names = [...tray.element().querySelectorAll('li button')].map((b) => b.textContent);
  expect(names).toEqual(['Anna', 'Cor', 'Mevrouw De Boer']);
  expect(await axeViolations(screen.container)).toEqual([]);
  await tray.getByRole('combobox', { name: 'Ring' }).selectOptions('2');
  await tray.getByRole('combobox', { name: 'Sector' }).selectOptions('neighbours');
  await tray.getByRole('button', { name: 'Mevrouw De Boer plaatsen' }).click();
  expect(changes).toHaveLength(1);
  expect(last().ties.at(-1)).toMatchObject({ from: 'p-tilda', to: 'p-buur', ring: 2, sector: 'neighbours' });
  await expect.poll(() => document.querySelector('[data-node-id="p-buur"]')).not.toBeNull();
  await expect
    .element(tray.getByRole('button', { name: 'Mevrouw De Boer plaatsen' }))
    .not.toBeInTheDocument();
});

test('ecogram: household and close family in one step', async () => {
  const { screen, changes, last } = await setup('ecogram');
  await openTray(screen);
  await screen.getByRole('button', { name: 'Place household and close family' }).click();
  expect(changes).toHaveLength(1);
  expect(
    last()
      .ties.slice(1)
      .map((t) => [t.to, t.ring]),
  ).toEqual([
    ['p-bram', 1],
    ['p-anna', 2],
  ]);
});

test('sociogram: dragging a name onto the drawing places it in that ring and sector', async () => {
  const { changes, last } = await setup('sociogram');
  const item = [...document.querySelectorAll<HTMLButtonElement>('.kring-tray li button')].find(
    (b) => b.textContent === 'Cor',
  )!;
  const svg = document.querySelector('svg.kring-canvas')!;
  const focus = document.querySelector('[data-node-id="p-tilda"]')!.getBoundingClientRect();
  const data = new DataTransfer();
  item.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
  // Straight above the focus, a little out: ring 1 of the first sector (family, at 12 o'clock).
  const at = { clientX: focus.x + focus.width / 2 + 4, clientY: focus.y - 30 };
  svg.dispatchEvent(
    new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true, ...at }),
  );
  svg.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, ...at }));
  expect(changes).toHaveLength(1);
  expect(last().ties.at(-1)).toMatchObject({ from: 'p-tilda', to: 'p-cor', sector: 'family' });
});

test('genogram: persons known only through ties; choosing one opens the relation menu', async () => {
  const d = doc();
  const { screen } = await setup('genogram', 'en', {
    ...d,
    ties: [...d.ties, { id: 't-buur', from: 'p-tilda', to: 'p-buur' }],
  });
  await openTray(screen);
  const tray = screen.getByRole('region', { name: 'Not yet in this view' });
  await tray.getByRole('button', { name: 'Link Mevrouw De Boer' }).click();
  const menu = screen.getByRole('menu', { name: 'Actions for Tilda and Mevrouw De Boer' });
  await expect.element(menu).toBeVisible();
  await expect
    .element(menu.getByRole('menuitem', { name: 'Interaction line between Tilda and Mevrouw De Boer' }))
    .toBeVisible();
});

test('while a map is being laid out off the main thread, the tray does not list everyone', async () => {
  // Every map laid out in the layout worker: until its scene is here the drawing is empty.
  setDefaultThresholds({ syncMaxMs: -1, offMainEntities: -1, syncEntities: -1 });
  const d = doc();
  const { screen } = await setup('genogram', 'en', {
    ...d,
    ties: [...d.ties, { id: 't-buur', from: 'p-tilda', to: 'p-buur' }],
  });
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  const listed = () => document.querySelectorAll('.kring-tray-body li').length;
  expect(busy()).toBe(true);
  // Not everyone (none of them is in the empty drawing) for a moment: nothing until the drawing is here.
  expect(listed()).toBe(0);
  await vi.waitFor(() => expect(busy()).toBe(false), { timeout: 10_000 });
  // Then the one known only through a tie.
  expect(listed()).toBe(1);
  screen.unmount();
});
