import type { Access, CollectionConfig, Where } from 'payload';
import { allowRoles, hasRole } from '../../access/roles';
import { withCollectionDrafts } from '../../content/versioning';
import { textareaWithPlaceholders, textWithPlaceholders } from '../../fields/placeholders';
import { replyPlaceholders } from '../../replies/placeholders';
import { channelOptions } from '../../fields/channelOptions';

// Which records a canned reply is for: the queues it is offered in.
export const cannedReplyUses = ['complaint', 'abuse', 'escalation'] as const;
export type CannedReplyUse = (typeof cannedReplyUses)[number];

// Staff read the canned replies of the queues they work (handlers complaints
// and escalations, abuse specialists abuse reports); editors write them and
// read them all, drafts included (content/versioning.ts); nobody else.
const readForQueue: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true;
  const uses: CannedReplyUse[] = [
    ...(hasRole(req.user, 'handler') ? (['complaint', 'escalation'] as const) : []),
    ...(hasRole(req.user, 'abuseSpecialist') ? (['abuse'] as const) : []),
  ];
  if (uses.length === 0) return false;
  const where: Where = { usedFor: { in: uses } };
  return where;
};

const placeholderHint = `Placeholders: ${replyPlaceholders.map((name) => `{${name}}`).join(', ')}. An empty line starts a new paragraph.`;

// Text that handlers and abuse specialists start a reply from, per language,
// kept by content editors like other content: drafts saved as they type,
// published when ready, every version kept with who saved it. Staff see only
// published replies, in the composer on the case (cms/components/ReplyComposer/).
const cannedReplies: CollectionConfig = {
  slug: 'canned-replies',
  labels: { singular: 'Canned reply', plural: 'Canned replies' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'usedFor', 'updatedAt'],
    group: 'Settings',
    description:
      'Replies staff start from when they write to a customer from a case, per language. Only published replies are offered; a language without a text is not offered in that language.',
    hidden: ({ user }) => !hasRole(user as never, 'editor', 'handler', 'abuseSpecialist'),
  },
  access: {
    read: readForQueue,
    create: allowRoles('editor'),
    update: allowRoles('editor'),
    delete: allowRoles('editor'),
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      validate: textWithPlaceholders([]),
      admin: { description: 'What staff pick it by in the composer.' },
    },
    {
      name: 'usedFor',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...cannedReplyUses],
      options: [
        ...channelOptions('complaint', 'abuse'),
        {
          value: 'escalation',
          label: { nl: 'Escalatie', en: 'Escalation', de: 'Eskalation', fr: 'Escalade', es: 'Escalado' },
        },
      ],
      admin: { description: 'The records it is offered on.' },
    },
    {
      name: 'body',
      type: 'textarea',
      localized: true,
      validate: textareaWithPlaceholders(replyPlaceholders),
      admin: { rows: 10, description: placeholderHint },
    },
  ],
};

// Drafts are checked like published text: an unknown placeholder is refused at once.
export const CannedReplies = withCollectionDrafts(cannedReplies, { validate: true });
