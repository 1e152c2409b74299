/**
 * axe-core over the demo's own pages (start page, a map's frame and toolbar, trainer mode), in Dutch and
 * English: no violations of WCAG 2 A/AA rules (contrast, names, landmarks, headings). The editor inside the
 * map page is checked by its own package's tests and left out here.
 */
import { expect, test } from 'vitest';
import { axeViolations, demoForFile, WCAG_AA } from './harness.js';

const demo = demoForFile();

/** axe over the demo's own parts of the page (the editor is left out). */
const violations = (): Promise<string[]> =>
  axeViolations(demo.page, { context: { exclude: [['.kring-editor']] }, tags: WCAG_AA });

test('the start page passes axe in Dutch and in English', async () => {
  const { page } = demo;
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Example cases' }).waitFor();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: 'Nederlands' }).click();
});

test('the map page and trainer mode pass axe', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Voorbeeld openen: Netwerk van Noor' }).click();
  await page.locator('.kring-editor').waitFor();
  expect(await violations()).toEqual([]);
  await page.getByLabel('Initialen in plaats van namen').check();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: 'Trainersmodus' }).click();
  await page.getByText(/^Stap 1 van/).waitFor();
  expect(await violations()).toEqual([]);
});

test('the skip link is the first stop and leads to the main content', async () => {
  const { page } = demo;
  await page.goto(demo.url);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  expect(demo.consoleErrors).toEqual([]);
});
