import type { Field } from 'payload';
import { anonymisedAtField } from '../../fields/anonymisedAt';
import { domainsArray, languageField, reporterGroup } from '../../fields/submission';
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
  languageField,
  anonymisedAtField,
  ...workflowFields({ statuses: escalationStatuses, answerLabel: 'Final answer' }),
  reporterGroup,
  domainsArray,
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
