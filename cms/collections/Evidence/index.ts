import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { allowRoles, hasRole, isAdmin, isSiteClient } from '../../access/roles';
import { dataDir } from '../../paths';

// Screenshots, mail headers, documents attached to abuse reports. Only types a
// specialist can open safely are accepted (Payload checks the file's content,
// not just its name); size is capped in payload.config.ts. Files live beside
// the embedded database and are served only to abuse specialists.
export const evidenceMimeTypes = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'message/rfc822',
];

export const Evidence: CollectionConfig = {
  slug: 'evidence',
  labels: { singular: 'Evidence file', plural: 'Evidence' },
  admin: { group: 'Cases', defaultColumns: ['filename', 'mimeType', 'filesize', 'case'] },
  access: {
    create: ({ req }) => isSiteClient(req.user) || hasRole(req.user, 'abuseSpecialist'),
    read: allowRoles('abuseSpecialist'),
    update: allowRoles('abuseSpecialist'),
    delete: isAdmin,
  },
  upload: {
    staticDir: path.join(/*turbopackIgnore: true*/ dataDir, 'uploads', 'evidence'),
    mimeTypes: evidenceMimeTypes,
    disableLocalStorage: false,
  },
  fields: [
    {
      name: 'case',
      type: 'relationship',
      relationTo: 'cases',
      index: true,
      admin: { readOnly: true },
    },
  ],
};
