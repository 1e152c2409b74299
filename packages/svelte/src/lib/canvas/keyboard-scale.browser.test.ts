/**
 * At 5,000 persons most symbols are culled (not drawn) at any zoom: the keyboard still reaches them (the
 * view follows and the symbol is drawn before it takes the focus), the outline reaches everyone (its
 * generations open and close) and selects any of them, and the editor has no axe violations.
 */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { syntheticFamily } from '@kring/examples/synthetic';
import KringEditor from '../KringEditor.svelte';
import { axeViolations } from '../panels/test-support/axe.js';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

test('5,000 persons: arrows reach symbols off screen, the outline selects anyone, no axe violations', async () => {
  const doc = syntheticFamily(5000, 5);
  const target = document.createElement('div');
  target.style.cssText = 'width: 1200px; height: 800px;';
  document.body.append(target);
  const screen = await render(KringEditor, { target, props: { initialDocument: doc, locale: 'en' } });
  await frames(3);
  const svg = target.querySelector('svg.kring-canvas')!;
  const box = svg.getBoundingClientRect();
  const drawnAtStart = new Set(
    [...svg.querySelectorAll('.kring-node')].map((n) => n.getAttribute('data-node-id')),
  );
  expect(drawnAtStart.size).toBeGreaterThan(0);
  expect(drawnAtStart.size).toBeLessThan(doc.persons.length);

  // One Tab stop; the arrows walk right until they reach a symbol that was not drawn at the start.
  const stop = svg.querySelector<SVGGElement>('.kring-node[tabindex="0"]')!;
  stop.focus();
  let reached: string | null = null;
  for (let i = 0; i < 200 && reached === null; i++) {
    await userEvent.keyboard('{ArrowRight}');
    const id = document.activeElement?.getAttribute('data-node-id') ?? null;
    expect(id).not.toBeNull();
    if (!drawnAtStart.has(id)) reached = id;
  }
  expect(reached).not.toBeNull();
  await frames(1);
  const focused = document.activeElement!;
  expect(focused.getAttribute('tabindex')).toBe('0');
  const r = focused.getBoundingClientRect();
  // In view, inside the canvas.
  expect(r.left).toBeGreaterThanOrEqual(box.left);
  expect(r.right).toBeLessThanOrEqual(box.right);
  expect(r.top).toBeGreaterThanOrEqual(box.top);
  expect(r.bottom).toBeLessThanOrEqual(box.bottom);

  // The outline reaches everyone: at this size each generation is a disclosure, the ones nearest the focus
  // open; opening the others lists everyone. Choosing someone far away selects them and the symbol is drawn.
  const closed = [...target.querySelectorAll<HTMLButtonElement>('.kring-outline [aria-expanded="false"]')];
  expect(closed.length).toBeGreaterThan(0);
  expect(target.querySelectorAll('.kring-outline li').length).toBeLessThan(doc.persons.length / 10);
  for (const button of closed) button.click();
  await frames(1);
  expect(closed.every((b) => b.getAttribute('aria-expanded') === 'true')).toBe(true);
  const items = [...target.querySelectorAll<HTMLButtonElement>('.kring-outline li > button')];
  expect(items.length).toBeGreaterThanOrEqual(doc.persons.length - 1);
  const far = doc.persons.find((p) => !svg.querySelector(`[data-node-id="${p.id}"]`))!;
  expect(far).toBeDefined();
  const item = items.find((b) => b.textContent?.trim().startsWith(far.name!))!;
  item.click();
  await frames(1);
  const chosen = svg.querySelector(`.kring-node[aria-pressed="true"]`);
  expect(chosen).not.toBeNull();

  // Escape in the panel returns to the chosen symbol, brought into view.
  item.focus();
  await userEvent.keyboard('{Escape}');
  await frames(1);
  expect(document.activeElement).toBe(svg.querySelector('.kring-node[aria-pressed="true"]'));
  const c = document.activeElement!.getBoundingClientRect();
  expect(c.left).toBeGreaterThanOrEqual(box.left);
  expect(c.right).toBeLessThanOrEqual(box.right);

  expect(await axeViolations(target)).toEqual([]);
  screen.unmount();
}, 180_000);
