import type { Payload } from 'payload';
import { computeFigures } from '../../cms/reports/figures';

type Handler = Parameters<Payload['find']>[0]['user'];

export const listPageSize = (payload: Payload): number =>
  payload.collections.cases.config.admin.pagination?.defaultLimit ?? 10;

// The staff case list as the admin's list view asks for it
// (@payloadcms/next/dist/views/List): no sort of its own, so the collection's
// defaultSort applies; the default page size; depth 0; lock status; the
// handler's own access (complaints only).
export const caseListQuery = (payload: Payload, user: Handler) => () =>
  payload.find({
    collection: 'cases',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    includeLockStatus: true,
    limit: listPageSize(payload),
    locale: 'nl',
    overrideAccess: false,
    page: 1,
    user,
  });

// The function behind GET /api/reports/figures (cms/reports/endpoints.ts).
export const figuresQuery = (payload: Payload) => () => computeFigures(payload);

export const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

type Executor = { execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }> };

// SQLite's plan for the list's core query, to see whether the sort uses an index.
export const listQueryPlan = async (payload: Payload): Promise<string[]> => {
  const adapter = payload.db as unknown as Executor & { drizzle: unknown };
  const { rows } = await adapter.execute({
    drizzle: adapter.drizzle,
    raw: "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE channel IN ('complaint') ORDER BY deadlines_urgency_rank, deadlines_next_deadline_at LIMIT 10",
  });
  return rows.map((row) => String(row.detail));
};
