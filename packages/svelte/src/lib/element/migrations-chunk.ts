/**
 * Core's migrations, as a chunk of their own: filled in by the element's code-split build
 * (build/element-build.ts, `lazyMigrations()`). Elsewhere the reader has them and this module is never
 * loaded (migrations-loader.ts).
 */
export const MIGRATIONS: readonly unknown[] = [];
