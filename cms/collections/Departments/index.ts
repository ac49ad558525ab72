import type { CollectionConfig, Field } from 'payload';
import { feedbackTopics } from '@shared/schemas/feedback';
import { hasRole, isAdmin } from '../../access/roles';
import { contentAccess } from '../../access/content';
import { withCollectionDrafts } from '../../content/versioning';
import { mailLanguageField } from '../../fields/mailLanguage';
import { notifySiteOfCollection } from '../../hooks/notifySite';
import { siteOptions } from '../../fields/siteOptions';

// Where feedback goes. Admins keep the list; the site shows the names (never the
// addresses) so a reader can pick one. Content editors reword the names in
// every language (what readers see) like other content: as drafts, published
// now or on a date, each version in the history with who published it; only
// published names reach the site and the mail (content/versioning.ts). Routing and addresses stay with admins.
const adminOnly = { update: ({ req }: { req: { user: unknown } }) => hasRole(req.user as never, 'admin') };

const departments: CollectionConfig = {
  slug: 'departments',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'topics', 'isDefault'], group: 'Settings' },
  access: { ...contentAccess, create: isAdmin, delete: isAdmin },
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
      options: siteOptions('feedback.topic', feedbackTopics),
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

export const Departments = withCollectionDrafts(departments);
