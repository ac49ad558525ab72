import { createHash } from 'node:crypto';
import { berlinTimeText } from '../../fields/berlinTime';
import type { CollectionAfterChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload';
import { email as emailSchema } from '@shared/schemas/fields';
import { isAdmin, nobody } from '../../access/roles';
import { anonymiseCase, anonymiseFeedback } from '../../retention/anonymise';
import { refuse } from '../../workflow/errors';

const hashEmail = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

// The address is used once, to find the records, and never stored: the audit
// entry keeps its hash, who asked the system to act, and what was removed.
const takeAddress: CollectionBeforeValidateHook = ({ data = {}, operation, context, req }) => {
  if (operation !== 'create') return data;
  const parsed = emailSchema.safeParse(data.email);
  if (!parsed.success) refuse('erasure-requests', req, 'email', 'Enter the address the person filed with.');
  const email = String(parsed.data);
  context.erasureEmail = email;
  return { ...data, email: null, emailHash: hashEmail(email), requestedAt: new Date().toISOString() };
};

const erase: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  const email = context.erasureEmail;
  if (operation !== 'create' || typeof email !== 'string') return doc;
  const { payload } = req;
  // Everything filed with the address, whatever its capitals: the forms keep it
  // as typed. `like` finds the candidates, the exact comparison decides.
  const wanted = email.toLowerCase();
  const filedWith = async <T extends 'cases' | 'escalations' | 'feedback'>(collection: T, path: string) => {
    const { docs } = await payload.find({
      collection,
      where: { [path]: { like: email } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    });
    const [group, field] = path.split('.') as [string, string];
    return docs.filter(
      (doc) =>
        String((doc as unknown as Record<string, Record<string, unknown>>)[group]?.[field] ?? '').toLowerCase() ===
        wanted,
    );
  };
  const [cases, escalations, feedback] = await Promise.all([
    filedWith('cases', 'reporter.email'),
    filedWith('escalations', 'reporter.email'),
    filedWith('feedback', 'contact.email'),
  ]);
  // An escalation filed from another address still belongs to its case.
  const caseIds = new Set([
    ...cases.map((found) => found.id),
    ...escalations.map((found) => (typeof found.case === 'object' ? found.case.id : found.case)),
  ]);
  for (const id of caseIds) await anonymiseCase(req, id, 'erasure');
  for (const found of feedback) await anonymiseFeedback(req, found.id);
  return payload.update({
    collection: 'erasure-requests',
    id: doc.id,
    data: { casesAnonymised: caseIds.size, feedbackAnonymised: feedback.length },
    overrideAccess: true,
    req,
  });
};

// A data subject's request to erase their personal data, executed by an admin:
// every case, escalation and feedback filed with the address is anonymised as
// the retention job would, and this record is the audit entry.
export const ErasureRequests: CollectionConfig = {
  slug: 'erasure-requests',
  labels: { singular: 'Erasure request', plural: 'Erasure requests' },
  admin: {
    useAsTitle: 'requestedAt',
    defaultColumns: ['requestedAt', 'requestedBy', 'casesAnonymised', 'feedbackAnonymised', 'reference'],
    group: 'Settings',
    description:
      'Erases a reporter’s personal data from every case, escalation and feedback filed with their address. It cannot be undone.',
    hidden: ({ user }) => !(user as { roles?: string[] } | null)?.roles?.includes('admin'),
  },
  access: { create: isAdmin, read: isAdmin, update: nobody, delete: nobody },
  hooks: { beforeValidate: [takeAddress], afterChange: [erase] },
  fields: [
    {
      name: 'email',
      type: 'email',
      // Checked and then emptied by takeAddress, before Payload validates.
      admin: {
        description: 'The address the person filed with. Used once and not stored.',
        condition: (_, __, { operation }) => operation === 'create',
      },
      access: { read: () => false },
    },
    {
      name: 'reference',
      type: 'text',
      admin: { description: 'Your reference for the request (ticket, letter date).' },
    },
    {
      name: 'emailHash',
      type: 'text',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'requestedAt',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, ...berlinTimeText },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      defaultValue: ({ user }) => user?.id,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'casesAnonymised',
      type: 'number',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'feedbackAnonymised',
      type: 'number',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
  ],
};
