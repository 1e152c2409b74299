import type { KringDocument } from '../model/types.js';
import { MAX_DOCUMENT_BYTES, MAX_ENTITIES } from '../read/limits.js';
import { utf8Length } from '../read/parse-json-text.js';
import { error } from '../read/problems.js';
import { countEntities } from '../read/scan-raw.js';
import { DOCUMENT_SHAPE } from './key-order.js';
import { orderedCopy } from './ordered-copy.js';
import { assertWritable, WriteRefusedError } from './writable.js';
import { writeJson } from './write-json.js';

/**
 * Documents are pretty-printed (two-space indent) only while that text stays at most this large: half the
 * reader's limit. Larger ones are written compact (no spaces or line breaks), which indentation can make
 * four times smaller; pretty-printing them could give a file the reader refuses.
 */
export const PRETTY_MAX_BYTES = MAX_DOCUMENT_BYTES / 2;

/** UTF-8 bytes of `text`, counted exactly only when its length alone cannot decide against `limit`. */
function bytesOver(text: string, limit: number): number | undefined {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit ? bytes : undefined;
}

/**
 * Writes a document as stable JSON text: the same document always gives the same bytes. Keys follow the order
 * of the format's field lists (format, version, title, referenceDate, focus, options, persons, …; inside each
 * entity the order of its field list), unknown keys after the known ones sorted by UTF-16 code unit, layout
 * positions sorted by id, and a trailing newline. Undefined values are left out. Values under unknown keys
 * are written as they were read (their own key order). The document is not changed.
 *
 * Size-safe: the text is indented with two spaces while it stays within {@link PRETTY_MAX_BYTES} (10 MiB),
 * and compact (one line plus the newline) otherwise; which form depends only on the document. It never writes
 * what its reader refuses for size or shape: a document with more than {@link MAX_ENTITIES} (20,000) entries
 * in the live document or in one snapshot, whose compact text exceeds {@link MAX_DOCUMENT_BYTES} (20 MiB =
 * 20,971,520 UTF-8 bytes), or that holds a value JSON cannot store, a forbidden key or nesting deeper than 64
 * levels is refused with a {@link WriteRefusedError} whose `problem` is a catalogue message for the user.
 * (Whether the entries themselves are valid is for the commands that made them: they keep every invariant.)
 *
 * @param doc - The document to write (a current-version document, e.g. from {@link readDocument} or an edit).
 * @returns The JSON text, ending in a newline; {@link readDocument} reads it back as an equal document.
 * @throws {@link WriteRefusedError} when the reader would refuse the result; nothing is written then, so the
 * previous file stays as it was.
 *
 * @example
 * ```ts
 * import { t, writeDocument, WriteRefusedError } from '@kring/core';
 *
 * try {
 *   await writeFile('map.kring.json', writeDocument(doc));
 * } catch (e) {
 *   if (!(e instanceof WriteRefusedError)) throw e;
 *   // e.reason is e.g. 'tooLarge'; tell the user why, in their language
 *   alert(t('nl', e.problem.message.key, e.problem.message.params));
 * }
 * ```
 */
export function writeDocument(doc: KringDocument): string {
  // The reader's entity limit holds for the live document and for each snapshot separately.
  const states = [doc, ...(doc.snapshots ?? []).map((s) => s.state)];
  for (const state of states) {
    const entities = countEntities(state as unknown as Record<string, unknown>);
    if (entities > MAX_ENTITIES)
      throw new WriteRefusedError(
        'tooManyEntities',
        error([], 'read.write.tooManyEntities', { count: entities, limit: MAX_ENTITIES }),
      );
  }
  assertWritable(doc);
  const ordered = orderedCopy(doc, DOCUMENT_SHAPE);
  // Both paths give the same bytes; the ordered copy + JSON.stringify is about four times faster.
  const pretty =
    (ordered === undefined ? writeJson(doc, DOCUMENT_SHAPE) : JSON.stringify(ordered, null, 2)) + '\n';
  if (bytesOver(pretty, PRETTY_MAX_BYTES) === undefined) return pretty;
  const compact =
    (ordered === undefined ? writeJson(doc, DOCUMENT_SHAPE, '', false, false) : JSON.stringify(ordered)) +
    '\n';
  const size = bytesOver(compact, MAX_DOCUMENT_BYTES);
  if (size !== undefined)
    throw new WriteRefusedError(
      'tooLarge',
      error([], 'read.write.tooLarge', { size, limit: MAX_DOCUMENT_BYTES }),
    );
  return compact;
}
