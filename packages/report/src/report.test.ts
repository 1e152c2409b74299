/**
 * The case-file report, read back with Poppler: the order of its parts, every action and owner findable as
 * text, nothing personal left with `pseudonymise`, names in five scripts, vector maps, subset fonts, the same
 * bytes every time, and a golden image of page 1 (the title page) and page 2 (the first map).
 */
import path from 'node:path';
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { namePartsOf, planDocument } from '@kring/scene';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../../scripts/golden/compare-png.js';
import { buildReport, type ReportOptions } from './index.js';
import { SCRIPT_NAMES, scriptsDocument } from './test-support/documents.js';
import { pagePng, pdfFonts, pdfImages, pdfPages, searchable, testFonts } from './test-support/pdf-tools.js';

const fonts = testFonts();
const BASELINES = path.resolve(import.meta.dirname, '../../../golden/report');
const examples = EXAMPLES.map((e) => {
  const read = readDocument(e.document);
  if (!read.ok) throw new Error(e.slug);
  return { slug: e.slug, document: read.document };
});
const report = (document: KringDocument, options: Partial<ReportOptions> = {}) =>
  buildReport(document, { locale: 'nl', ...options }, fonts);

describe('kring report: the PDF', { timeout: 120_000 }, () => {
  let noor: Uint8Array;
  beforeAll(async () => {
    noor = await report(examples[0]!.document, { author: 'M. de Wit' });
  });

  it('has its parts in order: title page, the three maps, insight, plan, task cards', () => {
    const pages = pdfPages(noor);
    expect(pages[0]).toContain('Dossierrapport');
    expect(pages[0]).toContain('Netwerk van Noor');
    expect(pages[0]).toContain('Peildatum 2022-03-01');
    expect(pages[0]).toContain('Opgesteld door M. de Wit');
    const firstLine = (page: string) => page.trim().split('\n')[0];
    expect(pages.slice(1, 4).map(firstLine)).toEqual(['Genogram', 'Ecogram', 'Sociogram']);
    const rest = pages.slice(4).map(firstLine);
    expect(rest.indexOf('Inzicht')).toBe(0);
    expect(rest.indexOf('Plan')).toBeGreaterThan(0);
    expect(rest.indexOf('Taakkaarten')).toBeGreaterThan(rest.indexOf('Plan'));
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} van ${pages.length}`);
  });

  it.each(examples.map((e) => [e.slug, e.document] as const))(
    '%s: every action and every owner can be found as text, on the plan page and on a task card',
    async (_slug, document) => {
      const pages = pdfPages(await report(document));
      const cardsFrom = pages.findIndex((p) => p.trim().startsWith('Taakkaarten'));
      const text = searchable(pages.join(' '));
      const cards = searchable(pages.slice(cardsFrom).join(' '));
      const plan = planDocument(document, { locale: 'nl' })!;
      expect(plan.byOwner.length).toBeGreaterThan(0);
      for (const action of document.plan!.actions) expect(text).toContain(searchable(action.text));
      for (const { owner, actions } of plan.byOwner) {
        expect(cards).toContain(`Wat ik doe — ${owner.name}`);
        for (const action of actions) expect(cards).toContain(searchable(action.text));
      }
      // The insight summary says what `kring insight` says.
      expect(text).toContain('Wat opvalt');
    },
  );

  it('names in Greek, Cyrillic, Arabic and Hebrew stay findable text; emoji and Chinese get a visible square', async () => {
    const pdf = await report(scriptsDocument());
    const pages = pdfPages(pdf);
    const text = searchable(pages.join(' '));
    for (const name of [
      SCRIPT_NAMES.focus,
      SCRIPT_NAMES.greek,
      SCRIPT_NAMES.cyrillic,
      SCRIPT_NAMES.arabic,
      SCRIPT_NAMES.hebrew,
    ])
      expect(text).toContain(name);
    expect(text).toContain('Wat ik doe — Sam □');
    expect(text).toContain('Wat ik doe — □□□');
    // Hostile text is text: markup as letters, control characters gone.
    expect(text).toContain('Wat ik doe — <script>alert(1)</script>');
    expect([...text].some((ch) => ch.codePointAt(0)! < 0x20)).toBe(false);
    // Every action and owner is there, in these scripts too.
    for (const action of scriptsDocument().plan!.actions) expect(text).toContain(action.text);
  });

  it('draws the maps as vectors with subset fonts embedded: no images, no font from the system', async () => {
    expect(pdfImages(noor).trim().split('\n')).toHaveLength(2); // the header lines only
    const fontLines = pdfFonts(noor).trim().split('\n').slice(2);
    expect(fontLines.length).toBeGreaterThan(0);
    for (const line of fontLines) {
      expect(line).toMatch(/^DejaVuSans/u);
      expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/u); // embedded, with a ToUnicode map
    }
    // Subset to the glyphs used: the two fonts alone are 1.4 MB.
    expect(fonts.regular.length + fonts.bold.length).toBeGreaterThan(1_400_000);
    expect(noor.length).toBeLessThan(150_000);
  });

  it('shows contact details only when asked for, and never pseudonymised', async () => {
    const document = scriptsDocument();
    const plain = searchable(pdfPages(await report(document)).join(' '));
    expect(plain).not.toContain('06-11112222');
    const asked = searchable(pdfPages(await report(document, { contacts: true })).join(' '));
    expect(asked).toContain('telefoon 06-11112222');
    const hidden = searchable(
      pdfPages(await report(document, { contacts: true, pseudonymise: true })).join(' '),
    );
    expect(hidden).not.toContain('06-11112222');
  });

  it('gives the same bytes for the same document and options', async () => {
    const again = await report(examples[0]!.document, { author: 'M. de Wit' });
    expect(Buffer.from(again).equals(Buffer.from(noor))).toBe(true);
  });

  it('draws only the chosen views, in the order given', async () => {
    const pages = pdfPages(await report(examples[1]!.document, { views: ['sociogram', 'genogram'] }));
    expect(pages.slice(1, 3).map((p) => p.trim().split('\n')[0])).toEqual(['Sociogram', 'Genogram']);
    expect(pages.join(' ')).not.toMatch(/^Ecogram/mu);
  });

  it('speaks English with --locale en', async () => {
    const pages = pdfPages(await report(examples[0]!.document, { locale: 'en' }));
    expect(pages[0]).toContain('Case-file report');
    expect(pages.some((p) => p.includes('Task cards'))).toBe(true);
  });

  it('pseudonymised: none of the names, places, contacts, notes, agreements or calendar years', async () => {
    for (const document of [...examples.map((e) => e.document), scriptsDocument()]) {
      const pdf = await report(document, { pseudonymise: true });
      const text = searchable(pdfPages(pdf).join(' '));
      for (const person of document.persons) {
        for (const part of namePartsOf(person.name))
          expect(text, person.name).not.toMatch(new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, 'iu'));
        // A place is left out as a field; a plan text that names one ("the house in Eindhoven") keeps it, as
        // format.md replaces only persons' names inside free text.
        const planTexts = [document.plan?.goal, ...(document.plan?.actions.map((a) => a.text) ?? [])].join(
          ' ',
        );
        if (person.location && !planTexts.includes(person.location))
          expect(text).not.toContain(person.location);
        if (person.notes) expect(text).not.toContain(person.notes);
        for (const value of Object.values(person.contact ?? {})) expect(text).not.toContain(value);
      }
      if (document.title) expect(text).not.toContain(document.title);
      if (document.plan?.agreements) expect(text).not.toContain(document.plan.agreements);
      expect(text).not.toMatch(/(?<!\d)(19|20)\d\d(?!\d)/u);
      // The plan is still all there, with initials.
      expect(text).toContain('Taakkaarten');
      expect(text.split('•').length - 1).toBeGreaterThanOrEqual(document.plan!.actions.length);
      expect(text).toContain('namen zijn initialen');
    }
  });

  it.each([
    ['report-title-nl', 1],
    ['report-genogram-nl', 2],
  ])('%s looks like its baseline', (name, page) => {
    const png = pagePng(noor, page, 50);
    const result = compareWithBaseline(png, path.join(BASELINES, `${name}.png`));
    expect(['match', 'updated'], result.message).toContain(result.status);
  });
});
