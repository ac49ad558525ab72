import type { Field } from 'payload';
import { locales } from '../../../shared/i18n/locales';
import { workflowFields } from '../../workflow/fields';
import { escalationStatuses } from '../../workflow/lifecycle';

export const escalationFields: Field[] = [
  {
    name: 'escalationNumber',
    type: 'text',
    unique: true,
    index: true,
    admin: { readOnly: true, position: 'sidebar' },
    access: { create: () => false, update: () => false },
  },
  {
    name: 'case',
    type: 'relationship',
    relationTo: 'cases',
    required: true,
    index: true,
    admin: { position: 'sidebar', description: 'The answered complaint this escalation is about.' },
    access: { update: () => false },
  },
  {
    name: 'language',
    type: 'select',
    required: true,
    options: locales.map(({ code, label }) => ({ value: code, label })),
    admin: { position: 'sidebar' },
  },
  ...workflowFields({ statuses: escalationStatuses, answerLabel: 'Final answer' }),
  {
    name: 'reporter',
    type: 'group',
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'email', type: 'email', required: true },
      { name: 'phone', type: 'text' },
      { name: 'customerNumber', type: 'text' },
      { name: 'organisation', type: 'text' },
    ],
  },
  {
    name: 'domains',
    type: 'array',
    fields: [
      { name: 'unicode', type: 'text', required: true },
      { name: 'ascii', type: 'text', required: true },
    ],
  },
  { name: 'description', type: 'textarea', required: true },
  { name: 'reasonUnsatisfied', type: 'textarea', required: true, label: 'Why the answer did not satisfy' },
  { name: 'expectedSteps', type: 'textarea', required: true, label: 'Steps the customer expects' },
  {
    name: 'timeline',
    type: 'join',
    collection: 'case-events',
    on: 'escalation',
    defaultSort: '-at',
    admin: { defaultColumns: ['at', 'type', 'summary', 'actor', 'note'] },
  },
];
