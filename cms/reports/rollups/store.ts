import { sql } from '@payloadcms/db-sqlite';
import type { Payload, PayloadRequest } from 'payload';
import type { RollupDelta } from './contributions';

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
  const transactionID = req?.transactionID ? await req.transactionID : undefined;
  const db = payload.db as unknown as {
    name: string;
    drizzle?: { run: (query: unknown) => Promise<unknown> };
    sessions?: Record<string, { db?: { run: (query: unknown) => Promise<unknown> } } | undefined>;
    collections?: Record<string, { bulkWrite: (operations: unknown[], options?: unknown) => Promise<unknown> }>;
  };
  if (db.name === 'mongoose') {
    const session = transactionID ? db.sessions?.[String(transactionID)] : undefined;
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
  const run = (transactionID && db.sessions?.[String(transactionID)]?.db) || db.drizzle;
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
