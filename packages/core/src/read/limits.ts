/**
 * The largest document the reader accepts: 20 MiB = 20,971,520 bytes of UTF-8 (the bytes of the text, not its
 * length in UTF-16 units; text handed over as a string is counted as UTF-8). Larger input is refused as
 * `tooLarge` (`read.tooLarge`) before it is parsed, and the writer never produces it.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/**
 * The most entries a document may hold: 20,000, counting all collections together (persons, organisations,
 * partnerships, parent links, multiple births, households, emotional lines, ties) plus plan actions, in the
 * live document and in each snapshot separately. More is refused as `tooLarge` (`read.tooManyEntities`)
 * before the document is validated; the writer refuses it too (`tooManyEntities`).
 */
export const MAX_ENTITIES = 20_000;
/**
 * The deepest nesting of objects and lists the reader accepts: 64 levels (a document is about 6 deep; unknown
 * extension data gets some room). Deeper input is refused as `unsafe`; the writer refuses it as `tooDeep`.
 */
export const MAX_DEPTH = 64;
/**
 * Keys and ids that could pollute prototypes — `__proto__`, `constructor` and `prototype`: refused as keys
 * anywhere in a document (`unsafe`) and as ids (`invalid`); the writer refuses them as keys (`forbiddenKey`).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Saved layout coordinates are kept within ±MAX_COORDINATE drawing units (the reader moves larger ones to
 * the bound, with a warning): a million units is far beyond any real map, and well inside what an SVG
 * viewer can compute with.
 */
export const MAX_COORDINATE = 1_000_000;
