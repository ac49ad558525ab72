import type { CollectionConfig } from 'payload';
import { nobody } from '../../access/roles';

// One row per case-number series (channel and year). Only the case-number hook
// touches it, through the Local API.
export const CaseCounters: CollectionConfig = {
  slug: 'case-counters',
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'series', type: 'text', required: true, unique: true, index: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
};
