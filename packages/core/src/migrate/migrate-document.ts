import type { Problem } from '../read/problem.js';
import { error, hasErrors, warning } from '../read/problems.js';
import { CURRENT_VERSION } from '../model/types.js';
import type { Migration, RawDocument } from './migration.js';
import { MIGRATIONS } from './migrations.js';

/**
 * What {@link migrateToCurrent} gives: the migrated raw document with the steps applied and their notes as
 * warnings, or why it failed (`invalid`: the file's fault; `migrationFailed`: Kring's).
 */
export type MigrationResult =
  | { ok: true; value: RawDocument; applied: Migration[]; warnings: Problem[] }
  | { ok: false; reason: 'invalid' | 'migrationFailed'; problems: Problem[] };

/**
 * Brings a raw document of version `from` up to the current version, step by step. Before each step the input
 * is checked against that version's shape: before the first step a failure is the file's fault (`invalid`);
 * before a later step, and when a step throws, it is Kring's fault (`migrationFailed`). Each applied step
 * leaves a warning with its notes.
 */
export function migrateToCurrent(
  raw: RawDocument,
  from: number,
  steps: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  let value = raw;
  const applied: Migration[] = [];
  for (const step of steps) {
    if (step.from < from) continue;
    const problems = step.validateInput(value);
    if (hasErrors(problems)) {
      // The first step checks the user's file; a later step checks what an earlier step made: Kring's fault.
      if (applied.length === 0) return { ok: false, reason: 'invalid', problems };
      const failed = error([], 'read.migrationFailed', { from: applied[applied.length - 1]!.from });
      return { ok: false, reason: 'migrationFailed', problems: [failed, ...problems] };
    }
    try {
      value = step.migrate(value);
    } catch {
      return {
        ok: false,
        reason: 'migrationFailed',
        problems: [error([], 'read.migrationFailed', { from: step.from })],
      };
    }
    applied.push(step);
  }
  const warnings =
    applied.length === 0
      ? []
      : [
          warning([], 'read.warn.migrated', { from, to: CURRENT_VERSION }),
          ...applied.map((step) => warning([], step.noteKey)),
        ];
  return { ok: true, value, applied, warnings };
}
