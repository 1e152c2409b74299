/**
 * The canvas made for the kitchen table, in a real browser: two-finger pinch and pan (synthetic pointer
 * events with two pointers), the side panel that hides and opens when something is to be edited, the
 * one-line hint of a mode, Escape from the panel back to the symbol, and a narrow host stacking the panel
 * below the drawing.
 */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import { tick } from 'svelte';
import KringEditor from './KringEditor.svelte';
import { family } from './state/test-fixtures.js';
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import type { KringEditorApi } from './state/api.js';

async function setup(width: number, height: number, props: Record<string, unknown> = {}) {
  await page.viewport(width + 40, height + 40);
  const target = document.createElement('div');
  target.style.cssText = `width: ${width}px; height: ${height}px;`;
  document.body.append(target);
  const screen = await render(KringEditor, {
    target,
    props: { initialDocument: family(), locale: 'en', ...props },
  });
  await tick();
  return { screen, target };
}

const svg = () => document.querySelector<SVGSVGElement>('svg.kring-canvas')!;
/** The zoom and pan of the drawing, read from its transform. */
function viewport() {
  const m = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(
    svg().querySelector(':scope > g')!.getAttribute('transform')!,
  )!;
  return { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) };
}

function touch(type: string, pointerId: number, x: number, y: number) {
  const r = svg().getBoundingClientRect();
  svg().dispatchEvent(
    new PointerEvent(type, {
      clientX: r.left + x,
      clientY: r.top + y,
      button: 0,
      pointerId,
      pointerType: 'touch',
      isPrimary: pointerId === 1,
      bubbles: true,
    }),
  );
}

test('two fingers pinch to zoom about their midpoint and pan when moved together', async () => {
  await setup(900, 600, { panels: false });
  const before = viewport();
  // Two fingers on empty paper, 100 px apart, spread to 200 px apart around the same midpoint.
  touch('pointerdown', 1, 300, 40);
  touch('pointerdown', 2, 400, 40);
  touch('pointermove', 1, 250, 40);
  touch('pointermove', 2, 450, 40);
  await tick();
  const zoomed = viewport();
  expect(zoomed.k).toBeCloseTo(before.k * 2);
  // The drawing point under the midpoint (350, 40) stayed there.
  expect((350 - zoomed.x) / zoomed.k).toBeCloseTo((350 - before.x) / before.k);
  expect((40 - zoomed.y) / zoomed.k).toBeCloseTo((40 - before.y) / before.k);
  // Both fingers move 30 px down: the drawing pans with them, the zoom stays.
  touch('pointermove', 1, 250, 70);
  touch('pointermove', 2, 450, 70);
  await tick();
  const panned = viewport();
  expect(panned.k).toBeCloseTo(zoomed.k);
  expect(panned.y - zoomed.y).toBeCloseTo(30);
  touch('pointerup', 1, 250, 70);
  // The finger left on the glass does nothing more.
  touch('pointermove', 2, 600, 300);
  touch('pointerup', 2, 600, 300);
  await tick();
  expect(viewport()).toEqual(panned);
});

test('a second finger on a symbol ends its drag: the document is not changed', async () => {
  const changes: unknown[] = [];
  await setup(900, 600, { panels: false, onchange: (d: unknown) => changes.push(d) });
  const node = document.querySelector('[data-node-id]')!;
  const nr = node.getBoundingClientRect();
  const r = svg().getBoundingClientRect();
  const x = nr.left - r.left + nr.width / 2;
  const y = nr.top - r.top + nr.height / 2;
  touch('pointerdown', 1, x, y);
  touch('pointermove', 1, x + 20, y + 20);
  touch('pointerdown', 2, x + 200, y);
  touch('pointermove', 2, x + 260, y);
  touch('pointerup', 1, x + 20, y + 20);
  touch('pointerup', 2, x + 260, y);
  await tick();
  expect(changes).toHaveLength(0);
});

test('the side panel hides and shows; Enter on a symbol opens it at its name field; Escape goes back', async () => {
  const { screen } = await setup(1000, 640);
  await screen.getByRole('button', { name: 'Hide the side panel' }).click();
  expect(document.querySelector('.kring-inspector')).toBeNull();
  const show = screen.getByRole('button', { name: 'Show the side panel' });
  await expect.element(show).toHaveAttribute('aria-expanded', 'false');
  const node = document.querySelector<SVGGElement>('.kring-node')!;
  node.focus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => document.activeElement?.tagName).toBe('INPUT');
  expect(document.querySelector('.kring-inspector')).not.toBeNull();
  await userEvent.keyboard('{Escape}');
  await expect.poll(() => document.activeElement).toBe(node);
});

test('a mode shows a one-line hint; Escape leaves it', async () => {
  const { screen } = await setup(1000, 640);
  await screen.getByRole('button', { name: 'Draw a tie' }).click();
  await expect.element(screen.getByText(/Drag from one symbol to another/)).toBeVisible();
  await userEvent.keyboard('{Escape}');
  expect(document.querySelector('.kring-mode-hint')).toBeNull();
});

test('a person placed with the mouse opens with its name field focused', async () => {
  const { screen } = await setup(1000, 640, { view: 'ecogram' });
  await screen.getByRole('button', { name: 'Add person' }).click();
  await expect.element(screen.getByText(/where the new person goes/)).toBeVisible();
  const r = svg().getBoundingClientRect();
  const at = { clientX: r.left + 40, clientY: r.top + 40, button: 0, pointerId: 5, bubbles: true };
  svg().dispatchEvent(new PointerEvent('pointerdown', at));
  svg().dispatchEvent(new PointerEvent('pointerup', at));
  await expect.poll(() => (document.activeElement as HTMLInputElement | null)?.value).toBe('New person');
});

test('on a 390 px wide host the panel sits below the drawing, which keeps the full width', async () => {
  const { target } = await setup(390, 760);
  const canvas = svg().getBoundingClientRect();
  const panel = document.querySelector('.kring-panels')!.getBoundingClientRect();
  expect(canvas.width).toBeGreaterThanOrEqual(target.getBoundingClientRect().width - 2);
  expect(panel.top).toBeGreaterThanOrEqual(canvas.bottom - 1);
});

/** On a phone-sized host: a link made from the context menu (Shift+F10, Enter on the first link). */
async function linkOnPhone(panelsOpen: boolean) {
  let api: KringEditorApi | undefined;
  let doc: KringDocument | undefined;
  const { screen } = await setup(390, 760, {
    panelsOpen,
    onready: (a: KringEditorApi) => (api = a),
    onchange: (d: KringDocument) => (doc = d),
  });
  const bram = () => document.querySelector<SVGGElement>('[data-node-id="p-bram"]');
  await expect.poll(bram).not.toBeNull();
  api!.select(['p-anna', 'p-bram']);
  const node = bram()!;
  node.focus();
  const height = svg().getBoundingClientRect().height;
  await userEvent.keyboard('{Shift>}{F10}{/Shift}');
  const menu = screen.getByRole('menu', { name: 'Actions for Anna and Bram' });
  await menu.getByRole('menuitem', { name: 'Anna and Bram live together' }).click();
  await expect.poll(() => doc?.households.length).toBe(1);
  await tick();
  await new Promise((r) => requestAnimationFrame(r));
  // The drawing is neither scrolled away nor made smaller.
  expect(document.querySelector('.kring-body')!.scrollTop).toBe(0);
  expect(svg().getBoundingClientRect().height).toBe(height);
  return { screen, node };
}

test('on a phone, making a relation does not open the closed side panel (the drawing stays put)', async () => {
  const { screen, node } = await linkOnPhone(false);
  await expect
    .element(screen.getByRole('button', { name: 'Show the side panel' }))
    .toHaveAttribute('aria-expanded', 'false');
  // The link is announced and stays selected; the keyboard is in the editor, not lost.
  await expect.element(screen.getByRole('status')).toHaveTextContent(/Anna and Bram live together/);
  expect(document.querySelector('.kring-editor')!.contains(document.activeElement)).toBe(true);
  expect(node.getAttribute('aria-pressed')).toBe('false');
});

test('on a phone with the panel open, making a relation does not scroll the drawing away', async () => {
  await linkOnPhone(true);
  expect(document.querySelector('.kring-panels')!.contains(document.activeElement)).toBe(false);
});

test('on a phone a family too wide to read whole opens around the focus person, names readable; Fit shows it whole', async () => {
  const read = readDocument(EXAMPLES.find((e) => e.slug === 'mila-en-daan')!.document);
  if (!read.ok) throw new Error('the example must read');
  let api: KringEditorApi | undefined;
  await setup(390, 700, {
    initialDocument: read.document,
    panelsOpen: false,
    onready: (a: KringEditorApi) => (api = a),
  });
  const focus = () => document.querySelector(`[data-node-id="${read.document.focus}"]`);
  await expect.poll(focus).not.toBeNull();
  // The focus person's name is drawn (texts under 6 px are not), 9 px high or more (names are 12 units).
  await expect.poll(() => document.querySelector('svg.kring-canvas')?.textContent).toContain('Mila de Jong');
  expect(viewport().k * 12).toBeGreaterThanOrEqual(8.9);
  const box = focus()!.getBoundingClientRect();
  const canvas = svg().getBoundingClientRect();
  expect(box.left).toBeGreaterThan(canvas.left);
  expect(box.right).toBeLessThan(canvas.right);
  // Fit: the whole picture, names too small to draw.
  api!.fit();
  await expect.poll(() => viewport().k).toBeLessThan(0.5);
});
