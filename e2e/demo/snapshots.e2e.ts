/**
 * Change over time in the built demo (Dutch), on the example "Netwerk van Noor" at 1600x1000: take a snapshot
 * at intake (T0), edit the map (a newcomer; Jesse deleted, the snapshot keeping him), take a second one (T1),
 * compare the two in practice words and on the map (T1 drawn over the canvas with the overlay), replay
 * T0 → T1 → now, and replay the change in trainer mode at 1920x1080 with every text at least 24 px. Axe finds
 * nothing on the way. Screenshots go to test-results/snapshots/ (not committed) for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, openDemo, type Demo, WCAG_AA } from './harness.js';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/snapshots');

let demo: Demo;
beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  demo = await openDemo({ viewport: { width: 1600, height: 1000 } });
  await demo.markLoaded();
});
afterAll(async () => {
  await demo?.close();
});

async function takeSnapshot(page: Page, label: string, date: string) {
  // (Adding someone shows their details: back to the snapshots.)
  await page.getByRole('tab', { name: 'Momentopnamen' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Momentopnamen' });
  await panel.getByLabel('Naam', { exact: true }).fill(label);
  await panel.getByLabel('Datum', { exact: true }).fill(date);
  await panel.getByRole('button', { name: 'Momentopname maken' }).click();
  await panel.getByText(`${label} (${date})`).first().waitFor();
}

test('T0, edit, T1, compare in words and on the map, replay — and replay in trainer mode', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: /^Voorbeeld openen: .*Noor/ }).click();
  const editor = page.locator('.kring-editor');
  await editor.locator('svg.kring-canvas').waitFor();
  await editor.getByRole('button', { name: 'sociogram', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Momentopnamen' });
  await takeSnapshot(page, 'Intake', '2026-01-15');

  // Edit: a newcomer placed in ring 2 among the friends (just beside Esther), and Jesse deleted from the
  // map now only (the snapshot keeps him).
  await editor.getByRole('button', { name: 'Persoon toevoegen' }).click();
  const esther = (await editor.locator('.kring-node[data-node-id="p-esther"]').boundingBox())!;
  await page.mouse.click(esther.x + esther.width / 2 + 50, esther.y + esther.height / 2);
  await expect.poll(() => editor.locator('.kring-node').count()).toBeGreaterThan(15);
  await editor.locator('.kring-node[data-node-id="p-jesse"]').click();
  await editor.getByRole('toolbar').getByRole('button', { name: 'Verwijderen' }).click();
  const ask = page.getByRole('dialog', { name: 'Ook uit de momentopnamen wissen?' });
  await ask.waitFor();
  expect(await axeViolations(page, { tags: WCAG_AA })).toEqual([]);
  await ask.getByRole('button', { name: 'Alleen van de kaart nu verwijderen' }).click();
  await editor.locator('.kring-node[data-node-id="p-jesse"]').waitFor({ state: 'detached' });
  await takeSnapshot(page, 'Na netwerkberaad', '2026-03-01');

  // Compare the two snapshots: the words, and T1 drawn over the canvas with the overlay.
  await panel.getByRole('combobox', { name: /^Van/ }).selectOption({ label: 'Intake (2026-01-15)' });
  await panel
    .getByRole('combobox', { name: /^Naar/ })
    .selectOption({ label: 'Na netwerkberaad (2026-03-01)' });
  await panel.getByText('1 nieuwe persoon: Nieuwe persoon').waitFor();
  await panel.getByText('1 persoon niet meer in het netwerk: Jesse de Wit').waitFor();
  const stage = page.locator('.kring-snapshot-stage');
  await stage.getByText('Na netwerkberaad (2026-03-01), vergeleken met Intake (2026-01-15)').waitFor();
  expect(await stage.locator('.kring-comparison rect').count()).toBe(2);
  expect(await stage.locator('.kring-comparison').getByText('Jesse de Wit').count()).toBe(1);
  expect(await editor.locator('.kring-stage').getAttribute('inert')).not.toBeNull();
  await page.screenshot({ path: path.join(SHOTS, 'compare-t0-t1.png') });
  expect(await axeViolations(page, { tags: WCAG_AA })).toEqual([]);

  // Replay T0 → T1 → now, by step and by play.
  const controls = panel.getByRole('group', { name: 'Bediening van het afspelen' });
  await controls.getByRole('button', { name: 'Stap vooruit' }).click();
  await panel.getByText('Stap 1 van 3: Intake (2026-01-15)').waitFor();
  await controls.getByRole('button', { name: 'Stap vooruit' }).click();
  await panel.getByText('Stap 2 van 3: Na netwerkberaad (2026-03-01)').waitFor();
  await controls.getByRole('button', { name: 'Stap terug' }).click();
  await panel.getByText('Stap 1 van 3').waitFor();
  await controls.getByRole('combobox', { name: /^Snelheid/ }).selectOption({ label: '2×' });
  await controls.getByRole('button', { name: 'Afspelen' }).click();
  await panel.getByText('Stap 3 van 3: nu (de kaart zoals hij is)').waitFor({ timeout: 10_000 });
  await panel.getByText('Geen veranderingen in het netwerk.').waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'replay-now.png') });
  expect(await axeViolations(page, { tags: WCAG_AA })).toEqual([]);
  await controls.getByRole('button', { name: 'Terug naar de kaart nu' }).click();
  await panel.getByRole('combobox', { name: /^Naar/ }).selectOption({ label: 'nu (de kaart zoals hij is)' });
  await stage.waitFor({ state: 'detached' });

  // Trainer mode on a projector: replay the change with every text at least 24 px.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Trainersmodus' }).click();
  await page.getByRole('button', { name: 'Verandering afspelen' }).click();
  await page.getByText('Stap 1 van 3', { exact: true }).waitFor();
  await page.keyboard.press('PageDown');
  await page.getByText('Stap 2 van 3', { exact: true }).waitFor();
  await page.getByText(/^Na netwerkberaad \(2026-03-01\): .*Jesse de Wit/).waitFor();
  const shown = await page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.trainer-map')!;
    let min = Infinity;
    for (const text of svg.querySelectorAll('text')) {
      if ((text.textContent ?? '').trim() === '') continue;
      const ctm = text.getScreenCTM()!;
      min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b));
    }
    return { min, marks: svg.querySelectorAll('.comparison rect').length };
  });
  // Reduced motion: the step changed the picture without any animation.
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  expect(shown.min).toBeGreaterThanOrEqual(24);
  expect(shown.marks).toBe(2);
  await page.screenshot({ path: path.join(SHOTS, 'trainer-replay-1920x1080.png') });
  expect(await axeViolations(page, { tags: WCAG_AA })).toEqual([]);
  await page.keyboard.press('Escape');
  expect(demo.consoleErrors).toEqual([]);
  expect(demo.unexpectedRequests).toEqual([]);
});
