/**
 * The Dutch tables of the first picture (the words a drawing holds: core's `enums` and `render` parts), by
 * part: filled in by the element's code-split build (build/element-build.ts, `localeTables()`), which makes
 * this module a chunk of its own. The editor's other words are in locale-nl.ts. Elsewhere the tables are
 * imported where they are used and this module is never loaded (locale-tables.ts).
 */
export const tables: Record<string, Record<string, string>> = {};
