/**
 * The newcomer check, view by view: a map of eight people in the genogram, the ecogram and the
 * sociogram, once with the keyboard alone (Tab, Enter, arrow keys and the editor's shortcuts) and once with
 * the mouse. Each map is checked in the saved document after a reload (IndexedDB autosave → restored), and
 * the live region must have announced the changes by name. Also: "initials instead of names" keeps the
 * editor editable and the export pseudonymised.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  arrowTo,
  type Demo,
  downloadText,
  exportFromDialog,
  focused,
  fromFileMenu,
  openDemo,
  tabTo,
} from './harness.js';

interface SavedDocument {
  focus: string;
  persons: { id: string; name: string }[];
  ties: { from: string; to: string; ring?: number; sector?: string }[];
  partnerships: unknown[];
  parentChild: unknown[];
}

let demo: Demo;
beforeAll(async () => {
  demo = await openDemo();
  await demo.markLoaded();
  // Every text the editor's live region ever showed, in order (it holds only the latest).
  await demo.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { announcements: string[] }).announcements = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.kring-editor [role="status"]')) {
        const text = el.textContent?.trim() ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await demo.reload();
});
afterAll(async () => {
  await demo?.close();
});

const announcements = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { announcements: string[] }).announcements]);

/** A new map for `client`, made from the start page with the keyboard or the mouse. */
async function newMap(client: string, keyboard: boolean): Promise<void> {
  const { page } = demo;
  await page.evaluate(() => void (location.hash = '#/'));
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  if (keyboard) {
    await tabTo(page, /^input:Naam van de cliënt/);
    await page.keyboard.type(client);
    await page.keyboard.press('Enter');
  } else {
    await page.getByLabel('Naam van de cliënt').fill(client);
    await page.getByRole('button', { name: 'Kaart maken' }).click();
  }
  await page.getByRole('heading', { level: 1, name: `Netwerk van ${client}` }).waitFor();
  await page.locator('.kring-editor').waitFor();
}

async function showView(name: 'ecogram' | 'sociogram', keyboard: boolean): Promise<void> {
  const { page } = demo;
  const button = page.locator('.kring-editor').getByRole('button', { name, exact: true });
  if (keyboard) {
    await tabTo(page, new RegExp(`^button:${name}$`));
    await page.keyboard.press('Enter');
  } else await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

/** Waits for the autosave, reloads the page and reads the restored map back as its .kring.json. */
async function savedAfterReload(client: string): Promise<SavedDocument> {
  const { page } = demo;
  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await demo.reload();
  await page.getByRole('heading', { level: 1, name: `Netwerk van ${client}` }).waitFor();
  const { text } = await downloadText(page, () => fromFileMenu(page, '.kring.json downloaden'));
  return JSON.parse(text) as SavedDocument;
}

/** A symbol in the drawing, by its accessible name. */
const symbol = (page: Page, name: RegExp) =>
  page.locator('.kring-editor g[data-node-id]').and(page.getByRole('button', { name }));

/** Clicks spots of the drawing away from its middle, each with the "add person" tool. */
async function placeWithMouse(page: Page, count: number, spread = 1): Promise<void> {
  const canvas = page.locator('.kring-editor svg.kring-canvas');
  const spots = [
    [0.2, 0.2],
    [0.5, 0.15],
    [0.8, 0.2],
    [0.85, 0.5],
    [0.8, 0.8],
    [0.5, 0.85],
    [0.2, 0.8],
    [0.15, 0.5],
  ] as const;
  for (let i = 0; i < count; i++) {
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    // Each placed person opens at its name in the side panel, which narrows the drawing: measure anew.
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no drawing');
    const [fx, fy] = spots[i]!;
    const x = 0.5 + (fx - 0.5) * spread;
    const y = 0.5 + (fy - 0.5) * spread;
    await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
  }
}

describe('a map of eight people in each view', () => {
  test('genogram, keyboard only', async () => {
    const { page } = demo;
    await newMap('Anna', true);
    await tabTo(page, /^g:Anna/);
    // Partner, a child of the couple, two siblings of that child, a child of a sibling, two more people.
    for (const key of ['m', 'c', 's', 's', 'c', 'n', 'n']) await page.keyboard.press(key);
    // Arrow keys go to the partner; G picks it up, an arrow moves it, Enter drops it; Enter then opens it
    // in the inspector, where the name is typed.
    await arrowTo(page, /^Partner van Anna,/);
    await page.keyboard.press('g');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^input:Naam/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Bram');
    await page.keyboard.press('Tab');
    await expect.poll(() => announcements(page)).toContain('Toegevoegd: Partner van Anna');
    const said = await announcements(page);
    expect(said.filter((s) => s.startsWith('Toegevoegd: ')).length).toBeGreaterThanOrEqual(5);
    expect(said).toContain('Verplaatst: Partner van Anna');

    const doc = await savedAfterReload('Anna');
    expect(doc.persons).toHaveLength(8);
    expect(doc.persons.map((p) => p.name)).toContain('Bram');
    expect(doc.partnerships).toHaveLength(1);
    expect(doc.parentChild.length).toBeGreaterThanOrEqual(5);
  });

  test('genogram, mouse', async () => {
    const { page } = demo;
    await newMap('Bea', false);
    await placeWithMouse(page, 1);
    const fit = page.getByRole('button', { name: 'Passend maken' });
    for (const relation of ['Ouder', 'Ouder', 'Partner', 'Broer of zus', 'Kind']) {
      await fit.click();
      await symbol(page, /^Bea/).click();
      await page.getByRole('button', { name: `${relation} toevoegen` }).click();
    }
    await page.getByRole('button', { name: 'Kind toevoegen' }).click();
    await expect.poll(() => announcements(page)).toContain('Toegevoegd: Partner van Bea');

    const doc = await savedAfterReload('Bea');
    expect(doc.persons).toHaveLength(8);
    expect(doc.partnerships.length).toBeGreaterThanOrEqual(2);
    expect(doc.parentChild.length).toBeGreaterThanOrEqual(6);
  });

  test('ecogram, keyboard only: each new person is tied to the focus', async () => {
    const { page } = demo;
    await newMap('Cas', true);
    await showView('ecogram', true);
    for (let i = 0; i < 7; i++) await page.keyboard.press('n');
    await expect.poll(async () => (await announcements(page)).at(-1)).toBe('Toegevoegd: Nieuwe persoon');

    const doc = await savedAfterReload('Cas');
    expect(doc.persons).toHaveLength(8);
    expect(doc.ties).toHaveLength(7);
    expect(doc.ties.every((t) => t.from === doc.focus)).toBe(true);
  });

  test('ecogram, mouse: each placed person is tied to the focus', async () => {
    const { page } = demo;
    await newMap('Dirk', false);
    await showView('ecogram', false);
    await placeWithMouse(page, 7);

    const doc = await savedAfterReload('Dirk');
    expect(doc.persons).toHaveLength(8);
    expect(doc.ties).toHaveLength(7);
    expect(doc.ties.every((t) => t.from === doc.focus)).toBe(true);
  });

  test('sociogram, keyboard only: ring and sector are set in the inspector', async () => {
    const { page } = demo;
    await newMap('Eva', true);
    await showView('sociogram', true);
    for (let i = 0; i < 7; i++) await page.keyboard.press('n');
    // The last one: to its symbol, into the inspector, to its tie with Eva, then ring and sector.
    await tabTo(page, /^g:Nieuwe persoon/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^button:Eva/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^select:Ring/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^select:Sector/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announcements(page)).toContain('Toegevoegd: Nieuwe persoon');

    const doc = await savedAfterReload('Eva');
    expect(doc.persons).toHaveLength(8);
    expect(doc.ties).toHaveLength(7);
    const placed = doc.ties.filter((t) => t.ring !== undefined && t.sector !== undefined);
    expect(placed).toHaveLength(1);
  });

  test('sociogram, mouse: where a person lands sets ring and sector', async () => {
    const { page } = demo;
    await newMap('Fien', false);
    await showView('sociogram', false);
    // Inside the circle, so each lands in a ring and a sector.
    await placeWithMouse(page, 7, 0.6);
    // Drag one person to another spot: ring and sector follow where it is dropped.
    const moved = await symbol(page, /^Nieuwe persoon/)
      .last()
      .boundingBox();
    const canvas = await page.locator('.kring-editor svg.kring-canvas').boundingBox();
    if (!moved || !canvas) throw new Error('no drawing');
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width * 0.4, canvas.y + canvas.height * 0.4, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(() => announcements(page))
      .toContainEqual(expect.stringMatching(/^Nieuwe persoon geplaatst in cirkel \d, /));

    const doc = await savedAfterReload('Fien');
    expect(doc.persons).toHaveLength(8);
    expect(doc.ties).toHaveLength(7);
    expect(
      doc.ties.every((t) => t.from === doc.focus && t.ring !== undefined && t.sector !== undefined),
    ).toBe(true);
  });

  test('initials instead of names: the editor stays editable and the export is pseudonymised', async () => {
    const { page } = demo;
    await page.getByLabel('Initialen in plaats van namen').check();
    const editor = page.locator('.kring-editor');
    await editor
      .getByRole('button', { name: /^F\.?\b/ })
      .first()
      .waitFor();
    expect(await editor.getByText('Fien', { exact: true }).count()).toBe(0);
    await editor.getByRole('button', { name: 'Persoon toevoegen' }).press('Enter');
    const { name, text } = await downloadText(page, () => exportFromDialog(page, 'SVG exporteren'));
    expect(name).toMatch(/^kring-(genogram|ecogram|sociogram)\.svg$/);
    expect(text).not.toContain('Fien');
    // The page heading (the map's title, which often holds a name) is hidden in initials mode too.
    await page.getByRole('heading', { level: 1, name: 'Kaart (initialen)' }).waitFor();
    const doc = await savedAfterReload('Fien');
    expect(doc.persons).toHaveLength(9);
    expect(doc.persons.map((p) => p.name)).toContain('Fien');
  });

  test('nothing went wrong on the way', () => {
    expect(demo.consoleErrors).toEqual([]);
    expect(demo.unexpectedRequests).toEqual([]);
  });
});
