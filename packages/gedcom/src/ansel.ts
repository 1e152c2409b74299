/**
 * ANSEL (ANSI Z39.47, with the GEDCOM 5.5 additions) → Unicode. Bytes below 0x80 are ASCII. ANSEL writes a
 * combining diacritic BEFORE the letter it sits on, Unicode after it: marks are held until the next base
 * character and the result is normalised to NFC ("e" + acute → "é").
 */

/** Spacing characters 0xA1–0xCF. */
const SPACING: Readonly<Record<number, string>> = {
  0xa1: '\u0141', // Ł
  0xa2: '\u00d8', // Ø
  0xa3: '\u0110', // Đ
  0xa4: '\u00de', // Þ
  0xa5: '\u00c6', // Æ
  0xa6: '\u0152', // Œ
  0xa7: '\u02b9', // ʹ
  0xa8: '\u00b7', // ·
  0xa9: '\u266d', // ♭
  0xaa: '\u00ae', // ®
  0xab: '\u00b1', // ±
  0xac: '\u01a0', // Ơ
  0xad: '\u01af', // Ư
  0xae: '\u02bc', // ʼ
  0xb0: '\u02bb', // ʻ
  0xb1: '\u0142', // ł
  0xb2: '\u00f8', // ø
  0xb3: '\u0111', // đ
  0xb4: '\u00fe', // þ
  0xb5: '\u00e6', // æ
  0xb6: '\u0153', // œ
  0xb7: '\u02ba', // ʺ
  0xb8: '\u0131', // ı
  0xb9: '\u00a3', // £
  0xba: '\u00f0', // ð
  0xbc: '\u01a1', // ơ
  0xbd: '\u01b0', // ư
  0xbe: '\u25a1', // □ (GEDCOM)
  0xbf: '\u25a0', // ■ (GEDCOM)
  0xc0: '\u00b0', // °
  0xc1: '\u2113', // ℓ
  0xc2: '\u2117', // ℗
  0xc3: '\u00a9', // ©
  0xc4: '\u266f', // ♯
  0xc5: '\u00bf', // ¿
  0xc6: '\u00a1', // ¡
  0xc7: '\u00df', // ß
  0xc8: '\u20ac', // €
  0xcd: '\u0065', // midline e (GEDCOM): plain e
  0xce: '\u006f', // midline o (GEDCOM): plain o
  0xcf: '\u00df', // ß (GEDCOM)
};

/** Combining marks 0xE0–0xFE. */
const COMBINING: Readonly<Record<number, string>> = {
  0xe0: '\u0309',
  0xe1: '\u0300',
  0xe2: '\u0301',
  0xe3: '\u0302',
  0xe4: '\u0303',
  0xe5: '\u0304',
  0xe6: '\u0306',
  0xe7: '\u0307',
  0xe8: '\u0308',
  0xe9: '\u030c',
  0xea: '\u030a',
  0xeb: '\ufe20',
  0xec: '\ufe21',
  0xed: '\u0315',
  0xee: '\u030b',
  0xef: '\u0310',
  0xf0: '\u0327',
  0xf1: '\u0328',
  0xf2: '\u0323',
  0xf3: '\u0324',
  0xf4: '\u0325',
  0xf5: '\u0333',
  0xf6: '\u0332',
  0xf7: '\u0326',
  0xf8: '\u031c',
  0xf9: '\u032e',
  0xfa: '\ufe22',
  0xfb: '\ufe23',
  0xfe: '\u0313',
};

/** Decodes ANSEL bytes; a byte that ANSEL leaves undefined becomes U+FFFD. Never throws. */
export function decodeAnsel(bytes: Uint8Array): string {
  const out: string[] = [];
  let marks = '';
  let run = 0; // start of the current run of ASCII bytes
  const flushAscii = (end: number) => {
    if (end > run) {
      let s = '';
      for (let j = run; j < end; j += 8192)
        s += String.fromCharCode(...bytes.subarray(j, Math.min(end, j + 8192)));
      if (marks !== '') {
        // The held marks belong on the first character of this run.
        out.push(s[0]! + marks + s.slice(1));
        marks = '';
      } else out.push(s);
    }
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    flushAscii(i);
    run = i + 1;
    const mark = COMBINING[b];
    if (mark !== undefined) {
      marks += mark;
      continue;
    }
    const ch = SPACING[b] ?? '\ufffd';
    out.push(ch + marks);
    marks = '';
  }
  flushAscii(bytes.length);
  if (marks !== '') out.push(marks);
  return out.join('').normalize('NFC');
}
