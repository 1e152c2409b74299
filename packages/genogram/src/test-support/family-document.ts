/**
 * The synthetic families the peer benchmarks were measured on (shared/bench/to-kring.mjs, beside the repo in
 * dev and CI), loaded by path so no copy drifts from the benchmark's data.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { KringDocument } from '@kring/core';

const candidates = [
  fileURLToPath(new URL('../../../../../shared/bench/to-kring.mjs', import.meta.url)),
  '/work/shared/bench/to-kring.mjs',
];

export async function loadFamilyDocument(): Promise<(n: number, seed?: number) => KringDocument> {
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`shared/bench/to-kring.mjs not found (looked in ${candidates.join(', ')})`);
  const mod = (await import(pathToFileURL(path).href)) as {
    familyDocument: (n: number, seed?: number) => KringDocument;
  };
  return mod.familyDocument;
}
