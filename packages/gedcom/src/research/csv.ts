/**
 * The network as four CSV files for research and case systems: `persons.csv`, `organisations.csv`, `ties.csv`
 * and `relations.csv` (the same tables as the GraphML export). UTF-8 without byte-order mark, a header row,
 * CRLF line ends and quoting as RFC 4180 says; safe to open in a spreadsheet: a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is prefixed with `'`, so it is never run as a formula.
 */
import type { KringDocument } from '@kring/core';
import { networkTables, type ResearchOptions, type Table, type Value } from './network-table.js';

/** The four CSV files of a map's network, by file name; each is UTF-8 text with a header row and CRLF line ends. */
export interface CsvFiles {
  /** One row per person: neutral id, Kring id, label, gender, birth year, age, deceased, focus, home, sector, ring. */
  'persons.csv': string;
  /** One row per organisation: neutral id, Kring id, label, category, sector, ring. */
  'organisations.csv': string;
  /** One row per tie, between neutral ids: sector, ring, strength, stress, flow, frequency, support given/received. */
  'ties.csv': string;
  /** One row per family relation: partnerships, parent-child links and emotional lines, typed. */
  'relations.csv': string;
}

/** One CSV cell: formula-safe, quoted when it holds a comma, a quote or a line end. */
export function csvCell(value: Value): string {
  if (value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(table: Table): string {
  const names = table.columns.map((c) => c.name);
  const lines = [names.map(csvCell).join(',')];
  for (const row of table.rows) lines.push(names.map((n) => csvCell(row[n])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The four CSV files of the map's network, by file name. */
export function exportCsv(doc: KringDocument, options: ResearchOptions = {}): CsvFiles {
  const t = networkTables(doc, options);
  return {
    'persons.csv': csv(t.persons),
    'organisations.csv': csv(t.organisations),
    'ties.csv': csv(t.ties),
    'relations.csv': csv(t.relations),
  };
}
