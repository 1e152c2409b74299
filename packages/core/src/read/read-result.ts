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
  /** Soft rules, repairs and migration notes: at most 200, then "… and N more" (`read.moreProblems`). */
  warnings: Problem[];
  /** The version the input was written in, when it was older than the current one. */
  migratedFrom?: number;
}

export interface ReadFailure {
  ok: false;
  reason: ReadFailureReason;
  /**
   * The problems found (errors first, then warnings found on the way), each with its path. Every broken
   * rule appears at least once; at most 200 are listed, then one last entry `read.moreProblems` with the
   * number left out (`isMoreProblems`).
   */
  problems: Problem[];
}

export type ReadResult = ReadSuccess | ReadFailure;
