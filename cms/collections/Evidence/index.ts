import path from 'node:path';
import { createHash } from 'node:crypto';
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import { allowRoles, hasRole, isSiteClient, nobody } from '../../access/roles';
import { dataDir } from '../../paths';
import { evidenceOrigin } from '../../hooks/context';

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

// Evidence is kept as it arrived: its fingerprint and who brought it are taken
// from the upload itself, once.
const fingerprint: CollectionBeforeChangeHook = ({ data, operation, req, context }) => {
  if (operation !== 'create' || !req.file) return data;
  const staff = req.user?.collection === 'users' ? req.user : undefined;
  return {
    ...data,
    sha256: createHash('sha256').update(req.file.data).digest('hex'),
    uploadedBy: staff?.id ?? null,
    // Who brought a file nobody signed in uploaded: a partner's report, a
    // machine report or a mail's attachment (evidenceOrigin, set by the code
    // that stores it), else the site's form.
    uploadedVia: staff
      ? `staff: ${staff.name ?? staff.email}`
      : (evidenceOrigin.get(context) ?? 'the reporter, with the web form'),
  };
};

const fixed = { create: () => false, update: () => false };

export const Evidence: CollectionConfig = {
  slug: 'evidence',
  labels: { singular: 'Evidence file', plural: 'Evidence' },
  admin: {
    group: 'Cases',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'sha256', 'uploadedVia', 'case'],
    description: 'Kept as it arrived: nobody edits, crops, replaces or deletes evidence (retention removes it).',
  },
  // Nobody changes or deletes evidence by hand; the retention job removes it
  // with the system's rights, and the case link is set by the intake.
  access: {
    create: ({ req }) => isSiteClient(req.user) || hasRole(req.user, 'abuseSpecialist'),
    read: allowRoles('abuseSpecialist'),
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeChange: [fingerprint] },
  upload: {
    staticDir: path.join(/*turbopackIgnore: true*/ dataDir, 'uploads', 'evidence'),
    mimeTypes: evidenceMimeTypes,
    disableLocalStorage: false,
    crop: false,
    focalPoint: false,
  },
  fields: [
    {
      name: 'sha256',
      type: 'text',
      label: 'SHA-256',
      index: true,
      access: fixed,
      admin: { readOnly: true, description: 'Fingerprint of the file as it arrived.' },
    },
    { name: 'uploadedBy', type: 'relationship', relationTo: 'users', access: fixed, admin: { readOnly: true } },
    { name: 'uploadedVia', type: 'text', label: 'Uploaded by', access: fixed, admin: { readOnly: true } },
    {
      name: 'case',
      type: 'relationship',
      relationTo: 'cases',
      index: true,
      admin: { readOnly: true },
    },
  ],
};
