import type { CollectionConfig, Field } from 'payload';
import { feedbackTopics } from '../../../shared/schemas/feedback';
import { allowRoles, anyone, hasRole, isAdmin } from '../../access/roles';
import { mailLanguageField } from '../../fields/mailLanguage';
import { notifySiteOfCollection } from '../../hooks/notifySite';

// Where feedback goes. Admins keep the list; the site shows the names (never the
// addresses) so a reader can pick one. Content editors may reword the names in
// every language (what readers see), nothing else.
// Routing and addresses stay with admins.
const adminOnly = { update: ({ req }: { req: { user: unknown } }) => hasRole(req.user as never, 'admin') };

export const Departments: CollectionConfig = {
  slug: 'departments',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'topics', 'isDefault'], group: 'Settings' },
  access: { read: anyone, create: isAdmin, update: allowRoles('editor'), delete: isAdmin },
  hooks: { afterChange: [notifySiteOfCollection] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, access: adminOnly },
    {
      name: 'email',
      type: 'email',
      required: true,
      access: { read: ({ req }) => hasRole(req.user, 'handler', 'abuseSpecialist'), ...adminOnly },
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      access: adminOnly,
      options: feedbackTopics.map((value) => ({ value, label: value })),
      admin: { description: 'Feedback on these topics is routed here unless the reader picks a department.' },
    },
    {
      name: 'isDefault',
      type: 'checkbox',
      defaultValue: false,
      access: adminOnly,
      admin: {
        description: 'Receives feedback no other department takes.',
        components: { Cell: '/components/YesNoCell#YesNoCell' },
      },
    },
    { ...mailLanguageField, access: adminOnly } as Field,
  ],
};
