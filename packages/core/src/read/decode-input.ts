/**
 * Input decoding (docs/format.md, Limits): the bytes of a file → its text, the same for every reader of files
 * (the CLI and the demo's open dialog). A UTF-8 byte-order mark is skipped; UTF-16 LE or BE text that starts
 * with a byte-order mark is decoded; anything else must be valid UTF-8 (a file in another encoding is refused
 * rather than read with its accented letters silently replaced).
 */
import type { Problem } from './problem.js';
import { error } from './problems.js';

/** The text encodings a file may be in: UTF-8 (with or without byte-order mark), or UTF-16 with one. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * What {@link decodeInput} gives: the text (without byte-order mark) and the encoding it was in, or a problem
 * (`read.encoding` for bytes that are not valid UTF-8, `read.encodingUtf16` for broken UTF-16).
 */
export type DecodedInput =
  { ok: true; text: string; encoding: InputEncoding } | { ok: false; problem: Problem };

/** The WHATWG TextDecoder, present in every browser and in Node; core's TypeScript lib declares no DOM. */
interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Decoder;

function decoder(encoding: InputEncoding): Decoder {
  const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;
  // ignoreBOM false: the decoder itself drops the byte-order mark.
  return new TextDecoderClass(encoding, { fatal: true, ignoreBOM: false });
}

/** Which encoding the byte-order mark (if any) announces: UTF-16 LE or BE, otherwise UTF-8. */
export function encodingOf(bytes: Uint8Array): InputEncoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * The text of a file's bytes, or a problem (`read.encoding`, `read.encodingUtf16`) when it cannot be decoded.
 * Never throws. Check the size before calling (MAX_DOCUMENT_BYTES): decoding does not.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  const encoding = encodingOf(bytes);
  try {
    return { ok: true, text: decoder(encoding).decode(bytes), encoding };
  } catch {
    return {
      ok: false,
      problem: error([], encoding === 'utf-8' ? 'read.encoding' : 'read.encodingUtf16'),
    };
  }
}

/**
 * Text without a leading byte-order mark (U+FEFF), for text that was decoded elsewhere with the mark kept.
 */
export function skipByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
