import type { MessageKey } from '../i18n/en.js';
import type { Problem } from '../read/problem.js';

/** A document as read from JSON, before it is typed: plain objects, arrays and primitives. */
export type RawDocument = Record<string, unknown>;

/**
 * One step from format version `from` to `to` (= from + 1). `validateInput` checks the shape of version
 * `from` ("your file is invalid"); `migrate` must then succeed and produce a valid next version: if its
 * result does not validate, that is a fault in Kring (reported as `migrationFailed`), never the user's.
 * `migrate` must not mutate its input and must keep unknown keys.
 */
export interface Migration {
  /** The format version this step reads. */
  from: number;
  /** The format version it produces: `from + 1`. */
  to: number;
  /** A short, stable, developer-facing name, e.g. `split-draft-relations`. */
  name: string;
  /** What the step changes, for the user (shown after loading an old file). */
  notes: { nl: string; en: string };
  /** The catalogue key of `notes`, for callers that translate through the catalogue. */
  noteKey: MessageKey;
  /**
   * The problems of `raw` against version `from`'s shape, with paths into the old file (errors refuse it).
   */
  validateInput(raw: RawDocument): Problem[];
  /** The document in version `to`: a new object (the input is not changed), unknown keys kept. */
  migrate(raw: RawDocument): RawDocument;
}

/**
 * Throws when the steps do not go up by exactly one from the first step's `from` to `current` (as tldraw's
 * `validateMigrations` does): a gap or a duplicate is a programming error, caught as soon as the module
 * loads.
 */
export function validateMigrationSequence(steps: readonly Migration[], current: number): void {
  if (steps.length === 0) return;
  const first = steps[0]!.from;
  steps.forEach((step, i) => {
    if (step.from !== first + i || step.to !== step.from + 1)
      throw new Error(
        `Migration "${step.name}" goes from ${step.from} to ${step.to}; expected ${first + i} to ${first + i + 1}.`,
      );
  });
  const last = steps[steps.length - 1]!;
  if (last.to !== current)
    throw new Error(`Migrations end at version ${last.to}, but the current version is ${current}.`);
}
