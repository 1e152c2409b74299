/**
 * A newcomer's first session with the demo, in headless Chromium over the built site: look at the start
 * page, open each example, build a map of eight people with mouse and keyboard, export it, reload and find
 * the work again, switch the language, run trainer mode to the end, delete a map and undo that, open a
 * broken file. Fails on any console error and on any network request after the first load.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { demoForFile, downloadText, exportFromDialog, fromFileMenu } from './harness.js';

const demo = demoForFile();

async function personsInMap(): Promise<number> {
  const { text } = await downloadText(demo.page, () => fromFileMenu(demo.page, '.kring.json downloaden'));
  return (JSON.parse(text) as { persons: unknown[] }).persons.length;
}

describe('the demo, as a newcomer uses it', () => {
  test('the start page is in Dutch and offers the three examples', async () => {
    const { page } = demo;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kring');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
    expect(await page.getByRole('button', { name: /^Voorbeeld openen:/ }).count()).toBe(3);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
  });

  test('each example opens in the editor and comes back in the list', async () => {
    const { page } = demo;
    const titles = await page
      .getByRole('button', { name: /^Voorbeeld openen:/ })
      .evaluateAll((buttons) =>
        buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace('Voorbeeld openen: ', '')),
      );
    for (const title of titles) {
      await page.getByRole('button', { name: `Voorbeeld openen: ${title}` }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.kring-editor').waitFor();
      await page.getByRole('link', { name: 'Alle kaarten', exact: true }).click();
      await page.getByRole('link', { name: `${title} openen` }).waitFor();
    }
  });

  test('a new map of eight people, made with mouse and keyboard, is kept', async () => {
    const { page } = demo;
    await page.getByRole('button', { name: 'Kaart maken' }).click();
    await page.getByText('Vul eerst een naam in.').waitFor();
    await page.getByLabel('Naam van de cliënt').fill('Sophia');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Netwerk van Sophia' }).waitFor();
    expect(await personsInMap()).toBe(1);

    // The toolbar button, pressed from the keyboard, adds a person the layout places (with the mouse it
    // waits for a click in the drawing: see eight-people.e2e.ts for each view with mouse and keyboard).
    await page.getByRole('button', { name: 'Persoon toevoegen' }).press('Enter');
    await page.getByRole('button', { name: 'Persoon toevoegen' }).press('Enter');
    // Select Sophia through the editor's outline, then the shortcuts add relatives.
    const editor = page.locator('.kring-editor');
    await editor.getByRole('button', { name: 'Sophia', exact: true }).click();
    for (const key of ['p', 'p', 'm', 's', 'c']) {
      await editor.focus();
      await page.keyboard.press(key);
    }
    await page.getByText('Opgeslagen op dit apparaat').waitFor();
    expect(await personsInMap()).toBeGreaterThanOrEqual(8);
  });

  test('the SVG export parses and holds the title block', async () => {
    const { page } = demo;
    const { name, text } = await downloadText(page, () => exportFromDialog(page, 'SVG exporteren'));
    expect(name).toBe('netwerk-van-sophia-genogram.svg');
    const errors: string[] = [];
    const svg = new DOMParser({
      onError: (level, message) => void errors.push(`${level}: ${message}`),
    }).parseFromString(text, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(svg.documentElement?.nodeName).toBe('svg');
    expect(svg.documentElement?.getAttribute('width')).toBe('297mm');
    expect(text).toContain('Netwerk van Sophia');
    // Private by default: the map itself is inside only when "Kaart later weer openen in Kring" is ticked.
    expect(text).not.toContain('<metadata');
  });

  test('the PNG export is a PNG', async () => {
    const { page } = demo;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportFromDialog(page, 'PNG exporteren'),
    ]);
    expect(download.suggestedFilename()).toBe('netwerk-van-sophia-genogram.png');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  test('after a reload the work is still there', async () => {
    const { page } = demo;
    const before = await personsInMap();
    await demo.reload();
    await page.getByRole('heading', { level: 1, name: 'Netwerk van Sophia' }).waitFor();
    expect(await personsInMap()).toBe(before);
    await page.getByRole('link', { name: 'Alle kaarten', exact: true }).click();
    await page.getByRole('link', { name: 'Verder met “Netwerk van Sophia”' }).waitFor();
  });

  test('English is one click away and is remembered', async () => {
    const { page } = demo;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Example cases' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await demo.reload();
    await page.getByRole('heading', { name: 'Your maps on this device' }).waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Jouw kaarten op dit apparaat' }).waitFor();
  });

  test('trainer mode steps through the whole example with the presenter keys', async () => {
    const { page } = demo;
    await page.getByRole('button', { name: 'Voorbeeld openen: Netwerk van Noor' }).click();
    await page.getByRole('button', { name: 'Trainersmodus' }).click();
    const counter = page.getByText(/^Stap \d+ van \d+$/);
    await counter.waitFor();
    const total = Number(/van (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
    // The genogram's steps: only those that change its picture (15 for Noor).
    expect(total).toBeGreaterThan(10);
    expect(await page.getByText('Om Noor Verhoeven draait deze kaart.').count()).toBe(1);
    const keys = ['PageDown', 'ArrowRight', ' ', 'ArrowDown'];
    for (let i = 1; i < total; i++) await page.keyboard.press(keys[i % keys.length]!);
    expect(await counter.textContent()).toBe(`Stap ${total} van ${total}`);
    await page.getByText('De hele kaart staat erop.').waitFor();
    await page.keyboard.press('PageUp');
    expect(await counter.textContent()).toBe(`Stap ${total - 1} van ${total}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Trainersmodus' }).waitFor();
    await page.getByRole('link', { name: 'Alle kaarten', exact: true }).click();
  });

  test('deleting a map asks first and can be undone', async () => {
    const { page } = demo;
    const count = () => page.getByRole('link', { name: 'Netwerk van Sophia openen' }).count();
    expect(await count()).toBe(1);
    await page.getByRole('button', { name: 'Netwerk van Sophia verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deze kaart verwijderen?' });
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await count()).toBe(1);
    await page.getByRole('button', { name: 'Netwerk van Sophia verwijderen' }).click();
    await dialog.getByRole('button', { name: 'Kaart verwijderen' }).click();
    await expect.poll(count).toBe(0);
    await page.getByRole('heading', { name: 'Onlangs verwijderd' }).waitFor();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(count).toBe(1);
  });

  test('a broken file shows every problem with its path', async () => {
    const { page } = demo;
    const broken = JSON.stringify({
      format: 'kring',
      version: 2,
      focus: 'x',
      persons: [{ id: 'x', name: '<b>Sophia</b>' }],
    });
    await page.locator('#open-file').setInputFiles({
      name: '<img src=x>.kring.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'kon niet worden geopend' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('“<img src=x>.kring.json” kon niet worden geopend');
    expect(await alert.textContent()).toContain('bij persons[0].gender');
    expect(await alert.locator('img').count()).toBe(0);
  });

  test('nothing went wrong on the way', () => {
    expect(demo.consoleErrors).toEqual([]);
    expect(demo.unexpectedRequests).toEqual([]);
  });
});
