import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A throwaway database for one test run: a fresh SQLite file in a temporary
// folder, or, when DATABASE_URI points at MongoDB, a database of its own there.
export const throwawayDatabaseEnv = (label: string): Record<string, string> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), `complaints-${label}-`));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: randomBytes(16).toString('hex'),
    ADMIN_EMAIL: 'admin@example.test',
    ADMIN_PASSWORD: 'correct-horse-battery-staple',
    SITE_API_KEY: randomBytes(24).toString('hex'),
    // Tests run the jobs themselves, with a controlled clock.
    JOBS_AUTORUN: 'false',
  };
  const uri = process.env.DATABASE_URI;
  if (uri?.startsWith('mongodb')) {
    const url = new URL(uri);
    url.pathname = `/${label}_${randomBytes(4).toString('hex')}`;
    env.DATABASE_URI = url.toString();
  }
  return env;
};

export const describeDatabase = (): string =>
  process.env.DATABASE_URI?.startsWith('mongodb')
    ? `MongoDB (${process.env.MONGODB_FLAVOR ?? 'mongod'})`
    : 'embedded SQLite';
