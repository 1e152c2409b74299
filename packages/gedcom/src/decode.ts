/**
 * A GEDCOM file's bytes → its text. The encoding comes from the byte-order mark (UTF-8, UTF-16 LE/BE), else from
 * the zero bytes of UTF-16 without a mark, else from the header's `1 CHAR` line (ANSEL, ASCII, ANSI, UTF-8,
 * UNICODE); GEDCOM 7.0 is always UTF-8. Files often declare one thing and hold another (royal92 declares ANSEL
 * and is plain ASCII; some programs write UTF-8 under `CHAR ANSEL`): bytes that are valid UTF-8 with letters
 * beyond ASCII are read as UTF-8, and text that is no valid UTF-8 falls back to Windows-1252, with a note.
 */
import { decodeAnsel } from './ansel.js';
import { decodeWindows1252 } from './windows-1252.js';

/** How a GEDCOM file's bytes were read (ANSEL is the old genealogy character set of GEDCOM 5.5.1). */
export type GedcomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'ansel' | 'ascii' | 'windows-1252';

/** A GEDCOM file's text and how it was read. */
export interface DecodedGedcom {
  /** The decoded text. */
  text: string;
  /** The encoding the bytes were read in. */
  encoding: GedcomEncoding;
  /** What the header declared (`1 CHAR …`), upper case, when it declared anything. */
  declared?: string;
  /** The declared encoding was not the one the bytes hold. */
  mismatch: boolean;
}

interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoderClass(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The value of the header's `1 CHAR` line, read from the first bytes as ASCII. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 4096)));
  const m = /(?:^|[\r\n])\s*1\s+CHAR\s+([^\r\n]*)/.exec(head);
  return m ? m[1]!.trim().toUpperCase() : undefined;
}

/** Decodes a GEDCOM file. Never throws: every byte is a character in the Windows-1252 fallback. */
export function decodeGedcom(bytes: Uint8Array): DecodedGedcom {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeWith('utf-8', bytes, true);
    if (text !== undefined) return { text, encoding: 'utf-8', mismatch: false };
    return {
      text: decodeWindows1252(bytes.subarray(3)),
      encoding: 'windows-1252',
      mismatch: true,
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeWith('utf-16le', bytes, false)!, encoding: 'utf-16le', mismatch: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeWith('utf-16be', bytes, false)!, encoding: 'utf-16be', mismatch: false };
  // UTF-16 without a mark: the file starts with "0" and a zero byte on one side.
  if (bytes.length >= 2 && bytes[0] === 0x30 && bytes[1] === 0)
    return { text: decodeWith('utf-16le', bytes, false)!, encoding: 'utf-16le', mismatch: false };
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] === 0x30)
    return { text: decodeWith('utf-16be', bytes, false)!, encoding: 'utf-16be', mismatch: false };

  const declared = declaredCharset(bytes);
  const withDeclared = (encoding: GedcomEncoding, text: string, mismatch = false): DecodedGedcom =>
    declared === undefined ? { text, encoding, mismatch } : { text, encoding, declared, mismatch };
  if (!hasHighBytes(bytes)) {
    // Plain ASCII reads the same in every encoding GEDCOM knows.
    const text = decodeWith('utf-8', bytes, false)!;
    const encoding: GedcomEncoding =
      declared === 'ANSEL' ? 'ansel' : declared === 'ASCII' ? 'ascii' : 'utf-8';
    return withDeclared(encoding, text);
  }
  const utf8 = decodeWith('utf-8', bytes, true);
  if (declared === 'ANSEL') {
    // Valid UTF-8 with bytes beyond ASCII is practically never ANSEL (its marks precede ASCII letters).
    if (utf8 !== undefined) return withDeclared('utf-8', utf8, true);
    return withDeclared('ansel', decodeAnsel(bytes));
  }
  if (
    declared === 'ANSI' ||
    declared === 'IBMPC' ||
    declared === 'IBM WINDOWS' ||
    declared === 'WINDOWS-1252'
  ) {
    if (utf8 !== undefined) return withDeclared('utf-8', utf8, true);
    return withDeclared('windows-1252', decodeWindows1252(bytes));
  }
  if (utf8 !== undefined)
    return withDeclared(
      'utf-8',
      utf8,
      declared !== undefined && !declared.startsWith('UTF') && declared !== 'UNICODE',
    );
  return withDeclared('windows-1252', decodeWindows1252(bytes), true);
}
