import { describe, expect, it } from 'vitest';
import { decodeAnsel } from './ansel.js';
import { importDate } from './dates.js';
import { decodeGedcom } from './decode.js';

describe('decodeGedcom', () => {
  const head = (charset: string) => `0 HEAD\n1 CHAR ${charset}\n`;
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

  it('reads ANSEL: combining marks come before the letter, and the result is NFC', () => {
    expect(decodeAnsel(bytes('Ren', [0xe2], 'e M', [0xe8], 'uller ', [0xa5], 'sa'))).toBe('René Müller Æsa');
    const decoded = decodeGedcom(bytes(head('ANSEL'), '0 @I1@ INDI\n1 NAME Fran', [0xf0], 'cois'));
    expect(decoded.encoding).toBe('ansel');
    expect(decoded.text).toContain('François');
  });

  it('reads UTF-8 written under CHAR ANSEL as UTF-8, and says so', () => {
    const decoded = decodeGedcom(bytes(head('ANSEL'), '1 NAME Zoë'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', declared: 'ANSEL', mismatch: true });
    expect(decoded.text).toContain('Zoë');
  });

  it('reads ANSI as Windows-1252, and falls back to it for text that is no UTF-8', () => {
    expect(decodeGedcom(bytes(head('ANSI'), '1 NAME Zo', [0xeb])).text).toContain('Zoë');
    // 0x80–0x9F are letters in Windows-1252 (Node 20's TextDecoder would give C1 control characters).
    expect(
      decodeGedcom(bytes(head('ANSI'), '1 NOTE ', [0x80, 0x20, 0x93, 0x6a, 0x61, 0x94, 0x20, 0x96])).text,
    ).toContain('€ “ja” –');
    expect(decodeGedcom(bytes(head('UTF-8'), '1 NAME Zo', [0xeb]))).toMatchObject({
      encoding: 'windows-1252',
      mismatch: true,
    });
  });

  it('reads UTF-16 without a byte-order mark from its zero bytes', () => {
    const text = '0 HEAD\n1 NAME Ĳsbrand\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[i * 2] = text.charCodeAt(i) & 0xff;
      le[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expect(decodeGedcom(le)).toMatchObject({ text, encoding: 'utf-16le' });
    const be = le.slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeGedcom(be)).toMatchObject({ text, encoding: 'utf-16be' });
  });
});

describe('importDate', () => {
  it.each([
    ['2 OCT 1822', '1822-10-02', true],
    ['Dec 1859', '1859-12', true],
    ['1912', '1912', true],
    ['        858', '0858', true],
    ['ABT 1850', '~1850', false],
    ['ABT MAR 1850', '~1850-03', false],
    ['EST 5 MAY 1850', '~1850-05-05', false],
    ['CAL 1850', '~1850', false],
    ['BEF 1828', '~1828', false],
    ['AFT 3 JUN 1900', '~1900', false],
    ['BET 1850 AND 1860', '~1855', false],
    ['FROM 1900 TO 1905', '~1902', false],
    ['1699/00', '~1700', false],
    ['12 MAR 1637/1638', '~1638', false],
    ['1815/1816', '~1816', false],
    ['INT 1850 (about then)', '~1850', false],
    ['@#DJULIAN@ 1 JAN 1700', '~1700', false],
    ['JULIAN 1700', '~1700', false],
    ['@#DGREGORIAN@ 2 OCT 1822', '1822-10-02', true],
    ['30 FEB 1900', '1900', false],
  ])('%s → %s', (text, date, exact) => {
    expect(importDate(text)).toEqual({ ok: true, date, exact });
  });

  it.each([
    ['(unknown)', 'phrase'],
    ['@#DHEBREW@ 1 TSH 5000', 'calendar'],
    ['FRENCH_R 1 VEND 2', 'calendar'],
    ['44 BC', 'calendar'],
    ['10 JAN', 'unreadable'],
    ['', 'unreadable'],
  ])('%s has no partial date (%s)', (text, reason) => {
    expect(importDate(text)).toEqual({ ok: false, reason });
  });
});
