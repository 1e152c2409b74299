/**
 * Reading a file the user picked, dropped or named on the command line: its bytes → a document. The one
 * pipeline the CLI and the demo share, so both accept and refuse the same files: the size limit on the bytes
 * first, then decoding (decode-input.ts: UTF-8 with or without a byte-order mark, UTF-16 with one), then
 * either a `.kring.json` text or an SVG exported with the document inside (svg-payload.ts), then the reader.
 */
import { decodeInput, skipByteOrderMark } from './decode-input.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { error } from './problems.js';
import { readDocument, type ReadOptions } from './read-document.js';
import type { ReadResult } from './read-result.js';
import { looksLikeXml, readSvgPayload } from './svg-payload.js';

/**
 * The document in a file's bytes (JSON or an SVG exported with the document inside), as the CLI and the
 * editor read files: more than 20 MiB ({@link MAX_DOCUMENT_BYTES}) is refused as `tooLarge` before anything
 * is decoded; then the bytes are decoded (UTF-8, a UTF-8 byte-order mark skipped, UTF-16 LE/BE with a
 * byte-order mark; anything else is refused as `syntax` rather than read with its accented letters replaced),
 * then read by {@link readDocument}. Never throws for bad input.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { readDocumentBytes } from '@kring/core';
 *
 * const read = readDocumentBytes(await readFile('map.kring.json'));
 * ```
 */
export function readDocumentBytes(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return {
      ok: false,
      reason: 'tooLarge',
      problems: [error([], 'read.tooLarge', { size: bytes.length, limit: MAX_DOCUMENT_BYTES })],
    };
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return { ok: false, reason: 'syntax', problems: [decoded.problem] };
  return readDocumentText(decoded.text, options);
}

/**
 * As {@link readDocumentBytes}, for text that is already decoded: JSON (a leading byte-order mark is
 * skipped), or an SVG with an embedded document (refused as `notKring` when it holds none, as
 * `tooNew`/`tooOld` when its payload version is unknown).
 */
export function readDocumentText(text: string, options: ReadOptions = {}): ReadResult {
  if (!looksLikeXml(text)) return readDocument(skipByteOrderMark(text), options);
  const payload = readSvgPayload(text);
  if (!payload.ok) return { ok: false, reason: payload.reason, problems: [payload.problem] };
  if (payload.json === undefined)
    return { ok: false, reason: 'notKring', problems: [error([], 'read.svgWithoutDocument')] };
  return readDocument(payload.json, options);
}
