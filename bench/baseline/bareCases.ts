import type { CollectionConfig } from 'payload';
import { complaintTopics } from '@shared/schemas/complaint';

// The floor: the complaint's fields in a collection with no hooks, no
// validation beyond required fields, and no access check on create.
export const BareCases: CollectionConfig = {
  slug: 'bare-cases',
  access: { create: () => true },
  fields: [
    { name: 'language', type: 'text', required: true },
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', required: true },
    { name: 'phone', type: 'text' },
    { name: 'customerNumber', type: 'text' },
    { name: 'organisation', type: 'text' },
    { name: 'topic', type: 'select', required: true, options: [...complaintTopics] },
    { name: 'domains', type: 'textarea' },
    { name: 'description', type: 'textarea', required: true },
    { name: 'expectedOutcome', type: 'textarea', required: true },
  ],
};
