/**
 * A contact list ("groslijst") in the built demo: pasted on the start page it becomes a new map with the
 * client and everyone else unplaced; on the map page "Contactlijst toevoegen" adds a list as one undo step and
 * shows the sociogram, whose tray holds the newcomers. No console error, no request beyond the demo's own files.
 */
import { expect, test } from 'vitest';
import { demoForFile, downloadText, fromFileMenu } from './harness.js';

const demo = demoForFile();

async function mapNames(): Promise<string[]> {
  const { text } = await downloadText(demo.page, () => fromFileMenu(demo.page, '.kring.json downloaden'));
  const doc = JSON.parse(text) as { persons: { name: string }[]; organisations: { name: string }[] };
  return [...doc.persons, ...doc.organisations].map((x) => x.name);
}

test('a pasted list becomes a map; a second list is added as one undo step and waits in the tray', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Plak een lijst' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe kaart uit een contactlijst' });
  await dialog
    .getByRole('textbox', { name: 'Plak een lijst' })
    .fill(
      'Naam\tRelatie\tTelefoon\nNoor Verbeek\t\t0611111111\nOma Riet\toma\t\nWijkteam Oost\torganisatie\t',
    );
  await dialog.getByText('Toe te voegen: 3.', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Kaart maken uit de lijst' }).click();
  await page.getByRole('heading', { level: 1, name: 'Netwerk van Noor Verbeek' }).waitFor();
  expect(await mapNames()).toEqual(['Noor Verbeek', 'Oma Riet', 'Wijkteam Oost']);

  await fromFileMenu(page, 'Contactlijst toevoegen');
  const add = page.getByRole('dialog', { name: 'Contactlijst toevoegen' });
  await add
    .getByRole('textbox', { name: 'Plak een lijst' })
    .fill('Oma Riet;oma\nBuurvrouw Els;buurvrouw\nMeester Jan;meester');
  await add.getByRole('row', { name: /Oma Riet.*staat al op de kaart/ }).waitFor();
  await add.getByRole('button', { name: '2 toevoegen aan de kaart' }).click();
  await page.getByText('2 toegevoegd uit de lijst.', { exact: false }).first().waitFor({ state: 'attached' });
  // The sociogram is shown; its tray holds everyone not yet placed: the two new and the two of the first list.
  await page.getByRole('button', { name: 'Nog niet in deze kaart: 4' }).waitFor();
  expect(await mapNames()).toEqual([
    'Noor Verbeek',
    'Oma Riet',
    'Buurvrouw Els',
    'Meester Jan',
    'Wijkteam Oost',
  ]);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByRole('button', { name: 'Nog niet in deze kaart: 2' }).waitFor();
  expect(await mapNames()).toEqual(['Noor Verbeek', 'Oma Riet', 'Wijkteam Oost']);

  expect(demo.consoleErrors).toEqual([]);
  // The dialog is loaded on first use, from the demo itself; nothing goes anywhere else.
  expect(demo.unexpectedRequests).toEqual([]);
});
