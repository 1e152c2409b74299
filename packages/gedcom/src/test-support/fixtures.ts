/** The sample GEDCOM files in packages/gedcom/fixtures (see its README), read for tests and the benchmark. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The bytes of `fixtures/<path>`, e.g. `public/royal92.ged`. */
export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(`${root}${path}`));
}

/** GEDCOM text as UTF-8 bytes. */
export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
