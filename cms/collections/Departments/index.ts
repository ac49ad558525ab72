import type { CollectionConfig } from 'payload';
import { feedbackTopics } from '../../../shared/schemas/feedback';
import { anyone, hasRole, isAdmin } from '../../access/roles';
import { mailLanguageField } from '../../fields/mailLanguage';
import { notifySiteOfCollection } from '../../hooks/notifySite';

// Where feedback goes. Admins keep the list; the site shows the names (never the
// addresses) so a reader can pick one.
export const Departments: CollectionConfig = {
  slug: 'departments',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'topics', 'isDefault'], group: 'Settings' },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [notifySiteOfCollection] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'slug', type: 'text', required: true, unique: true, index: true },
    {
      name: 'email',
      type: 'email',
      required: true,
      access: { read: ({ req }) => hasRole(req.user, 'handler', 'abuseSpecialist') },
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      options: feedbackTopics.map((value) => ({ value, label: value })),
      admin: { description: 'Feedback on these topics is routed here unless the reader picks a department.' },
    },
    {
      name: 'isDefault',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: 'Receives feedback no other department takes.',
        components: { Cell: '/components/YesNoCell#YesNoCell' },
      },
    },
    mailLanguageField,
  ],
};
