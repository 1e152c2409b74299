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
 * Writes a document as stable JSON text: the same document always gives the same bytes. Keys follow the
 * order of docs/format.md (format, version, title, referenceDate, focus, options, persons, …; inside each
 * entity the order of its field list), unknown keys after the known ones sorted by code unit, layout
 * positions sorted by id, and a trailing newline. Undefined values are left out. Values under unknown keys
 * are written as they were read (their own key order).
 *
 * Size-safe: the text is indented with two spaces while it stays within PRETTY_MAX_BYTES (10 MiB), and
 * compact otherwise. It never writes what its reader refuses for size or shape: a document with more than
 * MAX_ENTITIES entries, whose compact text exceeds MAX_DOCUMENT_BYTES (20 MiB = 20,971,520 UTF-8 bytes), or
 * that holds a value JSON cannot store, a forbidden key or nesting deeper than the reader's limit is
 * refused with a WriteRefusedError whose `problem` is a catalogue message for the user. (Whether the
 * entries themselves are valid is for the commands that made them: they keep every invariant.)
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
