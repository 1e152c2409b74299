/**
 * @kring/report: the case-file report as a PDF (docs/cli.md, `kring report`). Framework-free: the caller
 * passes the document, the options and the bytes of the two fonts (DejaVu Sans and DejaVu Sans Bold, from the
 * `dejavu-fonts-ttf` package); nothing is fetched.
 */
export { buildReport, type ReportOptions } from './report.js';
export { reportMessages, type ReportTemplates } from './messages.js';
export { A4_LANDSCAPE, A4_PORTRAIT, type ReportFonts } from './pdf-canvas.js';
export { cleanText, visualRuns, withFallback, MISSING_GLYPH, type TextRun } from './text-runs.js';
/** Where the fonts lie inside the `dejavu-fonts-ttf` package. */
export const REPORT_FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;
