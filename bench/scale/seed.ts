import type { Payload } from 'payload';
import { registrarCalendar } from '../../cms/calendar';
import { combine, contributions, type RollupDelta } from '../../cms/reports/rollups/contributions';
import { addToRollups } from '../../cms/reports/rollups/store';
import { caseRowFactory } from './caseRows';
import { mongoCaseInserter } from './mongo';
import { seededRandom } from './random';

// 500 rows of ~40 columns stay under SQLite's limit of bound variables per statement.
const BATCH = 500;

// Creating 100 000 cases through the Local API (hooks, numbers, timeline, mail)
// would take hours; rows go straight into the database, in batches. The part of
// Payload's drizzle adapter the SQLite path uses (MongoDB's: ./mongo.ts).
type DrizzleAdapter = {
  drizzle: { insert: (table: unknown) => { values: (rows: object[]) => Promise<unknown> } };
  tables: Record<string, unknown>;
};

export type CaseRow = ReturnType<ReturnType<typeof caseRowFactory>>;

// The fast path for SQLite: the rows go into the table the adapter built.
const sqliteCaseInserter = (payload: Payload) => {
  const adapter = payload.db as unknown as DrizzleAdapter;
  return async (rows: CaseRow[]) => {
    await adapter.drizzle.insert(adapter.tables.cases).values(rows);
  };
};

// The record a row stands for, as the rollups count it.
const asRecord = (row: CaseRow) => ({
  receivedAt: row.receivedAt,
  status: row.status,
  channel: row.channel,
  language: row.language,
  complaint: { topic: row.complaint_topic },
  abuse: { category: row.abuse_category },
  deadlines: { acknowledgementDueAt: row.deadlines_acknowledgementDueAt, answerDueAt: row.deadlines_answerDueAt },
  extension: { expectedAnswerAt: row.extension_expectedAnswerAt },
  milestones: {
    acknowledgedAt: row.milestones_acknowledgedAt,
    answeredAt: row.milestones_answeredAt,
    closedAt: row.milestones_closedAt,
  },
});

// `already`: cases a kept database (BENCH_SCALE_DATA_DIR) holds, counted into its rollups before.
export const caseSeeder = async (payload: Payload, now: Date, already = 0) => {
  // One fast path per database; everything else (rows, rollups) is the same.
  const insert = payload.db.name === 'mongoose' ? mongoCaseInserter(payload) : sqliteCaseInserter(payload);
  const calendar = await registrarCalendar(payload);
  const row = caseRowFactory({ calendar, now, random: seededRandom(2026) });
  let seeded = already;
  // Adds cases until there are `total`, and counts them into the report's
  // rollups as the hooks of their saves would have; returns the milliseconds it took.
  return async (total: number): Promise<number> => {
    const started = performance.now();
    let pending: RollupDelta[] = [];
    while (seeded < total) {
      const rows = [];
      for (const end = Math.min(total, seeded + BATCH); seeded < end; seeded += 1) rows.push(row(seeded));
      await insert(rows);
      pending = combine([...pending, ...rows.flatMap((one) => contributions('cases', asRecord(one), () => calendar))]);
    }
    for (let start = 0; start < pending.length; start += 200) {
      await addToRollups(payload, pending.slice(start, start + 200));
    }
    return performance.now() - started;
  };
};
