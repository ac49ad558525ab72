import type { CollectionConfig } from 'payload';
import { isAdmin } from '../../access/roles';

// Machine accounts: the public site files submissions with an API key and can do
// nothing else. No password login, no admin panel.
export const ApiClients: CollectionConfig = {
  slug: 'api-clients',
  admin: { useAsTitle: 'name', group: 'Settings' },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  access: { admin: () => false, create: isAdmin, read: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [{ name: 'name', type: 'text', required: true, unique: true }],
};
