/** The context menu in a real browser: Shift+F10, the Menu key and right click open it; links run as one step. */
import { CLIENT_TAG_ALPHABET, CLIENT_TAG_LENGTH, type KringDocument } from '@kring/core';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import KringEditor from '../KringEditor.svelte';
import { axeViolations } from '../panels/test-support/axe.js';
import type { KringEditorApi } from '../state/api.js';
import type { ChangeDetail } from '../state/editor-state.svelte.js';
import { family } from '../state/test-fixtures.js';

/** The first id of `prefix` this editor makes: with its random client tag. */
const NEW_ID = (prefix: string) =>
  new RegExp(`^${prefix}-[${CLIENT_TAG_ALPHABET}]{${CLIENT_TAG_LENGTH}}-1$`, 'u');

async function setup(props: Record<string, unknown> = {}) {
  await page.viewport(1200, 760);
  const target = document.createElement('div');
  target.style.cssText = 'width: 1150px; height: 700px;';
  document.body.append(target);
  const changes: { doc: KringDocument; detail: ChangeDetail }[] = [];
  let api: KringEditorApi | undefined;
  const screen = await render(KringEditor, {
    target,
    props: {
      initialDocument: family(),
      locale: 'en',
      onchange: (doc: KringDocument, detail: ChangeDetail) => changes.push({ doc, detail }),
      onready: (a: KringEditorApi) => (api = a),
      ...props,
    },
  });
  return { screen, changes, last: () => changes.at(-1)!.doc, api: () => api!, target };
}

const symbol = (id: string) => document.querySelector<SVGGElement>(`[data-node-id="${id}"]`)!;

test('Shift+F10 on a selection of two: the links that fit, by name; Enter runs one as one step and opens it', async () => {
  const { screen, changes, last, api } = await setup({ view: 'ecogram' });
  api().select(['p-tilda', 'p-cor']);
  symbol('p-cor').focus();
  await userEvent.keyboard('{Shift>}{F10}{/Shift}');
  const menu = screen.getByRole('menu', { name: 'Actions for Tilda and Cor' });
  await expect.element(menu).toBeVisible();
  const items = [...menu.element().querySelectorAll('[role="menuitem"]')].map((b) => b.textContent);
  expect(items).toContain('Tilda and Cor are partners');
  expect(items).toContain('Interaction line between Tilda and Cor');
  expect(items).not.toContain('Cor is a parent of Tilda'); // Tilda has two biological parents
  expect(document.activeElement?.textContent).toBe(items[0]);
  expect(await axeViolations(screen.container)).toEqual([]);
  // Arrows move between items; End goes to the last one.
  await userEvent.keyboard('{ArrowDown}');
  expect(document.activeElement?.textContent).toBe(items[1]);
  const line = items.indexOf('Interaction line between Tilda and Cor');
  await userEvent.keyboard('{Home}');
  for (let i = 0; i < line; i++) await userEvent.keyboard('{ArrowDown}');
  await userEvent.keyboard('{Enter}');
  await expect.element(menu).not.toBeInTheDocument();
  expect(changes).toHaveLength(1);
  expect(last().emotional).toEqual([
    {
      id: expect.stringMatching(NEW_ID('emotional')),
      a: 'p-tilda',
      b: 'p-cor',
      kind: 'close',
      direction: 'none',
    },
  ]);
  // The new line is selected and the inspector shows it, with the keyboard in its first field.
  await expect
    .poll(() => document.querySelector('.kring-inspector h2')?.textContent)
    .toMatch(/Tilda.*Cor|Cor.*Tilda/);
  expect(document.activeElement?.closest('.kring-inspector')).not.toBeNull();
  expect(api().undo()).toBe(true);
  expect(last().emotional).toEqual([]);
});

test('Escape closes the menu and gives the focus back; the Menu key opens it too', async () => {
  const { screen, changes, api } = await setup();
  api().select(['p-anna', 'p-cor']);
  symbol('p-anna').focus();
  await userEvent.keyboard('{ContextMenu}');
  const menu = screen.getByRole('menu');
  await expect.element(menu).toBeVisible();
  await userEvent.keyboard('{Escape}');
  await expect.element(menu).not.toBeInTheDocument();
  await expect.poll(() => document.activeElement?.getAttribute('data-node-id')).toBe('p-anna');
  expect(changes).toHaveLength(0);
});

test('right click on a symbol selects it and opens the menu; a single person gets relatives', async () => {
  const { screen, last } = await setup();
  const r = symbol('p-anna').getBoundingClientRect();
  symbol('p-anna').dispatchEvent(
    new MouseEvent('contextmenu', { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true }),
  );
  const menu = screen.getByRole('menu', { name: 'Actions for Anna' });
  await expect.element(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Add child' }).click();
  expect(last().persons.at(-1)!.name).toBe('Child of Anna');
  await expect.element(menu).not.toBeInTheDocument();
});

test('the toolbar offers the same links for the selection; in Dutch', async () => {
  const { screen, last, api } = await setup({ locale: 'nl' });
  api().select(['p-anna', 'p-cor']);
  const group = screen.getByRole('group', { name: 'Selectie verbinden' });
  await expect.element(group).toBeVisible();
  await group.getByRole('button', { name: 'Anna en Cor wonen samen' }).click();
  expect(last().households).toEqual([
    { id: expect.stringMatching(NEW_ID('household')), members: ['p-anna', 'p-cor'], current: true },
  ]);
});

test('genogram: a link gesture (Alt+drag) from one symbol to another opens the relation menu for the two', async () => {
  const { screen } = await setup();
  const svg = document.querySelector('svg.kring-canvas')!;
  const centre = (id: string) => {
    const r = symbol(id).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  };
  const a = centre('p-anna');
  const b = centre('p-tilda');
  const fire = (type: string, p: { x: number; y: number }) =>
    svg.dispatchEvent(
      new PointerEvent(type, {
        clientX: p.x,
        clientY: p.y,
        button: 0,
        pointerId: 3,
        altKey: true,
        bubbles: true,
      }),
    );
  fire('pointerdown', a);
  fire('pointermove', b);
  fire('pointerup', b);
  const menu = screen.getByRole('menu', { name: 'Actions for Anna and Tilda' });
  await expect.element(menu).toBeVisible();
  await expect
    .element(menu.getByRole('menuitem', { name: 'Interaction line between Anna and Tilda' }))
    .toBeVisible();
});

test('a long press on a symbol (touch) opens the menu for it', async () => {
  const { screen } = await setup();
  const svg = document.querySelector('svg.kring-canvas')!;
  const r = symbol('p-bram').getBoundingClientRect();
  const at = { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 };
  svg.dispatchEvent(
    new PointerEvent('pointerdown', { ...at, button: 0, pointerId: 9, pointerType: 'touch', bubbles: true }),
  );
  const menu = screen.getByRole('menu', { name: 'Actions for Bram' });
  await expect.element(menu).toBeVisible();
  svg.dispatchEvent(
    new PointerEvent('pointerup', { ...at, pointerId: 9, pointerType: 'touch', bubbles: true }),
  );
  await expect.element(menu.getByRole('menuitem', { name: 'Add parent' })).toBeVisible();
});

/** A touch tap (down and up without moving) on a symbol. */
function tap(id: string, pointerId: number) {
  const svg = document.querySelector('svg.kring-canvas')!;
  const r = symbol(id).getBoundingClientRect();
  const at = { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, pointerId, pointerType: 'touch' };
  svg.dispatchEvent(new PointerEvent('pointerdown', { ...at, button: 0, bubbles: true }));
  svg.dispatchEvent(new PointerEvent('pointerup', { ...at, bubbles: true }));
}

test('tap-to-link (touch): "Link with…" in the menu, then a tap on the other; genogram: the relation menu', async () => {
  const { screen } = await setup();
  const svg = document.querySelector('svg.kring-canvas')!;
  const r = symbol('p-anna').getBoundingClientRect();
  const at = { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 };
  svg.dispatchEvent(
    new PointerEvent('pointerdown', { ...at, button: 0, pointerId: 4, pointerType: 'touch', bubbles: true }),
  );
  const menu = screen.getByRole('menu', { name: 'Actions for Anna' });
  await expect.element(menu).toBeVisible();
  svg.dispatchEvent(
    new PointerEvent('pointerup', { ...at, pointerId: 4, pointerType: 'touch', bubbles: true }),
  );
  await menu.getByRole('menuitem', { name: 'Link with…' }).click();
  await expect.element(screen.getByText('Tap whom to link with Anna. Esc stops.')).toBeVisible();
  tap('p-tilda', 5);
  const links = screen.getByRole('menu', { name: 'Actions for Anna and Tilda' });
  await expect.element(links).toBeVisible();
  await expect
    .element(links.getByRole('menuitem', { name: 'Interaction line between Anna and Tilda' }))
    .toBeVisible();
  await expect.element(screen.getByText('Tap whom to link with Anna. Esc stops.')).not.toBeInTheDocument();
});

test('tap-to-link (touch) with the link tool in the ecogram: tap one, tap the other, a tie in one step', async () => {
  const { screen, changes, last } = await setup({ view: 'ecogram' });
  await screen.getByRole('button', { name: 'Draw a tie' }).click();
  tap('p-anna', 6);
  await expect.element(screen.getByText('Tap whom to link with Anna. Esc stops.')).toBeVisible();
  tap('p-cor', 7);
  await expect.poll(() => changes.length).toBe(1);
  expect(last().ties.at(-1)).toMatchObject({ from: 'p-anna', to: 'p-cor' });
});

/** A mouse drag from one symbol's centre to another's (with the link tool on: a link gesture). */
function drag(from: string, to: string) {
  const svg = document.querySelector('svg.kring-canvas')!;
  const centre = (id: string) => {
    const r = symbol(id).getBoundingClientRect();
    return { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, pointerId: 11, bubbles: true };
  };
  svg.dispatchEvent(new PointerEvent('pointerdown', { ...centre(from), button: 0 }));
  svg.dispatchEvent(new PointerEvent('pointermove', centre(to)));
  svg.dispatchEvent(new PointerEvent('pointerup', centre(to)));
}

test('genogram: the link tool is a one-shot tool: after the relation is chosen it returns to the pointer', async () => {
  const { screen, changes, last } = await setup();
  const tool = screen.getByRole('button', { name: 'Draw a tie' });
  const hint = screen.getByText('Drag from one symbol to another to link them. Esc stops.');
  await tool.click();
  await expect.element(tool).toHaveAttribute('aria-pressed', 'true');
  await expect.element(hint).toBeVisible();
  drag('p-anna', 'p-tilda');
  const menu = screen.getByRole('menu', { name: 'Actions for Anna and Tilda' });
  await menu.getByRole('menuitem', { name: 'Interaction line between Anna and Tilda' }).click();
  await expect.poll(() => changes.length).toBe(1);
  expect(last().emotional.at(-1)).toMatchObject({ a: 'p-anna', b: 'p-tilda' });
  await expect.element(tool).toHaveAttribute('aria-pressed', 'false');
  await expect.element(hint).not.toBeInTheDocument();
});

test('ecogram: the link tool returns to the pointer after one tie, as in the genogram', async () => {
  const { screen, changes } = await setup({ view: 'ecogram' });
  const tool = screen.getByRole('button', { name: 'Draw a tie' });
  await tool.click();
  await expect.element(tool).toHaveAttribute('aria-pressed', 'true');
  drag('p-anna', 'p-cor');
  await expect.poll(() => changes.length).toBe(1);
  await expect.element(tool).toHaveAttribute('aria-pressed', 'false');
});
