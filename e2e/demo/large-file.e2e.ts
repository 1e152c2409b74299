/**
 * The demo opening a 5,000-person family (the seeded synthetic family of @kring/examples) from a file: the
 * genogram is laid out off the main thread (the editor's layout worker, served beside the demo's code) and
 * drawn; a person added from the keyboard reaches the drawing; the print sheet is made only when printing;
 * no console errors, no requests after the first load but the demo's own lazily loaded code. The longest
 * main-thread task from opening to the edit is printed, not asserted: budgets live in bench/.
 */
import { expect, test } from 'vitest';
import { syntheticFamily } from '../../packages/examples/src/synthetic/index.js';
import { demoForFile } from './harness.js';

const FAMILY = syntheticFamily(5000, 42);

const demo = demoForFile();

test('a 5,000-person file opens, is drawn and can be edited', async () => {
  const { page } = demo;
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.locator('#open-file').setInputFiles({
    name: 'familie.kring.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...FAMILY, title: 'Familie groot' })),
  });
  await page.getByRole('heading', { level: 1, name: 'Familie groot' }).waitFor({ timeout: 60_000 });
  const symbols = page.locator('svg.kring-canvas [data-node-id]');
  await expect.poll(() => symbols.count(), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 60_000 }).toBe(0);
  const label = page.locator('svg.kring-canvas');
  expect(await label.getAttribute('aria-label')).toMatch(/\b5[.,]?000\b/);

  // Keyboard: into the drawing, then N adds a person (the layout places it; the count goes up by one).
  await symbols.first().focus();
  await page.keyboard.press('n');
  await expect.poll(() => label.getAttribute('aria-label'), { timeout: 60_000 }).toMatch(/\b5[.,]?001\b/);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(`demo, 5,000-person file: longest main-thread task ${Math.round(longest)} ms (loaded machine)`);
  // The print sheet is made when printing starts, not on every edit.
  const sheet = page.locator('.print-sheet img');
  expect(await sheet.count()).toBe(0);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  expect(await sheet.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect.poll(() => sheet.count()).toBe(0);

  expect(demo.consoleErrors).toEqual([]);
  // Later requests are the demo's own lazily loaded code (the editor's parts, its layout worker) only.
  expect(demo.unexpectedRequests).toEqual([]);
  expect(demo.lateRequests.some((r) => /\/assets\/layout-worker-[\w-]+\.js$/.test(r))).toBe(true);
});
