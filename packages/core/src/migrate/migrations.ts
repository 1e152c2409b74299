import { CURRENT_VERSION } from '../model/types.js';
import { validateMigrationSequence, type Migration } from './migration.js';
import { OLDEST_VERSION } from './oldest-version.js';
import { migrateV0ToV1 } from './v0/migrate-v0-to-v1.js';
import { migrateV1ToV2 } from './v1/migrate-v1-to-v2.js';

/** Every migration, oldest first. Add a step here (and a test in migrations.test.ts) for each new version. */
export const MIGRATIONS: readonly Migration[] = [migrateV0ToV1, migrateV1ToV2];

validateMigrationSequence(MIGRATIONS, CURRENT_VERSION);

export { OLDEST_VERSION } from './oldest-version.js';
if ((MIGRATIONS[0]?.from ?? CURRENT_VERSION) !== OLDEST_VERSION)
  throw new Error(`OLDEST_VERSION (${OLDEST_VERSION}) is not the first migration's version.`);
