/**
 * Opening a file the user picked or dropped — a `.kring.json` document or an SVG exported with the map inside:
 * its bytes go through the core reader (`readDocumentBytes`, the same as the CLI's: UTF-8 with or without a
 * byte-order mark, UTF-16 with one), which either returns a document (with remarks) or every problem found,
 * each with its JSON path. A file larger than the reader's limit is refused before it is read.
 */
import {
  formatPath,
  isMoreProblems,
  MAX_DOCUMENT_BYTES,
  readDocumentBytes,
  type KringDocument,
  type Locale,
} from '@kring/core';
import { t } from '../i18n/messages.js';
import type { DemoProblem } from '../i18n/messages.js';

/** One problem, ready to show: where it is and what is wrong, in the UI language. */
export interface ProblemLine {
  severity: DemoProblem['severity'];
  /** `null` for the closing "… and N more" line, which is not at one place. */
  path: string | null;
  message: string;
}

export type OpenedFile =
  | { ok: true; name: string; document: KringDocument; warnings: DemoProblem[]; migratedFrom?: number }
  | { ok: false; name: string; problems: DemoProblem[] };

export function problemLines(problems: readonly DemoProblem[], locale: Locale): ProblemLine[] {
  return problems.map((p) => ({
    severity: p.severity,
    path: isMoreProblems(p) ? null : formatPath(p.path),
    message: t(locale, p.message.key, p.message.params),
  }));
}

/** Reads a picked or dropped file; never throws for bad content. */
export async function readKringFile(file: Blob & { name: string }): Promise<OpenedFile> {
  if (file.size > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      name: file.name,
      problems: [
        {
          severity: 'error',
          path: [],
          message: { key: 'read.tooLarge', params: { size: file.size, limit: MAX_DOCUMENT_BYTES } },
        },
      ],
    };
  }
  const result = readDocumentBytes(new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) return { ok: false, name: file.name, problems: result.problems };
  const opened: OpenedFile = {
    ok: true,
    name: file.name,
    document: result.document,
    warnings: result.warnings,
  };
  if (result.migratedFrom !== undefined) opened.migratedFrom = result.migratedFrom;
  return opened;
}
