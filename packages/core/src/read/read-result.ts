import type { KringDocument } from '../model/types.js';
import type { Problem } from './problem.js';

/**
 * Why a document was refused, for callers that react differently (the editor offers "update Kring" for
 * `tooNew`, and reports `migrationFailed` as a bug in Kring rather than a fault in the user's file).
 */
export type ReadFailureReason =
  'tooLarge' | 'syntax' | 'notKring' | 'tooNew' | 'tooOld' | 'unsafe' | 'invalid' | 'migrationFailed';

export interface ReadSuccess {
  ok: true;
  document: KringDocument;
  /** Soft rules, lossless repairs and migration notes. */
  warnings: Problem[];
  /** The version the input was written in, when it was older than the current one. */
  migratedFrom?: number;
}

export interface ReadFailure {
  ok: false;
  reason: ReadFailureReason;
  /** Every problem found (errors, and warnings found on the way), each with its path. */
  problems: Problem[];
}

export type ReadResult = ReadSuccess | ReadFailure;
