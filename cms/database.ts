import path from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { migrations } from './migrations';
import { dataDir } from './paths';

export type DatabaseKind = 'mongodb' | 'sqlite';

export const databaseKind = (): DatabaseKind =>
  process.env.DATABASE_URI?.startsWith('mongodb') ? 'mongodb' : 'sqlite';

// MongoDB is the production database. mongo-java-server (the CI stand-in) builds
// `$lookup` results with a dotted `as` wrongly, so joins are resolved without
// aggregations there. Indexes are always built before the first query: a unique
// case number must never race a background index build.
const mongodb = (url: string) =>
  mongooseAdapter({
    url,
    ensureIndexes: true,
    useJoinAggregations: process.env.MONGODB_FLAVOR !== 'mongo-java-server',
  });

// The embedded default: a SQLite file, no server. The schema comes from the
// committed migrations (run in onInit), never from a dev-mode push that could
// stop at an interactive prompt.
const sqlite = () =>
  sqliteAdapter({
    client: {
      url: `file:${path.join(/*turbopackIgnore: true*/ dataDir, process.env.DATABASE_FILE ?? 'complaints.db')}`,
    },
    push: false,
    migrationDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'cms/migrations'),
    prodMigrations: migrations,
  });

export const databaseAdapter = (): DatabaseAdapterObj => {
  const uri = process.env.DATABASE_URI;
  return uri && databaseKind() === 'mongodb' ? mongodb(uri) : sqlite();
};
