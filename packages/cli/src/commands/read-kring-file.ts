import { MAX_DOCUMENT_BYTES, readDocumentBytes, type ReadResult } from '@kring/core';
import type { CommandIO } from './command.js';
import type { CliMessage } from '../messages.js';

export type FileRead = { ok: true; result: ReadResult } | { ok: false; message: CliMessage };

/**
 * Reads and checks one file: a `.kring.json` document, or an SVG exported with the document inside, in UTF-8
 * (a byte-order mark is skipped) or UTF-16 with a byte-order mark — the same pipeline as the demo's open dialog
 * (`readDocumentBytes`). A file over the size limit is refused before it is read. A missing or unreadable file
 * is a message, never a thrown error.
 */
export function readKringFile(path: string, io: CommandIO): FileRead {
  const size = io.sizeOf?.(path);
  if (size !== undefined && size > MAX_DOCUMENT_BYTES) return { ok: true, result: tooLarge(size) };
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOENT') return { ok: false, message: { key: 'cli.fileMissing' } };
    return { ok: false, message: { key: 'cli.cannotRead', params: { detail: String(code ?? e) } } };
  }
  return { ok: true, result: readDocumentBytes(bytes) };
}

function tooLarge(size: number): ReadResult {
  return {
    ok: false,
    reason: 'tooLarge',
    problems: [
      {
        severity: 'error',
        path: [],
        message: { key: 'read.tooLarge', params: { size, limit: MAX_DOCUMENT_BYTES } },
      },
    ],
  };
}
