import { createLocalReq, type Payload, type TaskConfig } from 'payload';
import { unsealToken } from '../mail/links';
import { MAIL_QUEUE } from '../mail/queue';
import { scheduled, staleAfterMs } from './orphans';

// Set while a case's create hooks run a second time (see recordTimeline).
export const REPAIRING_INTAKE = 'repairingIntake';

const acknowledgementKey = (id: number | string) => `cases:${id}:acknowledgement`;

// The embedded SQLite database runs without transactions (Payload's default
// there: libsql would wait for a second connection's lock while blocking the
// event loop that should release it). A server that dies between storing a new
// case and writing what follows it (timeline entry, evidence links, the
// acknowledgement and the team's notice in the outbox) leaves the case without
// them. Such a case is still "received" after JOBS_STALE_AFTER_SECONDS and has
// no acknowledgement in the outbox: its create hooks run again. Each is safe to
// repeat: mail is keyed by its event, the timeline's receipt entry is written
// once, evidence links are set rather than added.
export const completeInterruptedIntake = async (payload: Payload, now = new Date()): Promise<number> => {
  const req = await createLocalReq({}, payload);
  const { docs } = await payload.find({
    collection: 'cases',
    where: {
      and: [
        { status: { equals: 'received' } },
        { createdAt: { less_than: new Date(now.getTime() - staleAfterMs()).toISOString() } },
      ],
    },
    sort: 'createdAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  });
  if (!docs.length) return 0;
  const queued = await payload.find({
    collection: 'outbox',
    where: { eventKey: { in: docs.map((doc) => acknowledgementKey(doc.id)) } },
    limit: docs.length,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const acknowledged = new Set(queued.docs.map((message) => message.eventKey));
  const collection = payload.collections.cases.config;
  let completed = 0;
  for (const doc of docs) {
    if (acknowledged.has(acknowledgementKey(doc.id))) continue;
    const context = { [REPAIRING_INTAKE]: true, accessToken: unsealToken(payload, doc.accessTokenSealed) };
    let current = doc;
    for (const hook of collection.hooks.afterChange ?? []) {
      current =
        (await hook({
          collection,
          context,
          data: current,
          doc: current,
          operation: 'create',
          previousDoc: current,
          req,
        })) ?? current;
    }
    completed += 1;
  }
  if (completed) payload.logger.warn(`Completed ${completed} case(s) whose intake a stopped server left half done.`);
  return completed;
};

export const completeInterruptedIntakeTask: TaskConfig<'completeInterruptedIntake'> = {
  slug: 'completeInterruptedIntake',
  retries: 3,
  schedule: scheduled('* * * * *', MAIL_QUEUE),
  outputSchema: [{ name: 'completed', type: 'number' }],
  handler: async ({ req }) => ({ output: { completed: await completeInterruptedIntake(req.payload) } }),
};
