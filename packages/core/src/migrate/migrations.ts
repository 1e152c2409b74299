import { CURRENT_VERSION } from '../model/types.js';
import { validateMigrationSequence, type Migration } from './migration.js';
import { migrateV0ToV1 } from './v0/migrate-v0-to-v1.js';
import { migrateV1ToV2 } from './v1/migrate-v1-to-v2.js';

/** Every migration, oldest first. Add a step here (and a test in migrations.test.ts) for each new version. */
export const MIGRATIONS: readonly Migration[] = [migrateV0ToV1, migrateV1ToV2];

validateMigrationSequence(MIGRATIONS, CURRENT_VERSION);

/**
 * The oldest format version this Kring reads: 0, the draft format of the 2025 pilot. {@link readDocument}
 * migrates older documents step by step to {@link CURRENT_VERSION} — 0 → 1 (`split-draft-relations`: `people`
 * and `services` become persons and organisations, the draft's one mixed `relations` list becomes
 * partnerships, parent links, emotional lines and ties) and 1 → 2 (`add-plan-invitees-and-snapshots`: only
 * additions with their defaults) — and refuses a lower version as `tooOld`.
 */
export const OLDEST_VERSION = MIGRATIONS[0]?.from ?? CURRENT_VERSION;
