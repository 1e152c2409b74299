/**
 * The built `<kring-editor>` (the single file, in its shadow root, strict CSP) on a wide screen with a mouse,
 * at 1440×900 and 1280×800: a click on a person selects them and shows the context row over the drawing's
 * upper corner; the canvas keeps its box and the clicked symbol its place (it moved 33–38 px down when the row
 * took a line above the drawing), in the genogram, ecogram and sociogram, in English and Dutch; no axe
 * violation while the row shows. Fails on any console error, page error, CSP violation or request to anything
 * but the page's own files.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, WCAG_AA } from './demo/harness.js';
import { launch, watch } from './lib/browser.js';
import { serve, type StaticServer } from './lib/server.js';
import { routes, STRICT_CSP } from './pages/pages.js';

let server: StaticServer;

beforeAll(async () => {
  server = await serve(routes(), { 'content-security-policy': STRICT_CSP });
});
afterAll(async () => {
  await server?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The canvas's box, the context row's box (if one shows), the selected ids and each symbol's box. */
function look(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const root = document.querySelector('kring-editor')!.shadowRoot!;
    const svg = root.querySelector('svg.kring-canvas')!;
    const row = root.querySelector('.kring-context');
    const nodes: Record<string, Box & { label: string }> = {};
    for (const n of svg.querySelectorAll<SVGGElement>('.kring-node[data-node-id]'))
      nodes[n.dataset['nodeId']!] = { ...box(n), label: n.getAttribute('aria-label') ?? '' };
    const selected = [...svg.querySelectorAll<SVGGElement>('.kring-node[aria-pressed="true"]')].map(
      (n) => n.dataset['nodeId']!,
    );
    return { canvas: box(svg), row: row ? box(row) : null, nodes, selected };
  });
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const apart = (a: Box, b: Box) =>
  a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;

/** Waits until nothing in the drawing moves between two looks a few frames apart. */
async function still(page: Page): Promise<Awaited<ReturnType<typeof look>>> {
  let last = await look(page);
  for (let i = 0; i < 40; i++) {
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        ),
    );
    const now = await look(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the drawing did not settle');
}

describe.each([
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
])('at $width×$height with a mouse', (viewport) => {
  test('a click on a person shows the row over the drawing without moving it, in English and Dutch', async () => {
    const browser = await launch(viewport);
    try {
      const page = await browser.context.newPage();
      const w = await watch(page, server.origin);
      await page.goto(`${server.origin}/plain.html`);
      await page.getByRole('button', { name: 'Anna, person' }).waitFor();
      for (const language of ['en', 'nl'] as const) {
        if (language === 'nl') {
          await page.evaluate(() => {
            (document.getElementById('editor') as HTMLElement & { locale: string }).locale = 'nl';
          });
          await page.getByRole('button', { name: 'Anna, persoon' }).waitFor();
        }
        for (const view of ['genogram', 'ecogram', 'sociogram']) {
          await page.getByRole('button', { name: view, exact: true }).click();
          const before = await still(page);
          expect(before.row).toBeNull();
          const [id, who] = Object.entries(before.nodes).find(([, n]) => n.label.startsWith('Anna'))!;
          const at = centre(who);
          await page.mouse.click(at.x, at.y);
          await expect.poll(async () => (await look(page)).selected).toEqual([id]);
          const after = await still(page);
          expect(after.canvas, `${language} ${view}`).toEqual(before.canvas);
          const now = centre(after.nodes[id]!);
          expect(Math.abs(now.x - at.x), `${language} ${view}`).toBeLessThanOrEqual(1);
          expect(Math.abs(now.y - at.y), `${language} ${view}`).toBeLessThanOrEqual(1);
          expect(after.row, `${language} ${view}`).not.toBeNull();
          expect(after.row!.y).toBeGreaterThanOrEqual(after.canvas.y);
          expect(apart(after.row!, after.nodes[id]!), `${language} ${view}`).toBe(true);
          if (view === 'genogram') {
            await page.screenshot({
              path: `test-results/e2e-element-wide-${viewport.width}-${language}.png`,
            });
            expect(await axeViolations(page, { tags: WCAG_AA })).toEqual([]);
          }
          await page.keyboard.press('Escape');
        }
      }
      expect(w.problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
