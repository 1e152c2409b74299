import * as v from 'valibot';
import { migrateToCurrent } from '../migrate/migrate-document.js';
import { OLDEST_VERSION } from '../migrate/oldest-version.js';
import { CURRENT_VERSION, type KringDocument } from '../model/types.js';
import { withIssueGate } from './bounded-issues.js';
import { collectInvariants } from './invariants/check-invariants.js';
import { issueToProblem } from './issues-to-problems.js';
import { MAX_ENTITIES } from './limits.js';
import { parseJsonText } from './parse-json-text.js';
import type { Problem } from './problem.js';
import { ProblemCollector } from './problem-collector.js';
import { error } from './problems.js';
import type { ReadFailure, ReadFailureReason, ReadResult } from './read-result.js';
import { idsOf, repairLayouts } from './repair-layouts.js';
import { countEntities, scanRaw } from './scan-raw.js';
import { documentSchema } from './schema-v1.js';

/** Options of {@link readDocument}, {@link readDocumentBytes} and {@link readDocumentText}. */
export interface ReadOptions {
  /** Leave out the soft-rule warnings (the hard rules are always checked). Default false. */
  skipSoftRules?: boolean;
}

const fail = (reason: ReadFailureReason, problems: Problem[]): ReadFailure => ({
  ok: false,
  reason,
  problems,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a `.kring.json` document from JSON text or an already parsed value, safely and completely: limits
 * first (size before parsing, entity count before validation), then format and version (a newer version is
 * refused, older ones are migrated), then structure, then every invariant. It never throws for bad input and
 * never returns half a document: either a typed document with warnings, or the problems found, each with its
 * JSON path and a catalogue message. Problem lists are bounded: every broken rule appears at least once, at
 * most 200 problems are listed, then one entry "… and N more" (see {@link isMoreProblems}). Nothing recurses
 * or spreads per entry, so any input within the limits is read in time and memory proportional to its size.
 * The input is never modified.
 *
 * @remarks
 * Limits: text over 20 MiB (20,971,520 bytes of UTF-8, {@link MAX_DOCUMENT_BYTES}) is refused before it is
 * parsed; more than 20,000 entries ({@link MAX_ENTITIES}: all collections plus plan actions, in the live
 * document and in each snapshot separately) before it is validated; nesting deeper than 64 levels, the keys
 * `__proto__`, `constructor` and `prototype`, and values JSON cannot hold (functions, dates, NaN, class
 * instances, cycles, getters that throw) are refused as `unsafe`.
 *
 * Failure reasons ({@link ReadFailureReason}): `tooLarge`, `syntax` (with line and column), `notKring` (not
 * an object, `format` is not `"kring"`, `version` not a whole number), `tooNew` (written by a newer Kring),
 * `tooOld`, `unsafe`, `invalid` (the file breaks the format: structure or an invariant) and `migrationFailed`
 * (a migration produced an invalid document: a fault in Kring, not in the file).
 *
 * Migrations: a document of an older version (from {@link OLDEST_VERSION}: 0, the 2025 pilot's draft, and 1)
 * is first checked against its own version's shape (problems then carry the old file's paths), migrated step
 * by step to {@link CURRENT_VERSION}, then checked as a current document. The result says `migratedFrom`, and
 * its warnings hold a note per step (e.g. "Bijgewerkt naar formaatversie 2 …" / "Updated to format version 2
 * …").
 *
 * On success the document has every default filled in (empty collections, default options, `plan: null`…),
 * unknown keys kept, and layout positions repaired (positions of ids that name nothing dropped, coordinates
 * beyond ±1,000,000 moved onto the bound), each repair a warning. Warnings also carry the soft rules unless
 * `options.skipSoftRules` is set.
 *
 * @param input - JSON text (a string) or an already parsed JSON value.
 * @param options - Whether to leave out the soft-rule warnings.
 * @returns The document with its warnings, or the reason and problems of the refusal.
 *
 * @example
 * ```ts
 * import { formatPath, readDocument, t } from '@kring/core';
 *
 * const read = readDocument(text);
 * if (read.ok) {
 *   if (read.migratedFrom !== undefined) console.log(`read a version-${read.migratedFrom} file`);
 *   for (const w of read.warnings) console.warn(formatPath(w.path), t('nl', w.message.key, w.message.params));
 *   draw(read.document);
 * } else {
 *   // read.reason is e.g. 'syntax', 'tooNew' or 'invalid'
 *   for (const p of read.problems) console.error(formatPath(p.path), t('nl', p.message.key, p.message.params));
 * }
 * ```
 */
export function readDocument(input: unknown, options: ReadOptions = {}): ReadResult {
  try {
    return readValue(input, options);
  } catch {
    // A value handed over by JavaScript can throw while it is looked at: a getter or a Proxy trap that
    // throws, a revoked Proxy. Such a value is not JSON data.
    return fail('unsafe', [error([], 'read.unreadable')]);
  }
}

function readValue(input: unknown, options: ReadOptions): ReadResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return fail(parsed.reason, [parsed.problem]);
    raw = parsed.value;
  }
  if (!isRecord(raw)) return fail('notKring', [error([], 'read.notAnObject')]);

  const count = countEntities(raw);
  if (count > MAX_ENTITIES)
    return fail('tooLarge', [error([], 'read.tooManyEntities', { count, limit: MAX_ENTITIES })]);
  // The limit holds for the live document and for each snapshot separately (format.md, Limits).
  const snapshots = raw['snapshots'];
  if (Array.isArray(snapshots))
    for (let i = 0; i < snapshots.length; i++) {
      const state: unknown = isRecord(snapshots[i])
        ? (snapshots[i] as Record<string, unknown>)['state']
        : null;
      const inSnapshot = isRecord(state) ? countEntities(state) : 0;
      if (inSnapshot > MAX_ENTITIES)
        return fail('tooLarge', [
          error(['snapshots', i, 'state'], 'read.tooManyEntities', {
            count: inSnapshot,
            limit: MAX_ENTITIES,
          }),
        ]);
    }

  if (raw['format'] !== 'kring') return fail('notKring', [error(['format'], 'read.notKring')]);
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail('notKring', [error(['version'], 'read.versionNotInteger')]);
  if (version > CURRENT_VERSION)
    return fail('tooNew', [error(['version'], 'read.tooNew', { version, current: CURRENT_VERSION })]);
  if (version < OLDEST_VERSION)
    return fail('tooOld', [error(['version'], 'read.tooOld', { version, oldest: OLDEST_VERSION })]);

  // Every problem list below is bounded (problem-collector.ts): at most 200 listed, every rule once.
  const unsafe = new ProblemCollector();
  scanRaw(raw, unsafe);
  if (unsafe.total > 0) return fail('unsafe', unsafe.list());

  const notes = new ProblemCollector();
  let migratedFrom: number | undefined;
  if (version < CURRENT_VERSION) {
    const from = raw;
    const { result: migrated, omitted } = withIssueGate(() => migrateToCurrent(from, version));
    if (!migrated.ok) {
      const problems = new ProblemCollector();
      for (const problem of migrated.problems) problems.push(problem);
      problems.countOmitted('error', omitted);
      return fail(migrated.reason, problems.list());
    }
    raw = migrated.value;
    migratedFrom = version;
    for (const note of migrated.warnings) notes.push(note);
  }

  const validated = raw;
  const { result: parsed, omitted } = withIssueGate(() => v.safeParse(documentSchema, validated));
  if (!parsed.success || omitted > 0) {
    const problems = new ProblemCollector();
    // The input of a migration was valid for its version, so an invalid result is Kring's fault.
    if (migratedFrom !== undefined) problems.push(error([], 'read.migrationFailed', { from: migratedFrom }));
    for (const issue of parsed.issues ?? []) problems.push(issueToProblem(issue));
    problems.countOmitted('error', omitted);
    return fail(migratedFrom === undefined ? 'invalid' : 'migrationFailed', problems.list());
  }
  const document: KringDocument = parsed.output;
  const checked = new ProblemCollector();
  collectInvariants(document, checked);
  if (checked.errorCount > 0) return fail('invalid', checked.list());

  const layouts = document.layouts;
  if (layouts.genogram?.positions || layouts.ecogram?.positions || layouts.sociogram?.positions)
    repairLayouts(document, idsOf(document), notes);
  if (!options.skipSoftRules) notes.pushAll(checked);
  const result: ReadResult = { ok: true, document, warnings: notes.list('warning') };
  if (migratedFrom !== undefined) result.migratedFrom = migratedFrom;
  return result;
}
