/**
 * Windows-1252 (what Excel and older genealogy programs write as "ANSI"), decoded by table: Node 20's
 * TextDecoder accepts the label but reads Latin-1, giving C1 control characters where the file has €, ‘ ’,
 * “ ”, – and —. Browsers decode it right; the table makes the CLI and the demo read the same text.
 */

/** Windows-1252's letters at 0x80–0x9F (the five it leaves undefined stay their C1 code points, as WHATWG says). */
const HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 bytes; every byte is a character, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    const codes = new Array<number>(chunk.length);
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      codes[i] = b >= 0x80 && b < 0xa0 ? HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
