import type { Payload } from 'payload';
import { computeFigures, recountFigures } from '../../cms/reports/figures';
import { listPageSize, staffCaseList } from '../../test/helpers/caseList';

type Actor = Parameters<Payload['find']>[0]['user'];

export { listPageSize };

// The staff case list's first page (test/helpers/caseList.ts).
export const caseListQuery = (payload: Payload, user: Actor) => () => staffCaseList(payload, user);

// The function behind GET /api/reports/figures (cms/reports/endpoints.ts): the rollups.
export const figuresQuery = (payload: Payload) => () => computeFigures(payload);
// The same figures counted from every case: what the reports did before the rollups.
export const recountQuery = (payload: Payload) => () => recountFigures(payload);

export const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

type Executor = { execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }> };

// The list's order: the collection's defaultSort (cms/collections/Cases/index.ts).
const order = 'ORDER BY deadlines_urgency_rank, deadlines_next_deadline_at, created_at LIMIT 10';

// SQLite's plans for the list's core queries, to show that an index serves the
// sort, and for its total (cms/collections/Cases/listTotal.ts: summed from the
// report's rollups, found by their key's index, not counted from the cases).
export const listQueryPlans = async (payload: Payload): Promise<Record<'handler' | 'admin' | 'total', string[]>> => {
  const adapter = payload.db as unknown as Executor & { drizzle: unknown };
  const plan = async (raw: string) =>
    (await adapter.execute({ drizzle: adapter.drizzle, raw: `EXPLAIN QUERY PLAN ${raw}` })).rows.map((row) =>
      String(row.detail),
    );
  return {
    handler: await plan(`SELECT id FROM cases WHERE channel IN ('complaint') ${order}`),
    admin: await plan(`SELECT id FROM cases ${order}`),
    total: await plan(
      `SELECT channel, sum(json_extract(counts, '$.received')) FROM report_rollups WHERE key >= 't|cases|' AND key < 't|cases}' GROUP BY channel`,
    ),
  };
};
