/**
 * The demo's "Rapport (PDF)": the case-file report of @kring/report (the same code as `kring report`), made in
 * the browser and downloaded. This module, pdf-lib and the two fonts are loaded only when a report is asked for
 * (MapPage imports it on first use), so the map page's first load stays small. The fonts are inlined into that
 * chunk at build time: nothing is fetched.
 */
import type { KringDocument, Locale } from '@kring/core';
import { buildReport, type ReportFonts } from '@kring/report';
import regularFont from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import boldFont from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import { downloadBlob } from './download.js';
import { fileNameFor } from './file-name.js';
import { titleOf } from './new-document.js';

/** The bytes of a `data:…;base64,` URL. */
function dataUrlBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function reportFonts(): ReportFonts {
  return { regular: dataUrlBytes(regularFont), bold: dataUrlBytes(boldFont) };
}

export interface ReportChoice {
  locale: Locale;
  /** The page's initials switch: a pseudonymised report (format.md), named "kring-rapport.pdf". */
  pseudonymise: boolean;
}

/** The report's bytes and file name. */
export async function makeReport(
  doc: KringDocument,
  choice: ReportChoice,
): Promise<{ name: string; bytes: Uint8Array }> {
  const bytes = await buildReport(
    doc,
    { locale: choice.locale, pseudonymise: choice.pseudonymise },
    reportFonts(),
  );
  const name = fileNameFor(choice.pseudonymise ? 'kring' : titleOf(doc), '-rapport.pdf');
  return { name, bytes };
}

/** Makes the report and downloads it; resolves to its file name. */
export async function downloadReport(doc: KringDocument, choice: ReportChoice): Promise<string> {
  const { name, bytes } = await makeReport(doc, choice);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name);
  return name;
}
