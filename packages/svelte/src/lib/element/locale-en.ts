/**
 * The English tables of the editor's first load beyond the first picture's (locale-en-first.ts), by part: filled in by the element's code-split build
 * (build/element-build.ts, `localeTables()`), which makes this module a chunk of its own. Elsewhere the
 * tables are imported where they are used and this module is never loaded (locale-tables.ts).
 */
export const tables: Record<string, Record<string, string>> = {};
