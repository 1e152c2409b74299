/**
 * The built `<kring-editor>` (the single file, in its shadow root, strict CSP) on a 390×844 touch phone: the
 * context row keeps its place before anything is selected ("Select someone for more actions"), so a tap on a
 * person selects them and shows their relatives without moving the canvas or the symbol under the finger; a
 * second tap where another person was seen selects that person. Fails on any console error, page error, CSP
 * violation or request to anything but the page's own files.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watch, type Browser } from './lib/browser.js';
import { serve, type StaticServer } from './lib/server.js';
import { routes, STRICT_CSP } from './pages/pages.js';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve(routes(), { 'content-security-policy': STRICT_CSP });
  browser = await launch({ width: 390, height: 844 }, { touch: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The canvas's box, the selected ids and the centres of the symbols inside the canvas, from the shadow root. */
function look(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('kring-editor')!.shadowRoot!;
    const box = root.querySelector('svg.kring-canvas')!.getBoundingClientRect();
    const nodes = [...root.querySelectorAll<SVGGElement>('.kring-node[data-node-id]')].flatMap((n) => {
      const r = n.getBoundingClientRect();
      const inside = r.width > 0 && r.top >= box.top && r.bottom <= box.bottom;
      return inside && r.left >= box.left && r.right <= box.right
        ? [{ id: n.dataset['nodeId']!, x: r.left + r.width / 2, y: r.top + r.height / 2 }]
        : [];
    });
    const selected = [...root.querySelectorAll<SVGGElement>('.kring-node[aria-pressed="true"]')].map(
      (n) => n.dataset['nodeId']!,
    );
    return { canvas: { x: box.x, y: box.y, width: box.width, height: box.height }, nodes, selected };
  });
}

test('a tap on a person in the element leaves the drawing under the finger; a second tap selects another', async () => {
  const page = await browser.context.newPage();
  const w = await watch(page, server.origin);
  await page.goto(`${server.origin}/plain.html`);
  await page.getByRole('button', { name: 'Anna, person' }).waitFor();
  await page.getByText('Select someone for more actions').waitFor();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
  const before = await look(page);
  expect(before.nodes.length).toBeGreaterThan(1);
  const first = before.nodes[0]!;
  const second = before.nodes.at(-1)!;
  for (const who of [first, second]) {
    await page.touchscreen.tap(who.x, who.y);
    await expect.poll(async () => (await look(page)).selected).toEqual([who.id]);
    await page.getByRole('group', { name: /^Add a relative of / }).waitFor();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
    );
    const after = await look(page);
    expect(after.canvas).toEqual(before.canvas);
    const now = after.nodes.find((n) => n.id === who.id)!;
    expect(Math.abs(now.x - who.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(now.y - who.y)).toBeLessThanOrEqual(1);
  }
  await page.screenshot({ path: 'test-results/e2e-element-phone.png' });
  expect(w.problems).toEqual([]);
  await page.close();
});
