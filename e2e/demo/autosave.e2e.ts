/**
 * No edit is lost (issue 9, "Work is lost"): an edit survives a reload, closing the tab and going to "Alle
 * kaarten" 0, 100, 200 and 400 ms after it, without any prompt; one map in two tabs has one writer (the
 * second tab is read-only with a banner, and can take over); a full disk (IndexedDB writes failing) is
 * reported, and only then does the page ask before unloading; the browser killed with SIGKILL 1 s after
 * an edit still has it when started again with the same profile.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { demoForFile, fromFileMenu, serveDemo } from './harness.js';

const demo = demoForFile();

/** A new map from the start page; resolves on its map page with the id from the address. */
async function newMap(page: Page, client: string): Promise<string> {
  await page.evaluate(() => void (location.hash = '#/'));
  await page.getByLabel('Naam van de cliënt').fill(client);
  await page.getByRole('button', { name: 'Kaart maken' }).click();
  await page.getByRole('heading', { level: 1, name: `Netwerk van ${client}` }).waitFor();
  await page.getByText('Opgeslagen op dit apparaat').or(page.locator('.kring-editor')).first().waitFor();
  return /#\/map\/(.+)$/u.exec(page.url())![1]!;
}

/** Adds one person with the keyboard (the toolbar button, Enter): one edit, done when this resolves. */
async function addPerson(page: Page): Promise<void> {
  const button = page.locator('.kring-editor').getByRole('button', { name: 'Persoon toevoegen' });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** How many persons the map page shows, read from the document the editor holds (its .kring.json). */
async function personCount(page: Page): Promise<number> {
  await page.locator('.kring-editor').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    fromFileMenu(page, '.kring.json downloaden'),
  ]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  return (JSON.parse(text) as { persons: unknown[] }).persons.length;
}

const DELAYS = [0, 100, 200, 400];

describe('an edit survives leaving the page right after it', () => {
  test.each(DELAYS)('reload %i ms after the edit', async (ms) => {
    const { page } = demo;
    await newMap(page, `Reload ${ms}`);
    const before = await personCount(page);
    let dialogs = 0;
    const onDialog = () => void dialogs++;
    page.on('dialog', onDialog);
    await addPerson(page);
    await page.waitForTimeout(ms);
    await page.reload();
    page.off('dialog', onDialog);
    await page.getByRole('heading', { level: 1, name: `Netwerk van Reload ${ms}` }).waitFor();
    expect(await personCount(page)).toBe(before + 1);
    expect(dialogs).toBe(0);
    // The journal's change reached IndexedDB: a second reload without it still has the person.
    await page.getByText('Opgeslagen op dit apparaat').waitFor();
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('kring.demo.journal.')) localStorage.removeItem(key);
    });
    await page.reload();
    expect(await personCount(page)).toBe(before + 1);
  });

  test.each(DELAYS)('closing the tab %i ms after the edit', async (ms) => {
    const page = await demo.context.newPage();
    await page.goto(demo.url);
    const id = await newMap(page, `Sluiten ${ms}`);
    const before = await personCount(page);
    await addPerson(page);
    await page.waitForTimeout(ms);
    await page.close({ runBeforeUnload: true });
    const again = await demo.context.newPage();
    await again.goto(`${demo.url}#/map/${id}`);
    expect(await personCount(again)).toBe(before + 1);
    await again.close();
  });

  test.each(DELAYS)('"Alle kaarten" %i ms after the edit', async (ms) => {
    const { page } = demo;
    const id = await newMap(page, `Terug ${ms}`);
    const before = await personCount(page);
    const errors = demo.consoleErrors.length;
    await addPerson(page);
    await page.waitForTimeout(ms);
    await page.getByRole('link', { name: 'Alle kaarten' }).click();
    await page.getByRole('heading', { name: 'Jouw kaarten op dit apparaat' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('link', { name: `Netwerk van Terug ${ms} openen` }).click();
    await page.waitForURL(`**/#/map/${id}`);
    expect(await personCount(page)).toBe(before + 1);
    // The same after a reload: the save was made under this map's id, not lost on the way.
    await page.reload();
    expect(await personCount(page)).toBe(before + 1);
    expect(demo.consoleErrors.slice(errors)).toEqual([]);
  });
});

test('two tabs: the second is read-only with a banner, and can take over', async () => {
  const a = demo.page;
  const id = await newMap(a, 'Twee tabbladen');
  const b = await demo.context.newPage();
  await b.goto(`${demo.url}#/map/${id}`);
  const banner = b.getByRole('status').filter({ hasText: 'Deze kaart is open in een ander tabblad' });
  await banner.waitFor();
  expect(await b.locator('.kring-editor').getByRole('button', { name: 'Persoon toevoegen' }).count()).toBe(0);
  const before = await personCount(a);

  // A edits; B shows A's saved map.
  await addPerson(a);
  await a.getByText('Opgeslagen op dit apparaat').waitFor();
  await expect.poll(() => personCount(b), { timeout: 10_000 }).toBe(before + 1);

  // B takes over: A turns read-only with its own banner, B edits.
  await b.getByRole('button', { name: 'Hier verder bewerken' }).click();
  await a.getByRole('status').filter({ hasText: 'Je bewerkt deze kaart nu in een ander tabblad' }).waitFor();
  await banner.waitFor({ state: 'detached' });
  expect(await a.locator('.kring-editor').getByRole('button', { name: 'Persoon toevoegen' }).count()).toBe(0);
  await addPerson(b);
  await addPerson(b);
  await b.reload();
  // After the reload B is still the writer (A waits), and has both edits.
  await b.locator('.kring-editor').getByRole('button', { name: 'Persoon toevoegen' }).waitFor();
  expect(await b.getByRole('status').filter({ hasText: 'ander tabblad' }).count()).toBe(0);
  expect(await personCount(b)).toBe(before + 3);
  // A takes it back and sees everything B did: nothing lost, no silent last-writer-wins.
  await a.getByRole('button', { name: 'Hier verder bewerken' }).click();
  await a.locator('.kring-editor').getByRole('button', { name: 'Persoon toevoegen' }).waitFor();
  expect(await personCount(a)).toBe(before + 3);
  await b.getByRole('status').filter({ hasText: 'Je bewerkt deze kaart nu' }).waitFor();
  await b.close();
});

test('a full disk is reported, and only then does the page ask before unloading', async () => {
  const { page } = demo;
  await newMap(page, 'Schijf vol');
  const before = await personCount(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put(): IDBRequest<IDBValidKey> {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await addPerson(page);
  await page.getByRole('alert').filter({ hasText: 'de opslag is vol' }).waitFor();
  await page.getByText('Niet opgeslagen').waitFor();
  const dialogs: string[] = [];
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  // The journal kept the edit through the reload, and the page (with a working disk again) saved it.
  expect(await personCount(page)).toBe(before + 1);
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
});

/** Starts Chromium itself (to know its process), with remote debugging on a free port. */
async function startChromium(profile: string) {
  const child = spawn(
    chromiumPath,
    [
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      ...chromiumArgs,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/u.exec(seen);
      if (match) resolve(match[1]!);
    });
    child.on('exit', () => reject(new Error(`chromium exited: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { child, browser, context: browser.contexts()[0]! };
}

test('SIGKILL of the browser 1 s after an edit keeps it', async () => {
  const server = await serveDemo();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-sigkill-'));
  try {
    const first = await startChromium(profile);
    const page = await first.context.newPage();
    await page.goto(url);
    const id = await newMap(page, 'Afgebroken');
    const before = await personCount(page);
    await addPerson(page);
    await page.waitForTimeout(1000);
    process.kill(-first.child.pid!, 'SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startChromium(profile);
    try {
      const again = await second.context.newPage();
      await again.goto(`${url}#/map/${id}`);
      expect(await personCount(again)).toBe(before + 1);
    } finally {
      await second.browser.close();
      process.kill(-second.child.pid!, 'SIGKILL');
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
