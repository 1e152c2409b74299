/**
 * The contact list dialog ("groslijst") in a real browser: paste or open a list, choose the columns, see what
 * becomes of the rows, add everyone as one undo step through the editor's `api.apply` so they wait in the
 * tray; or make a new map. Keyboard only, Dutch and English, axe clean; hostile text stays text.
 */
import { newDocument, readDocument, type Command, type KringDocument } from '@kring/core';
import { KringEditor, type KringEditorApi } from '@kring/svelte';
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import { isContactList } from '../app/open-actions.js';
import { i18n } from '../i18n/i18n.svelte.js';
import ContactListDialog from './ContactListDialog.svelte';

const LIST = [
  'Naam;Relatie;Telefoon',
  'Piet Bakker;buurman;612345678',
  'Noor Jansen;zelf;',
  'Anna de Wit;tante;06-87654321',
  'Wijkteam Noord;organisatie;020-5551234',
].join('\n');

function noor(): KringDocument {
  return newDocument({
    title: 'Netwerk van Noor',
    focus: 'p-noor',
    persons: [{ id: 'p-noor', name: 'Noor Jansen', gender: 'woman' }],
  });
}

async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
}

afterEach(() => i18n.setLocale('nl'));

describe('adding a contact list to a map', () => {
  test('paste, preview, add as one step: they wait in the tray, and one undo takes them all back', async () => {
    await page.viewport(1300, 900);
    i18n.setLocale('nl');
    const target = document.createElement('div');
    target.style.cssText = 'width: 1250px; height: 700px;';
    document.body.append(target);
    let api: KringEditorApi | undefined;
    let doc = noor();
    const editor = await render(KringEditor, {
      target,
      props: {
        initialDocument: doc,
        view: 'sociogram',
        locale: 'nl',
        onchange: (d: KringDocument) => (doc = d),
        onready: (a: KringEditorApi) => (api = a),
      },
    });
    let added: { commands: Command[]; count: number } | undefined;
    const screen = await render(ContactListDialog, {
      doc,
      onadd: (commands: Command[], count: number) => (added = { commands, count }),
      oncancel: () => {},
    });
    await expect.element(screen.getByRole('heading', { name: 'Contactlijst toevoegen' })).toBeVisible();
    await userEvent.fill(screen.getByRole('textbox', { name: 'Plak een lijst' }), LIST);

    // The guesses: semicolons, a header row, name / relation / phone.
    await expect.element(screen.getByRole('combobox', { name: 'Kolommen gescheiden door' })).toHaveValue(';');
    await expect
      .element(screen.getByRole('checkbox', { name: 'De eerste rij bevat de kolomnamen' }))
      .toBeChecked();
    await expect.element(screen.getByRole('combobox', { name: 'Naam', exact: true })).toHaveValue('0');
    await expect.element(screen.getByRole('combobox', { name: 'Relatie' })).toHaveValue('1');
    await expect.element(screen.getByRole('combobox', { name: 'Telefoon' })).toHaveValue('2');

    // The preview says what becomes of every row.
    const table = screen.getByRole('table', { name: /Voorbeeld: de eerste 4 van 4 rijen/ });
    await expect.element(table).toBeVisible();
    const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });
    await expect.element(row('Piet Bakker')).toHaveTextContent('buren, buurt');
    await expect.element(row('Piet Bakker')).toHaveTextContent('0612345678');
    await expect.element(row('Piet Bakker')).toHaveTextContent(/voorloopnul .* teruggezet/);
    await expect.element(row('Noor Jansen')).toHaveTextContent('staat al op de kaart');
    await expect.element(row('Wijkteam Noord')).toHaveTextContent('wordt toegevoegd als organisatie');
    await expect
      .element(
        screen.getByText('Toe te voegen: 3. Al op de kaart: 1. Dubbel in de lijst: 0. Zonder naam: 0.'),
      )
      .toBeVisible();
    expect(await axeViolations(document.querySelector('dialog')!)).toEqual([]);

    // Choosing no phone column takes the numbers out of the preview.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Telefoon' }), '-1');
    await expect.element(row('Anna de Wit')).not.toHaveTextContent('06-87654321');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Telefoon' }), '2');

    await userEvent.click(screen.getByRole('button', { name: '3 toevoegen aan de kaart' }));
    expect(added?.count).toBe(3);
    const tray = () => editor.getByRole('button', { name: /^Nog niet in deze kaart: \d+$/ });
    await expect.element(tray()).not.toBeInTheDocument();
    expect(api!.apply(added!.commands)).toEqual({ ok: true });
    await expect.element(tray()).toHaveAccessibleName('Nog niet in deze kaart: 3');
    expect(doc.persons.find((p) => p.name === 'Piet Bakker')?.contact).toEqual({ phone: '0612345678' });
    expect(doc.ties).toEqual([]);
    expect(api!.undo()).toBe(true);
    await expect.element(tray()).not.toBeInTheDocument();
    expect(doc.persons.map((p) => p.name)).toEqual(['Noor Jansen']);
  });

  test('offers the phone of someone already on the map; chosen, it is part of the same undo step', async () => {
    i18n.setLocale('nl');
    const target = document.createElement('div');
    target.style.cssText = 'width: 900px; height: 500px;';
    document.body.append(target);
    let api: KringEditorApi | undefined;
    let doc = newDocument({
      focus: 'p-samira',
      persons: [
        { id: 'p-samira', name: 'Samira', gender: 'woman' },
        { id: 'p-fatima', name: 'Fatima', gender: 'woman', contact: { phone: '0600000000' } },
        { id: 'p-karim', name: 'Karim', gender: 'man' },
      ],
    });
    await render(KringEditor, {
      target,
      props: {
        initialDocument: doc,
        locale: 'nl',
        onchange: (d: KringDocument) => (doc = d),
        onready: (a: KringEditorApi) => (api = a),
      },
    });
    let added: { commands: Command[]; added: number; updated: number } | undefined;
    const screen = await render(ContactListDialog, {
      doc,
      onadd: (commands: Command[], n: number, updated: number) => (added = { commands, added: n, updated }),
      oncancel: () => {},
    });
    await userEvent.fill(
      screen.getByRole('textbox', { name: 'Plak een lijst' }),
      'Naam;Telefoon\nFatima;0698765432\nkarim;0611112222\nLotte;0633334444\nSamira;\n',
    );
    const updates = screen.getByRole('group', { name: 'Gegevens bijwerken van wie al op de kaart staat' });
    await expect.element(updates).toBeVisible();
    // Filling in a blank is proposed; replacing a number the map has is not, until the user says so.
    const fatima = screen.getByRole('checkbox', {
      name: 'Fatima bijwerken: telefoon 0698765432 (was 0600000000)',
    });
    const karim = screen.getByRole('checkbox', { name: 'karim bijwerken: telefoon 0611112222' });
    await expect.element(fatima).not.toBeChecked();
    await expect.element(karim).toBeChecked();
    await expect.element(screen.getByRole('button', { name: '1 toevoegen en 1 bijwerken' })).toBeVisible();
    await userEvent.click(fatima);
    expect(await axeViolations(document.querySelector('dialog')!)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: '1 toevoegen en 2 bijwerken' }));
    expect(added).toMatchObject({ added: 1, updated: 2 });
    expect(api!.apply(added!.commands)).toEqual({ ok: true });
    const contact = (id: string) => doc.persons.find((p) => p.id === id)?.contact;
    expect(contact('p-fatima')).toEqual({ phone: '0698765432' });
    expect(contact('p-karim')).toEqual({ phone: '0611112222' });
    expect(doc.persons.map((p) => p.name)).toEqual(['Samira', 'Fatima', 'Karim', 'Lotte']);
    // One undo takes the list back: the new person and both numbers.
    expect(api!.undo()).toBe(true);
    expect(contact('p-fatima')).toEqual({ phone: '0600000000' });
    expect(contact('p-karim')).toBeUndefined();
    expect(doc.persons.map((p) => p.name)).toEqual(['Samira', 'Fatima', 'Karim']);
    target.remove();
  });

  test('only updates, nothing to add: the button says so', async () => {
    i18n.setLocale('en');
    let added: { added: number; updated: number } | undefined;
    const screen = await render(ContactListDialog, {
      doc: noor(),
      onadd: (_c: Command[], n: number, updated: number) => (added = { added: n, updated }),
      oncancel: () => {},
    });
    await userEvent.fill(
      screen.getByRole('textbox', { name: 'Paste a list' }),
      'Noor Jansen;noor@example.org\n',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Update 1' }));
    expect(added).toEqual({ added: 0, updated: 1 });
  });

  test('works from the keyboard alone, in English', async () => {
    i18n.setLocale('en');
    let count = 0;
    const screen = await render(ContactListDialog, {
      doc: noor(),
      onadd: (_commands: Command[], n: number) => (count = n),
      oncancel: () => {},
    });
    const paste = screen.getByRole('textbox', { name: 'Paste a list' });
    await expect.element(paste).toHaveFocus();
    await userEvent.keyboard('Piet{Enter}Anna{Enter}Noor Jansen');
    await expect
      .element(screen.getByText('To add: 2. Already on the map: 1. Twice in the list: 0. Without a name: 0.'))
      .toBeVisible();
    const submit = screen.getByRole('button', { name: 'Add 2 to the map' });
    for (let i = 0; i < 30 && document.activeElement !== submit.element(); i++)
      await userEvent.keyboard('{Tab}');
    await expect.element(submit).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(count).toBe(2);
    expect(await axeViolations(document.querySelector('dialog')!)).toEqual([]);
  });

  test('shows hostile text as text: no markup, no formula', async () => {
    await render(ContactListDialog, {
      doc: noor(),
      onadd: () => {},
      oncancel: () => {},
    });
    const dialog = document.querySelector('dialog')!;
    await userEvent.fill(
      page.getByRole('textbox', { name: 'Plak een lijst' }),
      'Naam,Relatie\n"<img src=x onerror=""window.hacked=1"">",=HYPERLINK("x")\n<script>window.hacked=2</script>,@SUM(1)\n',
    );
    await expect
      .element(page.getByRole('rowheader', { name: '<script>window.hacked=2</script>' }))
      .toBeVisible();
    await expect.element(page.getByRole('cell', { name: '=HYPERLINK("x")' })).toBeVisible();
    expect(dialog.querySelector('tbody img, tbody script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('a new map from a contact list', () => {
  test('opens a Windows-1252 file from Excel; the first person is the client, or another name', async () => {
    let created: KringDocument | undefined;
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Naam;Relatie\r\nRen'),
      0xe9,
      ...new TextEncoder().encode('e;\r\nZo'),
      0xeb,
      ...new TextEncoder().encode(';vriendin\r\n'),
    ]);
    const screen = await render(ContactListDialog, {
      file: { name: 'groslijst.csv', bytes },
      oncreate: (d: KringDocument) => (created = d),
      oncancel: () => {},
    });
    await expect
      .element(screen.getByRole('heading', { name: 'Nieuwe kaart uit een contactlijst' }))
      .toBeVisible();
    await expect.element(screen.getByText('Bestand: groslijst.csv (windows-1252)')).toBeVisible();
    const focus = screen.getByRole('combobox', { name: 'Wiens kaart is het? (de cliënt)' });
    await expect.element(focus).toHaveValue('Renée');
    await userEvent.clear(focus);
    await userEvent.type(focus, 'Sam');
    await userEvent.click(screen.getByRole('button', { name: 'Kaart maken uit de lijst' }));
    expect(created?.title).toBe('Netwerk van Sam');
    expect(created?.persons.map((p) => p.name)).toEqual(['Sam', 'Renée', 'Zoë']);
    expect(readDocument(JSON.parse(JSON.stringify(created))).ok).toBe(true);
    expect(await axeViolations(document.querySelector('dialog')!)).toEqual([]);
  });

  test('refuses a workbook with a message, and knows a list by its name or type', async () => {
    const screen = await render(ContactListDialog, {
      file: { name: 'lijst.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
      oncreate: () => {},
      oncancel: () => {},
    });
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/Sla hem eerst op als CSV/);
    await expect.element(screen.getByRole('button', { name: 'Kaart maken uit de lijst' })).toBeDisabled();
    expect(isContactList('Groslijst.CSV', '')).toBe(true);
    expect(isContactList('lijst', 'text/tab-separated-values')).toBe(true);
    expect(isContactList('kaart.kring.json', 'application/json')).toBe(false);
  });
});
