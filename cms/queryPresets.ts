import type { Access, CollectionAfterChangeHook, Payload, Where } from 'payload';
import { isStaff } from './access/roles';
import { awaitingAnswer } from './workflow/lifecycle';

// Saved views for the work queues. Shared ones every colleague sees (and only
// admins change); "My open cases" is each person's own, made with their account.

const open: Where = { status: { in: [...awaitingAnswer] } };

const sharedViews: { title: string; where: Where }[] = [
  { title: 'Overdue', where: { 'deadlines.urgency': { equals: 'overdue' } } },
  { title: 'Due today', where: { 'deadlines.urgency': { equals: 'today' } } },
  { title: 'Due within 2 business days', where: { 'deadlines.urgency': { in: ['today', 'soon'] } } },
  { title: 'Open and unassigned', where: { and: [open, { assignee: { exists: false } }] } },
];

const onlyFor = (userId: number) => ({ constraint: 'onlyMe' as const, users: [userId] });

export const seedSharedViews = async (payload: Payload, ownerId: number): Promise<void> => {
  for (const relatedCollection of ['cases', 'escalations'] as const) {
    for (const view of sharedViews) {
      const existing = await payload.find({
        collection: 'payload-query-presets',
        where: { and: [{ title: { equals: view.title } }, { relatedCollection: { equals: relatedCollection } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      });
      if (existing.docs.length) continue;
      await payload.create({
        collection: 'payload-query-presets',
        data: {
          title: view.title,
          isShared: true,
          relatedCollection,
          where: view.where,
          access: { read: { constraint: 'everyone' }, update: onlyFor(ownerId), delete: onlyFor(ownerId) },
        },
        overrideAccess: true,
      });
    }
  }
};

// Every new colleague finds "My open cases" among their saved views.
export const createPersonalViews: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc;
  const userId = doc.id as number;
  for (const relatedCollection of ['cases', 'escalations'] as const) {
    const mine: Where =
      relatedCollection === 'cases' ? { and: [open, { assignee: { equals: userId } }] } : { and: [open] };
    await req.payload.create({
      collection: 'payload-query-presets',
      data: {
        title: relatedCollection === 'cases' ? 'My open cases' : 'Open escalations',
        isShared: false,
        relatedCollection,
        where: mine,
        access: { read: onlyFor(userId), update: onlyFor(userId), delete: onlyFor(userId) },
      },
      overrideAccess: true,
      req,
    });
  }
  return doc;
};

// Saved views are for staff; the site's API client has no business with them.
const staffOnly: Access = ({ req }) => isStaff(req.user);
export const queryPresetsAccess = { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly };
