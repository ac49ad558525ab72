import { sql } from '@payloadcms/db-sqlite';
import type { Payload, PayloadRequest } from 'payload';
import { transactionSession } from '../../utilities/transactionSession';
import type { Counts, RollupDelta, RollupDims } from './contributions';

export const ROLLUPS = 'report-rollups';

// Adds deltas to the rollups in ONE statement, atomically per row whatever
// else is saving at the same moment: Payload's update reads then writes, so
// two saves counting into one row at once would lose one of them. Both
// databases add in place: SQLite with an upsert that sums the JSON counters,
// MongoDB with $inc (in the save's transaction where there is one).
export const addToRollups = async (
  payload: Payload,
  deltas: readonly RollupDelta[],
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  if (!deltas.length) return;
  const now = new Date().toISOString();
  type Runner = { run: (query: unknown) => Promise<unknown> };
  const db = payload.db as unknown as {
    name: string;
    drizzle?: Runner;
    collections?: Record<string, { bulkWrite: (operations: unknown[], options?: unknown) => Promise<unknown> }>;
  };
  if (db.name === 'mongoose') {
    const session = await transactionSession<object>(payload, req);
    await db.collections?.[ROLLUPS]?.bulkWrite(
      deltas.map(({ key, dims, counts }) => ({
        updateOne: {
          filter: { key },
          update: {
            $inc: Object.fromEntries(Object.entries(counts).map(([name, value]) => [`counts.${name}`, value])),
            $setOnInsert: { key, ...dims, createdAt: new Date(now) },
            $set: { updatedAt: new Date(now) },
          },
          upsert: true,
        },
      })),
      { session, ordered: false },
    );
    return;
  }
  const run = (await transactionSession<{ db?: Runner }>(payload, req))?.db || db.drizzle;
  const rows = deltas.map(
    ({ key, dims, counts }) =>
      sql`(${key}, ${dims.kind}, ${dims.month ?? null}, ${dims.channel ?? null}, ${dims.segment ?? null}, ${
        dims.language ?? null
      }, ${dims.deadline ?? null}, ${dims.dueAt ?? null}, ${JSON.stringify(counts)}, ${now}, ${now})`,
  );
  await run?.run(sql`
    INSERT INTO report_rollups (key, kind, month, channel, segment, language, deadline, due_at, counts, updated_at, created_at)
    VALUES ${sql.join(rows, sql`, `)}
    ON CONFLICT (key) DO UPDATE SET
      counts = (
        SELECT json_group_object(name, total) FROM (
          SELECT name, sum(value) AS total FROM (
            SELECT key AS name, value FROM json_each(report_rollups.counts)
            UNION ALL
            SELECT key AS name, value FROM json_each(excluded.counts)
          ) GROUP BY name
        )
      ),
      updated_at = excluded.updated_at`);
};

// Empties the rollups (before a rebuild).
export const clearRollups = async (payload: Payload): Promise<void> => {
  await payload.db.deleteMany({ collection: ROLLUPS, where: { id: { exists: true } } });
};

type StoredRow = {
  kind: RollupDims['kind'];
  month?: string | null;
  channel?: string | null;
  segment?: string | null;
  language?: string | null;
  deadline?: RollupDims['deadline'] | null;
  dueAt?: string | Date | null;
  counts: Counts | string;
};

// Every rollup row, read straight from the table or collection: the report
// needs a few thousand small rows as fast as possible, without Payload's
// per-document field hooks (nobody but the reports reads them).
export const readRollupRows = async (payload: Payload): Promise<(RollupDims & { counts: Counts })[]> => {
  const db = payload.db as unknown as {
    name: string;
    drizzle: { all: (query: unknown) => Promise<StoredRow[]> };
    collections?: Record<
      string,
      { find: (filter: object, projection: object) => { lean: () => Promise<StoredRow[]> } }
    >;
  };
  const stored =
    db.name === 'mongoose'
      ? ((await db.collections?.[ROLLUPS]?.find(
          {},
          { kind: 1, month: 1, channel: 1, segment: 1, language: 1, deadline: 1, dueAt: 1, counts: 1 },
        ).lean()) ?? [])
      : await db.drizzle.all(
          sql`SELECT kind, month, channel, segment, language, deadline, due_at AS "dueAt", counts FROM report_rollups`,
        );
  return stored.map((row) => ({
    kind: row.kind,
    month: row.month ?? undefined,
    channel: row.channel ?? undefined,
    segment: row.segment ?? undefined,
    language: row.language ?? undefined,
    deadline: row.deadline ?? undefined,
    dueAt: row.dueAt ? new Date(row.dueAt).toISOString() : undefined,
    counts: typeof row.counts === 'string' ? (JSON.parse(row.counts) as Counts) : row.counts,
  }));
};

// How many cases there are per channel, summed from the tally rows' `received`
// counters (every case has a receivedAt and is counted once in the month it
// arrived; a deletion takes it out again). A few hundred small rows, found by
// the key's prefix on its unique index: the same few milliseconds at a
// thousand cases or a million. Read in the caller's transaction, if any, so a
// save and a list in one request agree. The staff list's total
// (collections/Cases/listTotal.ts) comes from here.
export const countCasesByChannel = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Map<string, number>> => {
  type Row = { channel: string | null; received: number | string | null };
  type Reader = { all: (query: unknown) => Promise<Row[]> };
  const db = payload.db as unknown as {
    name: string;
    drizzle?: Reader;
    collections?: Record<string, { aggregate: (stages: object[]) => { session: (s: unknown) => Promise<Row[]> } }>;
  };
  let rows: Row[];
  if (db.name === 'mongoose') {
    const session = (await transactionSession<object>(payload, req)) ?? null;
    rows =
      (await db.collections?.[ROLLUPS]?.aggregate([
        { $match: { kind: 'cases', month: { $type: 'string' } } },
        { $group: { _id: '$channel', received: { $sum: '$counts.received' } } },
        { $project: { _id: 0, channel: '$_id', received: 1 } },
      ]).session(session)) ?? [];
  } else {
    const run = (await transactionSession<{ db?: Reader }>(payload, req))?.db || db.drizzle;
    rows =
      (await run?.all(sql`
        SELECT channel, sum(json_extract(counts, '$.received')) AS received FROM report_rollups
        WHERE key >= 't|cases|' AND key < 't|cases}'
        GROUP BY channel`)) ?? [];
  }
  return new Map(rows.map((row) => [row.channel ?? '', Number(row.received ?? 0)]));
};
