/**
 * The format's migrations on demand, for the element's code-split build (`@kring/svelte/element`): there
 * the build (build/element-build.ts, `lazyMigrations()`) gives core's reader an empty list of migrations
 * from {@link liveMigrations} and puts the real ones into a chunk of their own (migrations-chunk.ts). A
 * document of the current version — nearly every one — never loads it. The element and `mount()` look at
 * the version of each document they are given first ({@link needsMigrations}) and hand an older one to the
 * editor once {@link loadMigrations} has filled the list. Elsewhere the list is core's own: nothing is live,
 * nothing is needed and nothing loads.
 */
import { CURRENT_VERSION } from '@kring/core';

const live: unknown[] = [];
let lazy = false;
let loaded = false;
let pending: Promise<void> | undefined;

/** For the build's stand-in of core's migrations module only: the list, empty until loaded. */
export function liveMigrations(): unknown[] {
  lazy = true;
  return live;
}

/**
 * True when `value` (a document object or its JSON text) is of an older format version and the migrations
 * are not here yet. For text, any `"version": n` with n older than the current version counts (a nested
 * one too): it only costs a load.
 */
export function needsMigrations(value: unknown): boolean {
  if (!lazy || loaded) return false;
  try {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/"version"\s*:\s*(-?\d+)/g))
        if (Number(match[1]) < CURRENT_VERSION) return true;
      return false;
    }
    if (typeof value !== 'object' || value === null) return false;
    const version: unknown = (value as { version?: unknown }).version;
    return typeof version === 'number' && version < CURRENT_VERSION;
  } catch {
    // A getter or Proxy that throws: the reader refuses it whatever the migrations.
    return false;
  }
}

/** Loads the migrations (once; a failed load is tried again on the next call). */
export function loadMigrations(): Promise<void> {
  if (!lazy || loaded) return Promise.resolve();
  pending ??= import('./migrations-chunk.js').then(
    ({ MIGRATIONS }) => {
      live.push(...MIGRATIONS);
      loaded = true;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
