/** The reader's limits (format.md §Limits): larger input is refused before it is parsed or validated deeply. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Entries of all collections together (persons, organisations, relations, ties, plan actions). */
export const MAX_ENTITIES = 20_000;
/** Nesting depth of any value; a document is about 6 deep, unknown extension data gets some room. */
export const MAX_DEPTH = 64;
/** Keys and ids that could pollute prototypes; refused anywhere in a document. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
