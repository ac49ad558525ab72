import type { Field } from 'payload';
import { complaintTopics } from '../../../shared/schemas/complaint';
import { locales } from '../../../shared/i18n/locales';
import { hasRole } from '../../access/roles';

const staffOnly = ({ req }: { req: { user: unknown } }) =>
  hasRole(req.user as Parameters<typeof hasRole>[0], 'handler', 'abuseSpecialist');

export const caseStatuses = ['received', 'acknowledged', 'inProgress', 'answered', 'escalated', 'closed'] as const;

export const caseFields: Field[] = [
  {
    name: 'caseNumber',
    type: 'text',
    unique: true,
    index: true,
    admin: { readOnly: true, position: 'sidebar' },
    access: { create: () => false, update: () => false },
  },
  {
    name: 'channel',
    type: 'select',
    required: true,
    defaultValue: 'complaint',
    options: [
      { value: 'complaint', label: 'Complaint' },
      { value: 'abuse', label: 'Abuse report' },
    ],
    admin: { position: 'sidebar' },
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'received',
    options: caseStatuses.map((value) => ({ value, label: value })),
    access: { create: staffOnly },
    admin: { position: 'sidebar' },
  },
  {
    name: 'language',
    type: 'select',
    required: true,
    options: locales.map(({ code, label }) => ({ value: code, label })),
    admin: { position: 'sidebar', description: 'The filing language: all mail to the customer goes in it.' },
  },
  {
    name: 'receivedAt',
    type: 'date',
    required: true,
    defaultValue: () => new Date().toISOString(),
    access: { create: staffOnly, update: () => false },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
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
  {
    name: 'complaint',
    type: 'group',
    admin: { condition: (data) => data?.channel === 'complaint' },
    fields: [
      {
        name: 'topic',
        type: 'select',
        options: complaintTopics.map((value) => ({ value, label: value })),
      },
      { name: 'description', type: 'textarea' },
      { name: 'expectedOutcome', type: 'textarea' },
    ],
  },
];
