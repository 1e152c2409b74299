/**
 * The messages between the demo page and its GEDCOM import worker (import.worker.ts): the page sends the
 * file's bytes and the choices once; the worker answers with progress now and then and the result at the end.
 */
import type { ImportResult } from '@kring/gedcom';

/** What the page asks: the file and the choices of the import dialog. */
export interface ImportRequest {
  bytes: Uint8Array;
  focus?: string;
  generations?: number;
}

export type ImportReply = { type: 'progress'; fraction: number } | { type: 'done'; result: ImportResult };
