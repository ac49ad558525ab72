import path from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { migrations } from './migrations';
import { dataDir } from './paths';
import { cmsSettings } from '@shared/settings';

export type DatabaseKind = 'mongodb' | 'sqlite';

export const databaseKind = (): DatabaseKind => (cmsSettings().DATABASE_URI ? 'mongodb' : 'sqlite');

// MongoDB is the production database. mongo-java-server (the CI stand-in) builds
// `$lookup` results with a dotted `as` wrongly, so joins are resolved without
// aggregations there. Indexes are always built before the first query: a unique
// case number must never race a background index build. The driver's command
// monitoring is on so a test and the bench can count the commands one complaint
// sends (test/helpers/roundTrips.ts); with nobody listening it costs nothing
// measurable.
const mongodb = (url: string) =>
  mongooseAdapter({
    url,
    connectOptions: { monitorCommands: true },
    ensureIndexes: true,
    useJoinAggregations: cmsSettings().MONGODB_FLAVOR !== 'mongo-java-server',
  });

// The embedded default: a SQLite file, no server. The schema comes from the
// committed migrations (run in onInit), never from a dev-mode push that could
// stop at an interactive prompt.
//
// Tuned for a server: WAL lets the reports and lists read while a complaint is
// written; a writer that finds the file locked (the `reports:rebuild` script,
// a backup) waits up to 5 s instead of failing the reader's submission; and
// `synchronous = FULL` syncs the WAL to disk at every commit, so a complaint
// the reader was told is received survives a killed process and a power cut
// alike (NORMAL would survive only the former). test/load/crash.test.ts kills
// the CMS under load and finds every accepted complaint.
export const sqliteDurability = { journalMode: 'wal', synchronous: 'FULL', busyTimeoutMs: 5_000 } as const;

const sqlite = () =>
  sqliteAdapter({
    client: {
      url: `file:${path.join(/*turbopackIgnore: true*/ dataDir, cmsSettings().DATABASE_FILE)}`,
    },
    push: false,
    busyTimeout: sqliteDurability.busyTimeoutMs,
    wal: { synchronous: sqliteDurability.synchronous, journalSizeLimit: 64 * 1024 * 1024 },
    migrationDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'cms/migrations'),
    prodMigrations: migrations,
  });

export const databaseAdapter = (): DatabaseAdapterObj => {
  const uri = cmsSettings().DATABASE_URI;
  return uri && databaseKind() === 'mongodb' ? mongodb(uri) : sqlite();
};
