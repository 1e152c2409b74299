/**
 * Exports are private by default, and what the export dialog can put into an SVG the open dialog reads back —
 * together with UTF-8 files with a byte-order mark and UTF-16 files, as the CLI does.
 */
import { insightReport, readDocument, writeDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import ExportDialog from '../ui/ExportDialog.svelte';
import { exportFileName, exportSvgText, type ExportChoice } from './export-map.js';
import { insightExtras } from './insight-extras.js';
import { readKringFile } from './read-file.js';

function example(slug: string): KringDocument {
  const read = readDocument(EXAMPLES.find((e) => e.slug === slug)!.document);
  if (!read.ok) throw new Error(slug);
  return read.document;
}
const noor = example('noor-bij-tante');
const target = { doc: noor, view: 'genogram' as const, locale: 'nl' as const, fit: 'a4-landscape' as const };
const choice = (over: Partial<ExportChoice> = {}): ExportChoice => ({
  format: 'svg',
  pseudonymise: false,
  hideHealth: false,
  embed: false,
  highlight: false,
  insight: false,
  ...over,
});
const svgFile = (text: string) => new File([text], 'kaart.svg', { type: 'image/svg+xml' });

describe('the export dialog', () => {
  test('"Open this map in Kring again later" is off by default, says what it means, and is unavailable with initials or hidden health data', async () => {
    let chosen: ExportChoice | undefined;
    const screen = await render(ExportDialog, {
      format: 'svg',
      pseudonymise: false,
      onexport: (c: ExportChoice) => (chosen = c),
      oncancel: () => {},
    });
    const embed = screen.getByRole('checkbox', { name: 'Kaart later weer openen in Kring' });
    await expect.element(embed).not.toBeChecked();
    await expect.element(embed).toHaveAccessibleDescription(/de hele kaart, ook notities/);
    await screen.getByRole('button', { name: 'Exporteren' }).click();
    expect(chosen).toEqual(choice());

    await embed.click();
    await screen.getByRole('checkbox', { name: 'Gezondheidsgegevens verbergen' }).click();
    await expect.element(embed).toBeDisabled();
    await expect.element(embed).toHaveAccessibleDescription(/Niet mogelijk/);
    await screen.getByRole('button', { name: 'Exporteren' }).click();
    expect(chosen).toEqual(choice({ hideHealth: true }));
  });

  test('a PNG export offers no map inside, and starts from the page’s initials setting', async () => {
    let chosen: ExportChoice | undefined;
    const screen = await render(ExportDialog, {
      format: 'png',
      pseudonymise: true,
      onexport: (c: ExportChoice) => (chosen = c),
      oncancel: () => {},
    });
    expect(screen.getByRole('checkbox', { name: 'Kaart later weer openen in Kring' }).query()).toBeNull();
    await expect
      .element(screen.getByRole('checkbox', { name: 'Initialen in plaats van namen' }))
      .toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(chosen).toEqual(choice({ format: 'png', pseudonymise: true }));
  });
});

describe('exports', () => {
  test('an SVG holds no document unless asked; asked, the open dialog reads it back', async () => {
    const plain = exportSvgText(target, choice());
    expect(plain).not.toContain('<metadata');
    const refused = await readKringFile(svgFile(plain!));
    expect(!refused.ok && refused.problems.map((p) => p.message.key)).toEqual(['read.svgWithoutDocument']);

    const withMap = exportSvgText(target, choice({ embed: true }));
    expect(withMap).toContain('<!-- kring-payload-start -->');
    const opened = await readKringFile(svgFile(withMap!));
    expect(opened.ok && opened.document).toEqual(noor);
  });

  test('initials: no document even when asked, no title, no places, no years, and a neutral file name', () => {
    const svg = exportSvgText(target, choice({ pseudonymise: true, embed: true }))!;
    expect(svg).not.toContain('<metadata');
    for (const word of ['Netwerk van Noor', 'Noor', 'Verhoeven', 'Tilburg', '2009', '2022'])
      expect(svg).not.toContain(word);
    expect(exportFileName(target, choice({ pseudonymise: true }))).toBe('kring-genogram.svg');
  });

  test('hidden health data: condition labels become neutral', () => {
    const svg = exportSvgText(target, choice({ hideHealth: true }))!;
    expect(svg).not.toContain('hartziekte');
    expect(svg).toContain('kenmerk 1');
  });
});

describe('insight in exports', () => {
  const words = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

  test('the dialog offers the map’s highlight (on) only while there is one, and the insight block (off)', async () => {
    let chosen: ExportChoice | undefined;
    const screen = await render(ExportDialog, {
      format: 'svg',
      pseudonymise: false,
      highlightLabel: 'praktische steun (8 van 22)',
      onexport: (c: ExportChoice) => (chosen = c),
      oncancel: () => {},
    });
    const highlight = screen.getByRole('checkbox', { name: 'Grijs maken zoals op de kaart' });
    await expect.element(highlight).toBeChecked();
    await expect.element(highlight).toHaveAccessibleDescription(/In kleur: praktische steun \(8 van 22\)/);
    await screen.getByRole('checkbox', { name: 'Inzichtblok toevoegen (cijfers en wat opvalt)' }).click();
    await screen.getByRole('button', { name: 'Exporteren' }).click();
    expect(chosen).toEqual(choice({ highlight: true, insight: true }));
  });

  test('the insight block says what kring insight says; the highlight greys out as the map does', () => {
    const asked = choice({ highlight: true, insight: true });
    const withHighlight = {
      ...target,
      view: 'ecogram' as const,
      highlight: { highlight: { kind: 'support' as const, type: 'practical' as const }, whatIf: null },
    };
    const svg = exportSvgText(withHighlight, asked, insightExtras(withHighlight, asked))!;
    const text = words(svg);
    for (const finding of insightReport(noor, 'nl').findings) expect(text).toContain(`• ${finding.text}`);
    expect(text).toContain('In kleur: praktische steun (8 van 22)');
    expect(svg).toContain('<g opacity="0.2"><title>Isa</title>');
    // With initials, the block names people by their initials too.
    const initials = choice({ insight: true, pseudonymise: true });
    const hidden = words(exportSvgText(target, initials, insightExtras(target, initials))!);
    expect(hidden).toContain('voogd M.J.');
    expect(hidden).not.toContain('Marieke');
  });
});

describe('the open dialog decodes like the CLI', () => {
  const text = writeDocument(noor);
  test.each([
    ['UTF-8 with a byte-order mark', [new Uint8Array([0xef, 0xbb, 0xbf]), text]],
    ['UTF-16 LE with a byte-order mark', [utf16(text, 'le')]],
    ['UTF-16 BE with a byte-order mark', [utf16(text, 'be')]],
  ])('%s', async (_what, parts) => {
    const opened = await readKringFile(new File(parts as BlobPart[], 'kaart.kring.json'));
    expect(opened.ok && opened.document).toEqual(noor);
  });
});

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.set(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff], 2 + 2 * i);
  }
  return bytes;
}
