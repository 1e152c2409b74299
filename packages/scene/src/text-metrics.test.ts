import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-metrics.js';

describe('textWidth', () => {
  it('matches DejaVu Sans advances (measured in Chromium) and never runs narrow', () => {
    // Chromium measured 22.50 em for this sentence in the system stack (DejaVu Sans on Debian).
    expect(textWidth('Noor Verhoeven (13) woont bij tante Marieke', 100)).toBeGreaterThanOrEqual(2250);
    expect(textWidth('Noor Verhoeven (13) woont bij tante Marieke', 100)).toBeLessThan(2300);
    expect(textWidth('Noor Verhoeven (13) woont bij tante Marieke', 100, true)).toBeGreaterThanOrEqual(2551);
  });
  it('counts wide characters and emoji as 1em and bidi marks as nothing', () => {
    expect(textWidth('日本', 10)).toBe(20);
    expect(textWidth('\u200F', 10)).toBe(0);
    expect(textWidth('😀', 10)).toBe(10);
  });
  it('measures any string as the sum of its code points, lone surrogates included', () => {
    const pieces = fc.constantFrom(
      'a',
      'W',
      ' ',
      'é',
      'ı',
      '日',
      '😀',
      '\u0301',
      '\u200D',
      '\uD83D',
      '\uDE00',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.boolean(), (parts, bold) => {
        const text = parts.join('');
        let sum = 0;
        for (const ch of text) sum += textWidth(ch, 1, bold);
        expect(textWidth(text, 1, bold)).toBe(sum);
      }),
    );
  });

  it('measures every character below U+0300 as the Unicode-property rules do', () => {
    const full = /\p{Extended_Pictographic}/u;
    const narrow = /[ıìíîï]/u;
    for (const bold of [false, true]) {
      const i = textWidth('i', 1, bold);
      const other = bold ? 0.72 : 0.66;
      for (let code = 0; code < 0x300; code++) {
        if (code >= 32 && code < 127) continue;
        const ch = String.fromCodePoint(code);
        const want = /\p{M}/u.test(ch) ? 0 : full.test(ch) ? 1 : narrow.test(ch) ? i : other;
        expect([code, textWidth(ch, 1, bold)]).toEqual([code, want]);
      }
    }
  });
});

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Noor', 12, 100)).toEqual(['Noor']);
    expect(wrapText('  Noor   de Vries ', 12, 200)).toEqual(['Noor de Vries']);
    expect(wrapText('Noor\tde Vries', 12, 200)).toEqual(['Noor de Vries']);
  });
  it('breaks at spaces and ends a cut text with an ellipsis', () => {
    const lines = wrapText('Schuldhulpverlening gemeente Eindhoven en omstreken', 12, 120, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
  });
});
