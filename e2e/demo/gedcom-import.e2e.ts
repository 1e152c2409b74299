/**
 * Opening a family tree (GEDCOM) in the built demo: royal92 (3,010 persons) is read in a Web Worker — the
 * page's strict CSP allows exactly that (`worker-src 'self'`) — with a progress bar; the worker's Cancel
 * really ends the worker; a broken file is refused with its line number. No console error (a CSP violation
 * would be one), no request beyond the demo's own files; axe finds nothing in the dialog.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, downloadText, fromFileMenu, openDemo, type Demo } from './harness.js';

const ROYAL92 = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../packages/gedcom/fixtures/public/royal92.ged'),
  'latin1',
);

/** royal92's records `copies` times over (identifiers renamed per copy): a file that takes a while to read. */
function royal92Times(copies: number): string {
  const lines = ROYAL92.split(/\r?\n/);
  const first = lines.findIndex((l) => l.startsWith('0 @'));
  const end = lines.findIndex((l) => l.startsWith('0 TRLR'));
  const records = lines.slice(first, end);
  const out = lines.slice(0, first);
  for (let k = 0; k < copies; k++)
    out.push(...(k === 0 ? records : records.map((l) => l.replace(/@([^@\s]+)@/g, `@K${k}$1@`))));
  return [...out, '0 TRLR', ''].join('\n');
}

let demo: Demo;
const workers: Worker[] = [];
beforeAll(async () => {
  demo = await openDemo();
  demo.page.on('worker', (w) => workers.push(w));
  await demo.markLoaded();
});
afterAll(async () => {
  await demo?.close();
});

async function openGedcom(name: string, text: string) {
  await demo.page.locator('#open-file').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(text, 'latin1'),
  });
}

test('the page has a strict CSP that allows only its own workers', async () => {
  const csp = await demo.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toMatch(/unsafe-eval|\*/);
});

test('royal92 is read in a worker with a progress bar, and imported around one person', async () => {
  const { page } = demo;
  await page.evaluate(() => void (location.hash = '#/'));
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  const before = workers.length;
  await openGedcom('royal92.ged', ROYAL92);
  const dialog = page.getByRole('dialog', { name: 'Stamboom importeren (GEDCOM): royal92.ged' });
  await dialog.getByText(/^3010 personen, /).waitFor();
  expect(workers.length).toBe(before + 1);
  expect(workers[before]!.url()).toMatch(/\/assets\/import\.worker-[\w-]+\.js$/);
  expect(await axeViolations(demo.page)).toEqual([]);

  const focus = dialog.getByRole('combobox', { name: 'Wiens kaart is het? (de cliënt)' });
  await focus.fill('Victoria Hanover');
  await dialog.getByRole('combobox', { name: 'Wie er meekomt' }).selectOption('2');
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await page.locator('.kring-editor .kring-node').first().waitFor();
  expect(workers.length).toBe(before + 2);

  const { text } = await downloadText(page, () => fromFileMenu(page, '.kring.json downloaden'));
  const doc = JSON.parse(text) as { focus: string; persons: { id: string; name: string }[] };
  expect(doc.persons.find((p) => p.id === doc.focus)?.name).toBe('Victoria Hanover');
  expect(doc.persons.length).toBeGreaterThan(20);
  expect(doc.persons.length).toBeLessThan(200);
  expect(demo.consoleErrors).toEqual([]);
  expect(demo.unexpectedRequests).toEqual([]);
});

test('Cancel while reading ends the worker and closes the dialog; nothing is opened', async () => {
  const { page } = demo;
  await page.evaluate(() => void (location.hash = '#/'));
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  const before = workers.length;
  await openGedcom('groot.ged', royal92Times(6));
  const dialog = page.getByRole('dialog', { name: 'Stamboom importeren (GEDCOM): groot.ged' });
  const bar = dialog.getByRole('progressbar', { name: 'Stamboom lezen…' });
  await expect.poll(async () => Number(await bar.getAttribute('value')), { interval: 20 }).toBeGreaterThan(0);
  expect(workers.length).toBe(before + 1);
  const ended = new Promise<void>((resolve) => workers[before]!.once('close', () => resolve()));
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await ended; // the worker is gone: its work stopped
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  expect(page.url()).not.toContain('#/map');
  expect(demo.consoleErrors).toEqual([]);
});

test('a broken file is refused with its line number, and the dialog offers only to close', async () => {
  const { page } = demo;
  await openGedcom('kapot.ged', ROYAL92.slice(0, 5000));
  const dialog = page.getByRole('dialog', { name: 'Dit bestand kan niet worden geïmporteerd: kapot.ged' });
  await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/regel \d+: Het bestand houdt op/);
  await expect.poll(() => dialog.getByRole('button').allTextContents()).toEqual(['Sluiten']);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(demo.consoleErrors).toEqual([]);
});
