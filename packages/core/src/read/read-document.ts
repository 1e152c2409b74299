import * as v from 'valibot';
import { migrateToCurrent } from '../migrate/migrate-document.js';
import { OLDEST_VERSION } from '../migrate/migrations.js';
import { CURRENT_VERSION, type KringDocument } from '../model/types.js';
import { checkInvariants } from './invariants/check-invariants.js';
import { issuesToProblems } from './issues-to-problems.js';
import { MAX_ENTITIES } from './limits.js';
import { parseJsonText } from './parse-json-text.js';
import type { Problem } from './problem.js';
import { error } from './problems.js';
import type { ReadFailure, ReadFailureReason, ReadResult } from './read-result.js';
import { dropDanglingPositions, idsOf } from './repair-layouts.js';
import { countEntities, scanRaw } from './scan-raw.js';
import { documentSchemaV1 } from './schema-v1.js';

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
 * Reads a `.kring.json` document from JSON text or an already parsed value, safely and completely:
 * limits first (size before parsing, entity count before validation), then format and version (a newer
 * version is refused, older ones are migrated), then structure, then every invariant. It never throws for
 * bad input and never returns half a document: either a typed document with warnings, or every problem
 * found, each with its JSON path and a catalogue message. The input is never modified.
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

  if (raw['format'] !== 'kring') return fail('notKring', [error(['format'], 'read.notKring')]);
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail('notKring', [error(['version'], 'read.versionNotInteger')]);
  if (version > CURRENT_VERSION)
    return fail('tooNew', [error(['version'], 'read.tooNew', { version, current: CURRENT_VERSION })]);
  if (version < OLDEST_VERSION)
    return fail('tooOld', [error(['version'], 'read.tooOld', { version, oldest: OLDEST_VERSION })]);

  const unsafe = scanRaw(raw);
  if (unsafe.length > 0) return fail('unsafe', unsafe);

  const warnings: Problem[] = [];
  let migratedFrom: number | undefined;
  if (version < CURRENT_VERSION) {
    const migrated = migrateToCurrent(raw, version);
    if (!migrated.ok) return fail(migrated.reason, migrated.problems);
    raw = migrated.value;
    migratedFrom = version;
    warnings.push(...migrated.warnings);
  }

  const parsed = v.safeParse(documentSchemaV1, raw);
  if (!parsed.success) {
    const problems = issuesToProblems(parsed.issues);
    // The input of a migration was valid for its version, so an invalid result is Kring's fault.
    return migratedFrom === undefined
      ? fail('invalid', problems)
      : fail('migrationFailed', [error([], 'read.migrationFailed', { from: migratedFrom }), ...problems]);
  }
  const document = parsed.output as unknown as KringDocument;
  const checked = checkInvariants(document);
  const errors = checked.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    return fail('invalid', [...errors, ...checked.filter((p) => p.severity === 'warning')]);

  const layouts = document.layouts;
  if (layouts.genogram?.positions || layouts.ecogram?.positions || layouts.sociogram?.positions)
    warnings.push(...dropDanglingPositions(document, idsOf(document)));
  if (!options.skipSoftRules) warnings.push(...checked);
  const result: ReadResult = { ok: true, document, warnings };
  if (migratedFrom !== undefined) result.migratedFrom = migratedFrom;
  return result;
}
