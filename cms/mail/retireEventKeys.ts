import type { CollectionBeforeDeleteHook } from 'payload';
import type { Outbox } from '../payload-types';

type Related = 'cases' | 'escalations' | 'feedback';

const relationField: Record<Related, 'case' | 'escalation' | 'feedback'> = {
  cases: 'case',
  escalations: 'escalation',
  feedback: 'feedback',
};

// A record's mail is keyed by its id (`feedback:7:forward`), and the embedded
// database gives the next record the highest id plus one: delete the newest
// feedback and the next one gets its id. Its mail must not meet the deleted
// record's keys (the intake queues a new record's mail without looking them up,
// and a look-up would drop the new mail as "already sent"). So the deleted
// record's messages stay in the outbox, as the record of what was said, under
// keys retired with the moment of the deletion.
export const retireEventKeys =
  (collection: Related): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const prefix = `${collection}:${id}:`;
    const { docs } = await req.payload.find({
      collection: 'outbox',
      where: { [relationField[collection]]: { equals: id } },
      pagination: false,
      depth: 0,
      select: { eventKey: true },
      overrideAccess: true,
      req,
    });
    const retiredAt = new Date().toISOString();
    for (const message of docs as Pick<Outbox, 'id' | 'eventKey'>[]) {
      if (!message.eventKey.startsWith(prefix)) continue;
      await req.payload.update({
        collection: 'outbox',
        id: message.id,
        data: { eventKey: `deleted:${retiredAt}:${message.eventKey}` },
        overrideAccess: true,
        req,
      });
    }
  };
