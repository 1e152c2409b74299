/**
 * What a host hands the editor as its document (`document` / `initialDocument` of `<KringEditor>`, the
 * `document` property or attribute of `<kring-editor>`, `mount()`'s options) is never trusted: it goes
 * through core's reader like any file. JSON text and values go the same way; a document with missing
 * optional parts gets the reader's defaults; anything the reader refuses is reported, never drawn.
 */
import {
  formatPath,
  readDocument,
  type KringDocument,
  type Problem,
  type ReadFailureReason,
} from '@kring/core';

/** The detail of `kringerror` (and the argument of `onerror`): why the document was refused. */
export interface KringErrorDetail {
  /** The reader's reason: `syntax`, `notKring`, `tooNew`, `tooLarge`, `unsafe`, `invalid`, … */
  reason: ReadFailureReason;
  /** The reader's problems, each with its JSON path and a catalogue message (`{ key, params }`). */
  problems: Problem[];
  /**
   * The document the editor showed before, with the edits made since (what `getDocument()` returns), or
   * `null` when the editor has not yet been given a valid one. Assign it back to recover.
   */
  previous: KringDocument | null;
}

export type DocumentInput =
  { ok: true; document: KringDocument } | { ok: false; reason: ReadFailureReason; problems: Problem[] };

/**
 * Reads kept for an editor, by the value the host gave (readForEditor()): objects weakly, JSON text until
 * it is taken. Each is taken once.
 */
const keptObjects = new WeakMap<object, DocumentInput>();
const keptTexts = new Map<string, DocumentInput>();

function takeKept(value: unknown): DocumentInput | undefined {
  let read: DocumentInput | undefined;
  if (typeof value === 'string') {
    read = keptTexts.get(value);
    keptTexts.delete(value);
  } else if (typeof value === 'object' && value !== null) {
    read = keptObjects.get(value);
    keptObjects.delete(value);
  }
  return read;
}

/**
 * Reads what a host gave as the document (the soft rules are left out: the editor does not show them). A
 * value readForEditor() has read is not read again: its result is taken (once), the very document object,
 * so that a drawing already made of it is found (state/drawn-scenes.ts).
 */
export function readDocumentInput(value: unknown): DocumentInput {
  const kept = takeKept(value);
  if (kept) return kept;
  const read = readDocument(value, { skipSoftRules: true });
  return read.ok
    ? { ok: true, document: read.document }
    : { ok: false, reason: read.reason, problems: read.problems };
}

/**
 * Reads `value` as readDocumentInput() does and keeps the result for the editor that starts with it (the
 * element's first picture: the editor starts a moment later with the same value, and is spared reading it
 * again). The host's document is its value as it was given: read anew when it is given again.
 */
export function readForEditor(value: unknown): DocumentInput {
  takeKept(value);
  const read = readDocumentInput(value);
  if (typeof value === 'string') keptTexts.set(value, read);
  else if (typeof value === 'object' && value !== null) keptObjects.set(value, read);
  return read;
}

/** How many problems the error panel lists; the rest is counted. */
export const SHOWN_PROBLEMS = 10;

/** A path as the error panel shows it: formatted, and cut when a hostile key makes it very long. */
export function shownPath(problem: Problem, max = 80): string {
  const path = formatPath(problem.path);
  return path.length > max ? `${path.slice(0, max - 1)}…` : path;
}
