import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { channelAccess, nobody } from '../../access/roles';
import { dataDir } from '../../paths';
import { evidenceMimeTypes } from '../Evidence';
import { channelOptions } from '../../fields/channelOptions';

// Files staff attach to a reply from a case (cms/replies/): stored as sent,
// with the evidence's checks (types recognised from the content, the same
// list; size and count capped by cms/collections/Evidence/store.ts), read
// by whoever works the record's channel, as its outbox message is. Only the
// reply writes them; nobody edits or deletes one by hand.
export const ReplyAttachments: CollectionConfig = {
  slug: 'reply-attachments',
  labels: { singular: 'Reply attachment', plural: 'Reply attachments' },
  admin: {
    group: 'Cases',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'case', 'createdAt'],
    hidden: true,
  },
  access: { read: channelAccess, create: nobody, update: nobody, delete: nobody },
  upload: {
    staticDir: path.join(/*turbopackIgnore: true*/ dataDir, 'uploads', 'reply-attachments'),
    mimeTypes: evidenceMimeTypes,
    disableLocalStorage: false,
    crop: false,
    focalPoint: false,
  },
  fields: [
    {
      name: 'channel',
      type: 'select',
      required: true,
      index: true,
      options: channelOptions('complaint', 'abuse'),
      admin: { readOnly: true },
    },
    { name: 'case', type: 'relationship', relationTo: 'cases', index: true, admin: { readOnly: true } },
    { name: 'escalation', type: 'relationship', relationTo: 'escalations', admin: { readOnly: true } },
    { name: 'sentBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  ],
};
