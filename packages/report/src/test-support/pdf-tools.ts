/**
 * The report's tests read their PDFs with Poppler (Debian's poppler-utils, installed by scripts/toolchain.sh):
 * `pdftotext` for the text a reader can find and select, `pdftoppm` for a page as a PNG, `pdffonts` and
 * `pdfimages` for what is embedded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_FONT_FILES, type ReportFonts } from '../index.js';

export function testFonts(): ReportFonts {
  const require = createRequire(import.meta.url);
  return {
    regular: new Uint8Array(readFileSync(require.resolve(REPORT_FONT_FILES.regular))),
    bold: new Uint8Array(readFileSync(require.resolve(REPORT_FONT_FILES.bold))),
  };
}

function tool(name: string, args: string[], pdf: Uint8Array): { stdout: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kring-report-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const r = spawnSync(name, [...args.map((a) => (a === '$PDF' ? file : a.replace('$DIR', dir)))], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${name} failed (${r.status}): ${r.stderr || r.error}`);
  return { stdout: r.stdout, dir };
}

/** The text of each page, as pdftotext reads it. */
export function pdfPages(pdf: Uint8Array): string[] {
  return tool('pdftotext', ['$PDF', '-'], pdf).stdout.split('\f').slice(0, -1);
}

/** Text with direction marks dropped and every run of white space as one space: what a search finds. */
export function searchable(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ');
}

/** Page `page` (1-based) as a PNG at `dpi`. */
export function pagePng(pdf: Uint8Array, page: number, dpi: number): Buffer {
  const { dir } = tool(
    'pdftoppm',
    ['-f', `${page}`, '-l', `${page}`, '-r', `${dpi}`, '-png', '-singlefile', '$PDF', '$DIR/page'],
    pdf,
  );
  return readFileSync(join(dir, 'page.png'));
}

export function pdfFonts(pdf: Uint8Array): string {
  return tool('pdffonts', ['$PDF'], pdf).stdout;
}

export function pdfImages(pdf: Uint8Array): string {
  return tool('pdfimages', ['-list', '$PDF'], pdf).stdout;
}
