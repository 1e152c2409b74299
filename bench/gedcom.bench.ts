/**
 * GEDCOM import on the repository's copies of the public sample files (packages/gedcom/fixtures): royal92
 * (3,010 persons) and pres2020 (2,322 persons, UTF-8 with BOM), the import alone, and royal92's import + genogram
 * layout + scene of the whole family (budget 1 s: a worker opens a family's file and sees the genogram).
 */
import { readFileSync } from 'node:fs';
import { importGedcom } from '../packages/gedcom/src/index.js';
import { renderGenogram } from '../packages/genogram/src/index.js';

const bytes = (name: string) => (): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../packages/gedcom/fixtures/public/${name}`, import.meta.url)));

function imported(input: Uint8Array) {
  const result = importGedcom(input, { referenceDate: '2026-01-01' });
  if (!result.ok) throw new Error('the sample file did not import');
  return result.document;
}

export const cases = [
  {
    name: 'import royal92 (3,010 persons)',
    setup: bytes('royal92.ged'),
    run: (input: Uint8Array): void => void imported(input),
  },
  {
    name: 'import pres2020 (2,322 persons)',
    setup: bytes('pres2020.ged'),
    run: (input: Uint8Array): void => void imported(input),
  },
  {
    name: 'import royal92 + genogram layout + scene',
    budgetMs: 1000,
    setup: bytes('royal92.ged'),
    run: (input: Uint8Array): void => void renderGenogram(imported(input), { locale: 'nl' }),
  },
];
