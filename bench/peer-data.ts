/**
 * The peer layout table's own data, when it happens to lie beside the repository (a `shared/bench` folder next
 * to the checkout, as on the machines the table was measured on). Only benchmarks use this, and only to print
 * an extra side-by-side table; everything else runs on the repository's own synthetic data. A clone without
 * that folder gets `undefined` and a sentence saying the table is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KringDocument } from '../packages/core/src/index.js';

const FOLDER = new URL('../../shared/bench/', import.meta.url);

export interface PeerData {
  /** The table's synthetic family of `n` persons (its seed 42), as a Kring document. */
  family(n: number): KringDocument;
  /** The table's synthetic sociogram of `n` persons (its seed 7), as a Kring document. */
  sociogram(n: number): KringDocument;
  /**
   * A figure of the table: the section whose heading starts with `section`, the row whose first cell is `row`,
   * the column headed `column` (`N=` dropped); the first number of the cell (the median), if listed.
   */
  figure(section: string, row: string, column: string | number): number | undefined;
}

export const PEER_DATA_MISSING =
  'The peer layout table (shared/bench beside the repository) is not here: its side-by-side table is skipped.';

export async function loadPeerData(): Promise<PeerData | undefined> {
  const generators = new URL('to-kring.mjs', FOLDER);
  const table = new URL('peers-table.md', FOLDER);
  if (!existsSync(fileURLToPath(generators)) || !existsSync(fileURLToPath(table))) return undefined;
  const mod = (await import(generators.href)) as {
    familyDocument: (n: number, seed?: number) => KringDocument;
    sociogramDocument: (n: number, seed?: number) => KringDocument;
  };
  const figures = parseTable(readFileSync(table, 'utf8'));
  return {
    family: (n) => mod.familyDocument(n, 42),
    sociogram: (n) => mod.sociogramDocument(n, 7),
    figure: (section, row, column) => {
      for (const [key, value] of figures)
        if (key.startsWith(section) && key.endsWith(`|${row}|${column}`)) return value;
      return undefined;
    },
  };
}

/**
 * Reads the markdown tables under each `### heading`: the first column names the peer (or N), the header row
 * names the columns; a cell's first number is its value.
 */
function parseTable(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let section = '';
  let header: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('### ')) {
      section = line.slice(4).trim();
      header = [];
      continue;
    }
    if (!line.startsWith('|')) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (header.length === 0) {
      header = cells;
      continue;
    }
    if (cells.every((c) => /^-*:?$/.test(c.replace(/^:/, '')))) continue;
    const row = cells[0]!;
    cells.slice(1).forEach((cell, i) => {
      const value = Number.parseFloat(cell);
      if (Number.isFinite(value)) out.set(`${section}|${row}|${header[i + 1]!.replace(/^N=/, '')}`, value);
    });
  }
  return out;
}
