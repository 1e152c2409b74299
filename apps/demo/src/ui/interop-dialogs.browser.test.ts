/**
 * Importing a GEDCOM file (choose the client and who comes along, see what was not taken over) and exporting for
 * other programs (GEDCOM cannot be pseudonymised; GraphML and CSV can).
 */
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { isGedcom } from '../app/open-actions.js';
import { interopFiles, type InteropChoice } from '../files/interop-export.js';
import GedcomImportDialog from './GedcomImportDialog.svelte';
import InteropExportDialog from './InteropExportDialog.svelte';

const FAMILY = [
  '0 HEAD',
  '1 GEDC',
  '2 VERS 5.5.1',
  '1 CHAR UTF-8',
  '0 @I1@ INDI',
  '1 NAME Opa /Jansen/',
  '1 SEX M',
  '1 BIRT',
  '2 DATE ABT 1940',
  '1 BAPM',
  '0 @I2@ INDI',
  '1 NAME Els /de Vries/',
  '1 SEX F',
  '0 @I3@ INDI',
  '1 NAME Noor /Jansen/',
  '1 SEX F',
  '1 FAMC @F1@',
  '0 @I4@ INDI',
  '1 NAME Kind /Jansen/',
  '1 FAMC @F2@',
  '0 @F1@ FAM',
  '1 HUSB @I1@',
  '1 WIFE @I2@',
  '1 CHIL @I3@',
  '0 @F2@ FAM',
  '1 WIFE @I3@',
  '1 CHIL @I4@',
  '0 TRLR',
  '',
].join('\r\n');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the GEDCOM import dialog', () => {
  test('says what the file holds, takes the client by name and who comes along, and imports', async () => {
    let imported: KringDocument | undefined;
    const screen = await render(GedcomImportDialog, {
      fileName: 'familie.ged',
      bytes: bytes(FAMILY),
      onimport: (doc: KringDocument) => (imported = doc),
      oncancel: () => {},
    });
    await expect
      .element(screen.getByRole('heading', { name: 'Stamboom importeren (GEDCOM): familie.ged' }))
      .toBeVisible();
    await expect.element(screen.getByText(/4 personen, 1 paren en 3 ouder-kindverbindingen/)).toBeVisible();
    const focus = screen.getByRole('combobox', { name: 'Wiens kaart is het? (de cliënt)' });
    await expect.element(focus).toHaveValue('Opa Jansen');
    await expect.element(focus).toHaveFocus();
    await userEvent.clear(focus);
    await userEvent.type(focus, 'Nobody Here');
    await expect
      .element(screen.getByText('Niemand in het bestand heeft deze naam of dit kenmerk.'))
      .toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Importeren' })).toBeDisabled();
    await userEvent.clear(focus);
    await userEvent.type(focus, 'Noor Jansen');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Wie er meekomt' }), '1');
    await expect.element(screen.getByText(/Wat niet is overgenomen of is aangepast/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Importeren' }));
    // The import runs in a worker started for it: on a loaded machine that takes longer than poll's 1 s default.
    await expect.poll(() => imported, { timeout: 15_000 }).toBeDefined();
    expect(readDocument(JSON.parse(JSON.stringify(imported))).ok).toBe(true);
    expect(imported!.focus).toBe('I3');
    expect(imported!.persons.map((p) => p.id).sort()).toEqual(['I1', 'I2', 'I3', 'I4']);
  });

  test('refuses a file that is cut off, with the line number, and offers only to close', async () => {
    const screen = await render(GedcomImportDialog, {
      fileName: 'kapot.ged',
      bytes: bytes(FAMILY.slice(0, 120)),
      onimport: () => {},
      oncancel: () => {},
    });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(/regel \d+: Het bestand houdt op bij regel \d+/);
    await expect.element(screen.getByRole('button', { name: 'Importeren' })).not.toBeInTheDocument();
  });

  test('a .ged file or one that starts with 0 HEAD is taken as GEDCOM', () => {
    expect(isGedcom('stamboom.GED', new Uint8Array())).toBe(true);
    expect(isGedcom('export.txt', bytes('\ufeff0 HEAD\n'))).toBe(true);
    expect(isGedcom('kaart.kring.json', bytes('{"format":"kring"}'))).toBe(false);
  });
});

describe('export for other programs', () => {
  test('GEDCOM cannot be pseudonymised; GraphML can', async () => {
    let chosen: InteropChoice | undefined;
    const screen = await render(InteropExportDialog, {
      pseudonymise: true,
      onexport: (c: InteropChoice) => (chosen = c),
      oncancel: () => {},
    });
    const initials = screen.getByRole('checkbox', {
      name: 'Initialen in plaats van namen, geen geboortejaren',
    });
    await expect.element(initials).toBeDisabled();
    await expect.element(screen.getByText(/kan niet gepseudonimiseerd worden/)).toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: /GraphML/ }));
    await expect.element(initials).toBeEnabled();
    await expect.element(initials).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Exporteren' }));
    expect(chosen).toEqual({ format: 'graphml', pseudonymise: true });
  });

  test('CSV gives four files; pseudonymised, no names and no title in the file names', () => {
    const read = readDocument(EXAMPLES.find((e) => e.slug === 'noor-bij-tante')!.document);
    if (!read.ok) throw new Error('example');
    const files = interopFiles(read.document, { format: 'csv', pseudonymise: true });
    expect(files.map((f) => f.name)).toEqual([
      'kring-persons.csv',
      'kring-organisations.csv',
      'kring-ties.csv',
      'kring-relations.csv',
    ]);
    expect(files.map((f) => f.text).join('')).not.toContain('Noor');
    const gedcom = interopFiles(read.document, { format: 'gedcom', pseudonymise: true });
    expect(gedcom[0]!.text).toContain('Noor Verhoeven');
  });
});
