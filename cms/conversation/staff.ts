import type { Payload, Where } from 'payload';
import type { ConversationMessage } from '@shared/types/conversation';
import type { User } from '../payload-types';
import { fromInbound, fromOutbox, inboundSelect, inTimeOrder, outboxSelect } from './messages';

export type ConversationTarget = { collection: 'cases' | 'escalations'; id: number };

type StaffUser = User & { collection: 'users' };

// The conversation as a colleague may read it: every message to and from the
// customer or reporter, and mail to others on the record (the registrant), in
// time order. Read with the colleague's own access rules, so a handler reads
// no abuse report's mail and an abuse specialist no complaint's; undefined when
// they may not read the record itself. Notices to staff are not part of it
// (they stay under "Messages sent"), nor are internal notes (the timeline).
export const readStaffConversation = async ({
  payload,
  user,
  target,
}: {
  payload: Payload;
  user: StaffUser;
  target: ConversationTarget;
}): Promise<ConversationMessage[] | undefined> => {
  const asUser = { user, overrideAccess: false, depth: 0 } as const;
  const record = await payload.findByID({ collection: target.collection, id: target.id, ...asUser }).catch(() => null);
  if (!record) return undefined;
  const on = target.collection === 'cases' ? 'case' : 'escalation';
  const outWhere: Where = { and: [{ [on]: { equals: target.id } }, { audience: { not_equals: 'staff' } }] };
  const [outbox, inbound] = await Promise.all([
    payload.find({
      collection: 'outbox',
      where: outWhere,
      select: outboxSelect,
      limit: 500,
      sort: 'createdAt',
      ...asUser,
    }),
    payload.find({
      collection: 'inbound-messages',
      where: { [on]: { equals: target.id } },
      select: inboundSelect,
      limit: 500,
      sort: 'receivedAt',
      ...asUser,
    }),
  ]);
  const evidenceIds = inbound.docs.flatMap((row) => (row.evidence ?? []).map((entry) => Number(entry)));
  const evidence = evidenceIds.length
    ? await payload
        .find({
          collection: 'evidence',
          where: { id: { in: evidenceIds } },
          select: { filename: true },
          limit: evidenceIds.length,
          ...asUser,
        })
        .then(({ docs }) => new Map(docs.map((doc) => [doc.id, doc.filename ?? `#${doc.id}`])))
        // A colleague who may not open evidence files still sees the attachments' names.
        .catch(() => new Map<number, string>())
    : new Map<number, string>();
  return inTimeOrder([
    ...outbox.docs.map(fromOutbox),
    ...inbound.docs.map((row) => ({
      ...fromInbound(row),
      evidence: (row.evidence ?? []).flatMap((entry) => {
        const name = evidence.get(Number(entry));
        return name ? [{ id: Number(entry), filename: name }] : [];
      }),
    })),
  ]);
};
