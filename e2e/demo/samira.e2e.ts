/**
 * Issue 10's intake, built in the demo with the keyboard alone: client Samira (15); mother Fatima and father
 * Karim, divorced in 2019 with no known wedding date; brother Yusuf and his twin Amir; oma Aicha who lives
 * with them; an interaction line between Samira and oma; then in the sociogram the household and close
 * family in one step, friend Lotte, neighbour mevrouw De Boer, the mentor at school and the
 * jeugdconsulent. Links between people already on the map go through the context menu (Shift+F10); the
 * selection of several is made with Space. The drawing is one Tab stop: symbols are reached with the arrow
 * keys. The document is checked after a reload, and axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  arrowTo,
  axeViolations,
  demoForFile,
  downloadText,
  focused,
  fromFileMenu,
  tabTo,
} from './harness.js';

interface Saved {
  focus: string;
  persons: { id: string; name: string; birth?: string }[];
  organisations: { id: string; name: string }[];
  partnerships: { a: string; b: string; events: { kind: string; date?: string }[] }[];
  multipleBirths: { members: string[]; zygosity: string }[];
  households: { members: string[]; current?: boolean }[];
  emotional: { a: string; b: string; kind: string }[];
  ties: { from: string; to: string; ring?: number }[];
}

const demo = demoForFile({ viewport: { width: 1440, height: 900 } });

/** The symbol focused now gets a name typed into the inspector (Enter opens it there). */
async function nameIt(page: Page, name: string) {
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^input:Naam/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
}

/** From anywhere: back to the drawing (its one Tab stop), then with the arrow keys to a symbol by its name. */
async function toSymbol(page: Page, name: string) {
  await tabTo(page, /^g:/, { back: true });
  await arrowTo(page, new RegExp(`^${name},`));
}

/** Adds a relative (P, S, N …) of the focused symbol and names it. */
async function add(page: Page, key: string, name: string) {
  await page.keyboard.press(key);
  await expect.poll(() => focused(page)).toMatch(/^g:/);
  await nameIt(page, name);
}

/** Selects these symbols with Space, opens the context menu with Shift+F10 and runs the item matching `item`. */
async function link(page: Page, names: string[], item: RegExp) {
  await page.keyboard.press('Escape');
  for (const [i, name] of names.entries()) {
    // After the first Space the selection holds: the arrows pass other symbols without selecting them.
    if (i === 0) await toSymbol(page, name);
    else await arrowTo(page, new RegExp(`^${name},`));
    await page.keyboard.press(' ');
  }
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu').waitFor();
  for (let i = 0; i < 12 && !item.test(await focused(page)); i++) await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatch(item);
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor({ state: 'detached' });
}

test('the Samira network, keyboard only, read back after a reload', async () => {
  const { page } = demo;
  await page.evaluate(() => void (location.hash = '#/'));
  await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
  await tabTo(page, /^input:Naam van de cliënt/);
  await page.keyboard.type('Samira');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Netwerk van Samira' }).waitFor();
  await page.locator('.kring-editor').waitFor();

  // Samira, 15: her birth year in the inspector.
  await tabTo(page, /^g:Samira,/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^input:Geboren/);
  await page.keyboard.type('2011');
  await page.keyboard.press('Tab');

  // Her parents, brother and his twin, and oma — new symbols follow the keyboard.
  await toSymbol(page, 'Samira');
  await add(page, 'p', 'Fatima');
  await toSymbol(page, 'Samira');
  await add(page, 'p', 'Karim');
  await toSymbol(page, 'Samira');
  await add(page, 's', 'Yusuf');
  await toSymbol(page, 'Yusuf');
  await add(page, 's', 'Amir');
  await toSymbol(page, 'Samira');
  await add(page, 'n', 'oma Aicha');

  // Fatima and Karim divorced in 2019; their wedding date is unknown.
  await toSymbol(page, 'Fatima');
  await page.keyboard.press('Enter');
  await tabTo(page, /^button:Karim \(huwelijk\)/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Relatie: Fatima en Karim' }).waitFor();
  await tabTo(page, /^select:Nieuwe gebeurtenis/);
  await page.keyboard.type('gescheiden');
  await tabTo(page, /^button:Gebeurtenis toevoegen/);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('.kring-inspector [role="status"]').first().textContent())
    .toContain('Ook "getrouwd" (zonder datum) toegevoegd vóór "gescheiden"');
  await tabTo(page, /^input:Wanneer/, { back: true }); // the last event's date: the divorce
  await page.keyboard.type('2019');
  await page.keyboard.press('Tab');

  // Oma lives with them; Yusuf and Amir are twins; an interaction line between Samira and oma.
  await link(page, ['Samira', 'Fatima', 'Yusuf', 'oma Aicha'], /wonen samen/);
  await link(page, ['Yusuf', 'Amir'], /zijn een tweeling/);
  await link(page, ['Samira', 'oma Aicha'], /^button:Relatielijn tussen Samira en oma Aicha/);

  // The network circle: the family in one step, then friend, neighbour, mentor and jeugdconsulent.
  await tabTo(page, /^button:sociogram$/, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, /^button:\W*Nog niet in deze kaart: \d+/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^button:Gezin en naaste familie plaatsen/);
  await page.keyboard.press('Enter');
  await toSymbol(page, 'Samira');
  await add(page, 'n', 'Lotte');
  await toSymbol(page, 'Lotte');
  await add(page, 'n', 'mevrouw De Boer');
  await toSymbol(page, 'mevrouw De Boer');
  await add(page, 'n', 'meneer Visser (mentor)');
  await toSymbol(page, 'meneer Visser \\(mentor\\)');
  await add(page, 'o', 'Jeugdconsulent gemeente');

  // axe over the whole map page, with the editor in the sociogram and its tray.
  expect(await axeViolations(page)).toEqual([]);

  await page.getByText('Opgeslagen op dit apparaat').waitFor();
  await demo.reload();
  await page.getByRole('heading', { level: 1, name: 'Netwerk van Samira' }).waitFor();
  const { text } = await downloadText(page, () => fromFileMenu(page, '.kring.json downloaden'));
  const doc = JSON.parse(text) as Saved;
  const id = (name: string) =>
    doc.persons.find((p) => p.name === name)?.id ?? doc.organisations.find((o) => o.name === name)?.id;
  const [samira, fatima, karim, yusuf, amir, oma] = [
    'Samira',
    'Fatima',
    'Karim',
    'Yusuf',
    'Amir',
    'oma Aicha',
  ].map(id);
  expect(doc.focus).toBe(samira);
  expect(doc.persons.find((p) => p.id === samira)?.birth).toBe('2011');
  const couple = doc.partnerships.find((p) => [p.a, p.b].sort().join() === [fatima, karim].sort().join())!;
  expect(couple.events).toEqual([{ kind: 'married' }, { kind: 'divorced', date: '2019' }]);
  expect(doc.households).toEqual([
    expect.objectContaining({ members: [samira, fatima, yusuf, oma], current: true }),
  ]);
  expect(doc.multipleBirths).toEqual([
    expect.objectContaining({ members: [yusuf, amir], zygosity: 'unknown' }),
  ]);
  expect(doc.emotional).toEqual([expect.objectContaining({ a: samira, b: oma, kind: 'close' })]);
  const tied = doc.ties.filter((t) => t.from === samira).map((t) => t.to);
  for (const name of [
    'Fatima',
    'Karim',
    'Yusuf',
    'Amir',
    'oma Aicha',
    'Lotte',
    'mevrouw De Boer',
    'meneer Visser (mentor)',
    'Jeugdconsulent gemeente',
  ])
    expect(tied).toContain(id(name));
  expect(doc.ties.find((t) => t.to === oma)?.ring).toBe(1);
});
