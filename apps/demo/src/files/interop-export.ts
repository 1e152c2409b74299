/**
 * Exporting a map for other programs (docs/interop.md): the family as GEDCOM 7.0 or 5.5.1, the network as GraphML
 * or as four CSV files for research, optionally pseudonymised (GraphML and CSV only). Files are downloaded,
 * nothing is sent. Returns the names of the files it downloaded.
 */
import type { KringDocument } from '@kring/core';
import { exportCsv, exportGedcom, exportGraphml } from '@kring/gedcom';
import { downloadText } from './download.js';
import { fileNameFor } from './file-name.js';
import { titleOf } from './new-document.js';

export const INTEROP_FORMATS = ['gedcom', 'gedcom5', 'graphml', 'csv'] as const;
export type InteropFormat = (typeof INTEROP_FORMATS)[number];

export interface InteropChoice {
  format: InteropFormat;
  /** GraphML and CSV only: a GEDCOM file is names and dates. */
  pseudonymise: boolean;
}

/** The files of a choice, by name, with their media type. */
export function interopFiles(
  doc: KringDocument,
  choice: InteropChoice,
): { name: string; text: string; type: string }[] {
  const pseudonymise = choice.pseudonymise && (choice.format === 'graphml' || choice.format === 'csv');
  const base = pseudonymise ? 'kring' : titleOf(doc);
  switch (choice.format) {
    case 'gedcom':
    case 'gedcom5':
      return [
        {
          name: fileNameFor(base, choice.format === 'gedcom' ? '.ged' : '-5.5.1.ged'),
          text: exportGedcom(doc, { version: choice.format === 'gedcom' ? '7.0' : '5.5.1' }).text,
          type: 'text/vnd.familysearch.gedcom',
        },
      ];
    case 'graphml':
      return [
        {
          name: fileNameFor(base, '.graphml'),
          text: exportGraphml(doc, { pseudonymise }),
          type: 'application/xml',
        },
      ];
    case 'csv':
      return Object.entries(exportCsv(doc, { pseudonymise })).map(([file, text]) => ({
        name: fileNameFor(`${base}-${file.replace(/\.csv$/, '')}`, '.csv'),
        text,
        type: 'text/csv',
      }));
  }
}

export function exportForOtherPrograms(doc: KringDocument, choice: InteropChoice): string[] {
  const files = interopFiles(doc, choice);
  for (const file of files) downloadText(file.text, file.name, file.type);
  return files.map((f) => f.name);
}
