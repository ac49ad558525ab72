import type { Field } from 'payload';
import { anonymisedAtField } from '../../fields/anonymisedAt';
import { domainsArray, languageField, reporterGroup } from '../../fields/submission';
import { omit, pick, sentMessages, workflowFields } from '../../workflow/fields';
import { conversationField } from '../../conversation/field';
import { escalationStatuses } from '../../workflow/lifecycle';

const workflow = workflowFields({ statuses: escalationStatuses, answerLabel: 'Final answer' });

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
  // Read top-down as a case: dates, what the customer wrote, what was sent and
  // done, then the final answer and the next step.
  ...pick(workflow, ['deadlineSummary']),
  ...omit(workflow, ['deadlineSummary', 'answer', 'actions', 'reply', 'addNote']),
  reporterGroup,
  domainsArray,
  { name: 'description', type: 'textarea', required: true },
  { name: 'reasonUnsatisfied', type: 'textarea', required: true, label: 'Why the answer did not satisfy' },
  { name: 'expectedSteps', type: 'textarea', required: true, label: 'Steps the customer expects' },
  conversationField,
  sentMessages('escalation'),
  {
    name: 'timeline',
    type: 'join',
    collection: 'case-events',
    on: 'escalation',
    defaultSort: '-at',
    // Written by the desk only: nobody adds an entry by hand.
    admin: { allowCreate: false, defaultColumns: ['at', 'type', 'summary', 'actor', 'note'] },
  },
  ...pick(workflow, ['answer', 'actions', 'reply', 'addNote']),
];
