import * as v from 'valibot';
import { readEn } from '../../i18n/parts/read.en.js';
import { readNl } from '../../i18n/parts/read.nl.js';
import { issuesToProblems } from '../../read/issues-to-problems.js';
import { documentSchemaV1 } from '../../read/schema-v1.js';
import type { Migration, RawDocument } from '../migration.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 1 → version 2 (docs/format.md, "Version 2"): only additions with their defaults. The document gets
 * an empty list of snapshots, a plan an empty list of invitees; everything else (plan question, evaluation
 * date, agreements, contacts, lessons, organisations as action owners) is optional and simply absent.
 * Unknown keys are kept; the input is not modified.
 */
function addVersion2Defaults(raw: RawDocument): RawDocument {
  const out: RawDocument = { ...raw, version: 2 };
  if (!Array.isArray(out['snapshots'])) out['snapshots'] = [];
  const plan = out['plan'];
  if (isRecord(plan) && !Array.isArray(plan['invitees'])) out['plan'] = { ...plan, invitees: [] };
  return out;
}

/** Version 1 → version 2 (`add-plan-invitees-and-snapshots`): only additions with their defaults. */
export const migrateV1ToV2: Migration = {
  from: 1,
  to: 2,
  name: 'add-plan-invitees-and-snapshots',
  // Read when asked: the element's code-split build fills the tables after this module has loaded.
  get notes() {
    return { nl: readNl['read.migration.v1_to_v2'], en: readEn['read.migration.v1_to_v2'] };
  },
  noteKey: 'read.migration.v1_to_v2',
  validateInput(raw) {
    const result = v.safeParse(documentSchemaV1, raw);
    return result.success ? [] : issuesToProblems(result.issues);
  },
  migrate: addVersion2Defaults,
};
