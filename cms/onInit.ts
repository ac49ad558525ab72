import type { Migration, Payload } from 'payload';
import { databaseKind } from './database';
import { migrations } from './migrations';
import { ensureSavedViews } from './queryPresets';
import { ensureRollups } from './reports/rollups/rebuild';
import { seed } from './seed';
import { recordFirstVersions } from './content/firstVersions';
import { seedSiteClient } from './seed/siteClient';
import { cmsSettings } from '@shared/settings';
import { installSqliteTransactions } from './utilities/sqliteTransaction';

// Runs once per process after the database connects: the embedded database gets
// its schema from the committed migrations, then an empty database its starting
// content. SEED=false starts with an empty database (used by some tests).
export const onInit = async (payload: Payload): Promise<void> => {
  if (databaseKind() === 'sqlite' && cmsSettings().NODE_ENV !== 'production') {
    // In production the adapter runs the same migrations itself (prodMigrations).
    // The generated list is typed for the SQLite adapter; Payload's generic
    // signature takes the same objects.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] });
  }
  // An intake is one transaction, one commit, on the embedded database.
  installSqliteTransactions(payload);
  await seedSiteClient(payload);
  if (cmsSettings().SEED) await seed(payload);
  await recordFirstVersions(payload);
  await ensureSavedViews(payload);
  await ensureRollups(payload);
};
