import { createLocalReq, type Payload, type TaskConfig } from 'payload';
import { unsealToken } from '../mail/links';
import { MAIL_QUEUE } from '../mail/queue';
import { scheduled, staleBefore } from './orphans';

// Set while a record's create hooks run a second time (see recordTimeline).
export const REPAIRING_INTAKE = 'repairingIntake';

type IntakeCollection = 'cases' | 'escalations';

const acknowledgementKey = (collection: IntakeCollection, id: number | string) => `${collection}:${id}:acknowledgement`;

// What a record's create hooks found in the context the first time: a new case
// handed over its status link's token, which is stored sealed.
const createContext: Record<IntakeCollection, (payload: Payload, doc: Record<string, unknown>) => object> = {
  cases: (payload, doc) => ({ accessToken: unsealToken(payload, doc.accessTokenSealed) }),
  escalations: () => ({}),
};

// The embedded SQLite database runs without transactions (Payload's default
// there: libsql would wait for a second connection's lock while blocking the
// event loop that should release it). A server that dies between storing a new
// case or escalation and writing what follows it (timeline entry, evidence
// links, the acknowledgement and the team's notice in the outbox, the case
// moved to "escalated") leaves the record without them. Such a record is still
// "received" after JOBS_STALE_AFTER_SECONDS and has no acknowledgement in the
// outbox: its create hooks run again. Each is safe to repeat: mail is keyed by
// its event, the timeline's receipt entry is written once, evidence links are
// set rather than added, a case already escalated stays so.
const completeCollection = async (payload: Payload, collectionSlug: IntakeCollection, now: Date): Promise<number> => {
  const req = await createLocalReq({}, payload);
  const { docs } = await payload.find({
    collection: collectionSlug,
    where: {
      and: [{ status: { equals: 'received' } }, { createdAt: { less_than: staleBefore(now) } }],
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
    where: { eventKey: { in: docs.map((doc) => acknowledgementKey(collectionSlug, doc.id)) } },
    limit: docs.length,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const acknowledged = new Set(queued.docs.map((message) => message.eventKey));
  const collection = payload.collections[collectionSlug].config;
  let completed = 0;
  for (const found of docs as unknown as Record<string, unknown>[]) {
    if (acknowledged.has(acknowledgementKey(collectionSlug, found.id as number))) continue;
    const context = { [REPAIRING_INTAKE]: true, ...createContext[collectionSlug](payload, found) };
    let doc = found;
    for (const hook of collection.hooks.afterChange ?? []) {
      doc = (await hook({ collection, context, data: doc, doc, operation: 'create', previousDoc: doc, req })) ?? doc;
    }
    completed += 1;
  }
  if (completed) {
    payload.logger.warn(`Completed ${completed} ${collectionSlug} whose intake a stopped server left half done.`);
  }
  return completed;
};

export const completeInterruptedIntake = async (payload: Payload, now = new Date()): Promise<number> =>
  (await completeCollection(payload, 'cases', now)) + (await completeCollection(payload, 'escalations', now));

export const completeInterruptedIntakeTask: TaskConfig<'completeInterruptedIntake'> = {
  slug: 'completeInterruptedIntake',
  retries: 3,
  schedule: scheduled('* * * * *', MAIL_QUEUE),
  outputSchema: [{ name: 'completed', type: 'number' }],
  handler: async ({ req }) => ({ output: { completed: await completeInterruptedIntake(req.payload) } }),
};
