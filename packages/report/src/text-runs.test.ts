import { describe, expect, it } from 'vitest';
import { cleanText, MISSING_GLYPH, visualRuns, withFallback } from './text-runs.js';

const latinGreekCyrillicArabicHebrew = (cp: number) =>
  cp < 0x0250 ||
  (cp >= 0x0370 && cp < 0x0530) ||
  (cp >= 0x0590 && cp < 0x0700) ||
  cp === MISSING_GLYPH.codePointAt(0);

describe('text on its way into the PDF', () => {
  it('drops control characters and lone surrogates, turns breaks into spaces, keeps markup as text', () => {
    expect(cleanText('a\u0007b\u0000c\nd\te\u009f\ud800f')).toBe('abc d ef');
    expect(cleanText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(cleanText('Zoe\u0308')).toBe('Zoë');
  });

  it('gives every grapheme the fonts cannot draw one visible square, never a blank', () => {
    expect(withFallback('Sam 🙂', latinGreekCyrillicArabicHebrew)).toBe(`Sam ${MISSING_GLYPH}`);
    expect(withFallback('王小明', latinGreekCyrillicArabicHebrew)).toBe(MISSING_GLYPH.repeat(3));
    // An emoji family (a ZWJ sequence) and a flag are one square each.
    expect(withFallback('👩‍👧🇳🇱', latinGreekCyrillicArabicHebrew)).toBe(MISSING_GLYPH.repeat(2));
    expect(withFallback('Дмитрий Αλέξανδρος', latinGreekCyrillicArabicHebrew)).toBe('Дмитрий Αλέξανδρος');
  });

  it('keeps a left-to-right line as one run', () => {
    expect(visualRuns('Sophia Jansen')).toEqual([{ text: 'Sophia Jansen', rtl: false }]);
    expect(visualRuns('')).toEqual([]);
  });

  it('hands right-to-left words over in logical order, in visual order among the others', () => {
    // The library shapes and turns round a run with Arabic or Hebrew letters itself.
    expect(visualRuns('محمد العلي')).toEqual([{ text: 'محمد العلي', rtl: true }]);
    const runs = visualRuns('Ahmed محمد العلي (buurman)');
    expect(runs.map((r) => r.text)).toEqual(['Ahmed ', 'محمد العلي', ' (buurman)']);
    // Two Hebrew words around a Latin one: the sentence stays left to right.
    expect(visualRuns('bel דוד כהן om 9 uur').map((r) => r.text)).toEqual(['bel ', 'דוד כהן', ' om 9 uur']);
  });

  it('mirrors brackets inside a right-to-left run and drops the bidi controls after using them', () => {
    const runs = visualRuns('\u202Bمحمد (علي)\u202C');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toEqual({ text: 'محمد )علي(', rtl: true });
    // An override reverses Latin letters (that is what it asks for) and leaves no control character behind.
    const evil = visualRuns('a \u202Eevil\u202C b');
    expect(evil.map((r) => r.text).join('')).toBe('a live b');
  });
});
