import type { Payload } from 'payload';
import { registrarCalendar } from '../../calendar';
import { combine, contributions, type RollupDelta, type RollupKind } from './contributions';
import { addToRollups, clearRollups } from './store';

const PAGE_SIZE = 1000;

// Recomputes the rollups from the records: after a restore, a change of the
// business-day calendar, or to check them (`npm run reports:rebuild`). Run it
// while no one files or edits: changes made during the rebuild may be missed.
export const rebuildRollups = async (payload: Payload): Promise<{ records: number; rows: number }> => {
  const calendar = await registrarCalendar(payload);
  const deltas: RollupDelta[] = [];
  let records = 0;
  for (const kind of ['cases', 'escalations', 'feedback'] as const satisfies RollupKind[]) {
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await payload.find({
        collection: kind,
        page,
        limit: PAGE_SIZE,
        sort: 'id',
        depth: 0,
        overrideAccess: true,
        select: {
          receivedAt: true,
          status: true,
          ...(kind === 'cases'
            ? { channel: true, language: true, complaint: { topic: true }, abuse: { category: true } }
            : {}),
          ...(kind === 'feedback'
            ? {}
            : {
                deadlines: { acknowledgementDueAt: true, answerDueAt: true },
                extension: { expectedAnswerAt: true },
                milestones: { acknowledgedAt: true, answeredAt: true, closedAt: true },
              }),
        },
      });
      for (const doc of docs) deltas.push(...contributions(kind, doc as never, () => calendar));
      records += docs.length;
      if (!hasNextPage) break;
    }
  }
  const rows = combine(deltas);
  await clearRollups(payload);
  for (let start = 0; start < rows.length; start += 200) await addToRollups(payload, rows.slice(start, start + 200));
  return { records, rows: rows.length };
};

// A database from before the rollups (or restored without them) gets them on
// start-up, so the reports never show zeros for records that exist.
export const ensureRollups = async (payload: Payload): Promise<void> => {
  const [{ totalDocs: rows }, ...records] = await Promise.all([
    payload.count({ collection: 'report-rollups', overrideAccess: true }),
    ...(['cases', 'escalations', 'feedback'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }),
    ),
  ]);
  if (rows > 0 || records.every(({ totalDocs }) => totalDocs === 0)) return;
  const { records: counted, rows: written } = await rebuildRollups(payload);
  payload.logger.info(`Built the report's rollups from ${counted} records (${written} rows).`);
};
