import type { Access, CollectionAfterChangeHook, Payload, PayloadRequest, Where } from 'payload';
import type { User } from './payload-types';
import { hasRole, isStaff } from './access/roles';
import { assignedTo, open, openAndUnassigned, withUrgency } from './workflow/queues';

// Saved views for the work queues. Shared ones every colleague sees (and only
// admins change); "My open cases" is each case worker's own.

type View = { title: string; where: Where };
type QueueCollection = 'cases' | 'escalations';

// Escalations have no assignee: their queue is the whole team's.
const sharedViews: Record<QueueCollection, View[]> = {
  cases: [
    { title: 'Overdue', where: withUrgency('overdue') },
    { title: 'Due today', where: withUrgency('today') },
    { title: 'Due within 2 business days', where: withUrgency('today', 'soon') },
    { title: 'Open and unassigned', where: openAndUnassigned },
  ],
  escalations: [
    { title: 'Overdue', where: withUrgency('overdue') },
    { title: 'Due today', where: withUrgency('today') },
    { title: 'Due within 2 business days', where: withUrgency('today', 'soon') },
    { title: 'Open escalations', where: open },
  ],
};

export const MY_OPEN_CASES = 'My open cases';
const myOpenCases = (userId: number): Where => ({ and: [open, assignedTo(userId)] });

const onlyFor = (userId: number) => ({ constraint: 'onlyMe' as const, users: [userId] });

const presetsTitled = async (payload: Payload, title: string, relatedCollection: QueueCollection) =>
  (
    await payload.find({
      collection: 'payload-query-presets',
      where: { and: [{ title: { equals: title } }, { relatedCollection: { equals: relatedCollection } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs;

const seedSharedViews = async (payload: Payload, ownerId: number): Promise<void> => {
  for (const relatedCollection of ['cases', 'escalations'] as const) {
    for (const view of sharedViews[relatedCollection]) {
      if ((await presetsTitled(payload, view.title, relatedCollection)).length) continue;
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

const worksCases = (user: Pick<User, 'roles'>) =>
  hasRole({ ...user, collection: 'users' } as PayloadRequest['user'], 'handler', 'abuseSpecialist');

// Payload's "only me" constraint stores whoever makes the preset as its only
// reader, so the view is made as the colleague, not as the admin who invited them.
const createMyOpenCases = async (payload: Payload, user: User, req?: PayloadRequest) =>
  payload.create({
    collection: 'payload-query-presets',
    data: {
      title: MY_OPEN_CASES,
      isShared: false,
      relatedCollection: 'cases',
      where: myOpenCases(user.id),
      access: { read: onlyFor(user.id), update: onlyFor(user.id), delete: onlyFor(user.id) },
    },
    overrideAccess: true,
    ...(req ? { req: { ...req, user: { ...user, collection: 'users' } } as PayloadRequest } : {}),
  });

// Every new colleague who works cases finds "My open cases" among their saved views.
export const createPersonalViews: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation === 'create' && worksCases(doc)) await createMyOpenCases(req.payload, doc, req);
  return doc;
};

const readers = (preset: { access?: { read?: { users?: unknown[] | null } | null } | null }): unknown[] =>
  (preset.access?.read?.users ?? []).map((user) => (typeof user === 'object' && user ? (user as User).id : user));

// Repairs what earlier versions made: personal views stored as readable by the
// admin who created the colleague (one per colleague on the admin's screen,
// none on the colleague's), and colleagues without their own view.
const repairPersonalViews = async (payload: Payload): Promise<void> => {
  const existing = await presetsTitled(payload, MY_OPEN_CASES, 'cases');
  const kept = new Set<unknown>();
  for (const preset of existing) {
    const [owner] = readers(preset);
    const serves = JSON.stringify(preset.where).includes(`"assignee":{"equals":${JSON.stringify(owner)}}`);
    if (serves && !kept.has(owner)) kept.add(owner);
    else await payload.delete({ collection: 'payload-query-presets', id: preset.id, overrideAccess: true });
  }
  // Escalations have no assignee: a view filtering on one fails, and their open
  // queue is shared now.
  const misfits = [
    ...(await presetsTitled(payload, 'Open escalations', 'escalations')).filter((preset) => !preset.isShared),
    ...(await presetsTitled(payload, 'Open and unassigned', 'escalations')),
  ];
  for (const preset of misfits) {
    await payload.delete({ collection: 'payload-query-presets', id: preset.id, overrideAccess: true });
  }
  const { docs: users } = await payload.find({ collection: 'users', pagination: false, depth: 0 });
  for (const user of users) if (worksCases(user) && !kept.has(user.id)) await createMyOpenCases(payload, user);
};

// Run at every start: the shared queues (owned by the first admin) and each
// case worker's own view exist once each.
export const ensureSavedViews = async (payload: Payload): Promise<void> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['admin'] } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  });
  if (!docs[0]) return;
  await repairPersonalViews(payload);
  await seedSharedViews(payload, docs[0].id);
};

// Saved views are for staff; the site's API client has no business with them.
const staffOnly: Access = ({ req }) => isStaff(req.user);
export const queryPresetsAccess = { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly };
