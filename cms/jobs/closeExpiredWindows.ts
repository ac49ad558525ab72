import type { Payload, TaskConfig } from 'payload';
import { systemChange } from '../hooks/context';
import { scheduled } from './orphans';

// "If no escalation arrives within 20 business days, the case is considered
// closed": answered cases whose window has ended are closed, with the reason.
export const closeExpiredWindowRecords = async (payload: Payload, now = new Date()): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'cases',
    where: {
      and: [{ status: { equals: 'answered' } }, { escalationWindowEndsAt: { less_than: now.toISOString() } }],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
  });
  for (const doc of docs) {
    await payload.update({
      collection: 'cases',
      id: doc.id,
      data: { status: 'closed', closeReason: 'noEscalation' },
      overrideAccess: true,
      context: systemChange.with({}),
    });
  }
  return docs.length;
};

export const closeExpiredWindowsTask: TaskConfig<'closeExpiredWindows'> = {
  slug: 'closeExpiredWindows',
  retries: 3,
  schedule: scheduled('5 * * * *', 'deadlines'),
  outputSchema: [{ name: 'closed', type: 'number' }],
  handler: async ({ req }) => ({ output: { closed: await closeExpiredWindowRecords(req.payload) } }),
};
