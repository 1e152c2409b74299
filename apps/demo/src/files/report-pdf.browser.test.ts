import { readDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { describe, expect, it } from 'vitest';
import { makeReport, reportFonts } from './report-pdf.js';

describe('the demo makes the case-file report in the browser', () => {
  it('inlines the fonts (nothing is fetched) and builds a PDF with them embedded', async () => {
    const fonts = reportFonts();
    // DejaVu Sans starts with the TrueType version tag 0x00010000.
    expect([...fonts.regular.slice(0, 4)]).toEqual([0, 1, 0, 0]);
    expect([...fonts.bold.slice(0, 4)]).toEqual([0, 1, 0, 0]);
    const read = readDocument(EXAMPLES[0]!.document);
    if (!read.ok) throw new Error('example');
    const { name, bytes } = await makeReport(read.document, { locale: 'nl', pseudonymise: false });
    expect(name).toBe('netwerk-van-noor-rapport.pdf');
    const head = new TextDecoder('latin1').decode(bytes);
    expect(head.startsWith('%PDF-1.7')).toBe(true);
    expect(head).toContain('/FontFile2');
    expect(head).toContain('/ToUnicode');
    const hidden = await makeReport(read.document, { locale: 'en', pseudonymise: true });
    expect(hidden.name).toBe('kring-rapport.pdf');
  }, 60_000);
});
