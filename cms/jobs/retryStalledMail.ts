import type { Payload, TaskConfig } from 'payload';
import { createLocalReq } from 'payload';
import { MAIL_QUEUE, scheduleSend } from '../mail/queue';
import { scheduled } from './orphans';

// Messages still unsent whose job is gone or gave up (a long provider outage, a
// crash between storing a message and queueing it) get a new job. The send task
// checks the outbox first and the provider dedupes by key, so a message that did
// go out is never sent again.
export const requeueStalledMail = async (payload: Payload): Promise<number> => {
  const req = await createLocalReq({}, payload);
  const { docs } = await payload.find({
    collection: 'outbox',
    where: { status: { in: ['queued', 'retrying'] } },
    sort: 'createdAt',
    limit: 500,
    depth: 0,
    overrideAccess: true,
    req,
  });
  let requeued = 0;
  for (const message of docs) {
    const job = message.job
      ? await payload.findByID({
          collection: 'payload-jobs',
          id: message.job,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null;
    if (job && !job.completedAt && !job.hasError) continue;
    await scheduleSend(req, message.id);
    requeued += 1;
  }
  return requeued;
};

export const retryStalledMailTask: TaskConfig<'retryStalledMail'> = {
  slug: 'retryStalledMail',
  retries: 3,
  schedule: scheduled('*/10 * * * *', MAIL_QUEUE),
  outputSchema: [{ name: 'requeued', type: 'number' }],
  handler: async ({ req }) => ({ output: { requeued: await requeueStalledMail(req.payload) } }),
};
