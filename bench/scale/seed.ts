import type { Payload } from 'payload';
import { registrarCalendar } from '../../cms/calendar';
import { caseRowFactory } from './caseRows';
import { seededRandom } from './random';

// 500 rows of ~40 columns stay under SQLite's limit of bound variables per statement.
const BATCH = 500;

// The part of Payload's drizzle adapter the seed uses. Creating 100 000 cases
// through the Local API (hooks, numbers, timeline, mail) would take hours; rows
// go straight into the table the adapter built, in batches.
type DrizzleAdapter = {
  drizzle: { insert: (table: unknown) => { values: (rows: object[]) => Promise<unknown> } };
  tables: Record<string, unknown>;
};

export const caseSeeder = async (payload: Payload, now: Date) => {
  const adapter = payload.db as unknown as DrizzleAdapter;
  const row = caseRowFactory({ calendar: await registrarCalendar(payload), now, random: seededRandom(2026) });
  let seeded = 0;
  // Adds cases until there are `total`; returns the milliseconds it took.
  return async (total: number): Promise<number> => {
    const started = performance.now();
    while (seeded < total) {
      const rows = [];
      for (const end = Math.min(total, seeded + BATCH); seeded < end; seeded += 1) rows.push(row(seeded));
      await adapter.drizzle.insert(adapter.tables.cases).values(rows);
    }
    return performance.now() - started;
  };
};
