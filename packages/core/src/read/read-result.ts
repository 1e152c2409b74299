import type { KringDocument } from '../model/types.js';
import type { Problem } from './problem.js';

/**
 * Why a document was refused, for callers that react differently (the editor offers "update Kring" for
 * `tooNew`, and reports `migrationFailed` as a bug in Kring rather than a fault in the user's file):
 *
 * - `tooLarge`: over 20 MiB of UTF-8, or more than 20,000 entries in the document or in one snapshot;
 * - `syntax`: not JSON (the problem gives line and column), or bytes that are not UTF-8 or UTF-16 with a
 *   byte-order mark;
 * - `notKring`: not a JSON object, `format` is not `"kring"`, `version` is not a whole number, or an SVG
 *   without an embedded document;
 * - `tooNew`: written by a newer Kring (a higher version than {@link CURRENT_VERSION});
 * - `tooOld`: a version older than {@link OLDEST_VERSION};
 * - `unsafe`: a forbidden key (`__proto__`, `constructor`, `prototype`) or id, nesting deeper than 64 levels,
 *   or a value JSON cannot hold;
 * - `invalid`: the document breaks the format (a missing key, a wrong type or value, a broken invariant);
 * - `migrationFailed`: migrating an older version produced an invalid document (a fault in Kring).
 */
export type ReadFailureReason =
  'tooLarge' | 'syntax' | 'notKring' | 'tooNew' | 'tooOld' | 'unsafe' | 'invalid' | 'migrationFailed';

/** A document the reader accepted (see {@link readDocument}). */
export interface ReadSuccess {
  /** Always `true`: the document was read. */
  ok: true;
  /**
   * The document, typed and complete: defaults filled in, unknown keys kept, older versions migrated to the
   * current one, layout positions repaired. A fresh object that shares nothing with the input.
   */
  document: KringDocument;
  /** Soft rules, repairs and migration notes: at most 200, then "… and N more" (`read.moreProblems`). */
  warnings: Problem[];
  /** The version the input was written in, when it was older than the current one. */
  migratedFrom?: number;
}

/** A document the reader refused (see {@link readDocument}): nothing of it is returned. */
export interface ReadFailure {
  /** Always `false`: the document was refused. */
  ok: false;
  /** Why, for callers that react differently to each reason (see {@link ReadFailureReason}). */
  reason: ReadFailureReason;
  /**
   * The problems found (errors first, then warnings found on the way), each with its path. Every broken
   * rule appears at least once; at most 200 are listed, then one last entry `read.moreProblems` with the
   * number left out (`isMoreProblems`).
   */
  problems: Problem[];
}

/** What {@link readDocument} gives: a document with warnings, or a refusal with its problems. Test `ok`. */
export type ReadResult = ReadSuccess | ReadFailure;
