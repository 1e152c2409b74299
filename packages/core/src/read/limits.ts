/**
 * The reader's limits (format.md §Limits): larger input is refused before it is parsed or validated deeply.
 * 20 MiB = 20,971,520 bytes of UTF-8 (the bytes of the text, not its length in UTF-16 units).
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Entries of all collections together (persons, organisations, relations, ties, plan actions). */
export const MAX_ENTITIES = 20_000;
/** Nesting depth of any value; a document is about 6 deep, unknown extension data gets some room. */
export const MAX_DEPTH = 64;
/** Keys and ids that could pollute prototypes; refused anywhere in a document. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Saved layout coordinates are kept within ±MAX_COORDINATE drawing units (the reader moves larger ones to
 * the bound, with a warning): a million units is far beyond any real map, and well inside what an SVG
 * viewer can compute with.
 */
export const MAX_COORDINATE = 1_000_000;
