import type { CollectionConfig } from 'payload';
import { channelAccess, nobody } from '../../access/roles';
import { berlinOnly } from '../../fields/berlinTime';
import { showJsonReadOnly } from '../../fields/jsonView';
import { caseEventTypeOptions } from './typeLabels';
import { channelOptions } from '../../fields/channelOptions';

export const caseEventTypes = [
  'submitted',
  'statusChanged',
  'assigned',
  'extended',
  'note',
  'escalated',
  'overdue',
  'messageToCustomer',
  'forwarded',
  'consentRecorded',
  'anonymised',
  // A mail from the customer threaded to the case (cms/inbound/), and a mail
  // of ours the provider could not deliver (cms/inbound/delivery.ts).
  'messageFromCustomer',
  'mailNotDelivered',
  // Staff wrote to the customer from the case (cms/replies/): a message, or a
  // question that asks for their reply. Neither is the answer.
  'replyToCustomer',
  'questionToCustomer',
] as const;
export type CaseEventType = (typeof caseEventTypes)[number];

// The audit trail of a case (and its escalation): append-only, written by hooks
// and jobs, never edited or deleted by anyone. `channel` is copied from the
// case so the same channel rule decides who may read it.
export const CaseEvents: CollectionConfig = {
  slug: 'case-events',
  labels: { singular: 'Timeline entry', plural: 'Timeline' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'type', 'summary', 'actor', 'case'],
    group: 'Cases',
    hidden: ({ user }) => !user,
  },
  defaultSort: '-at',
  access: { read: channelAccess, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'case', type: 'relationship', relationTo: 'cases', required: true, index: true },
    { name: 'escalation', type: 'relationship', relationTo: 'escalations' },
    {
      name: 'channel',
      type: 'select',
      required: true,
      options: channelOptions('complaint', 'abuse'),
      index: true,
    },
    { name: 'type', type: 'select', required: true, options: caseEventTypeOptions(caseEventTypes) },
    {
      name: 'at',
      type: 'date',
      required: true,
      timezone: berlinOnly,
      admin: {
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
        components: { Cell: '/components/BerlinTimeCell#BerlinTimeCell' },
      },
    },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      admin: { description: 'Empty: the system or the customer.' },
    },
    // The name as it was at the time: the trail stays readable if the account goes.
    { name: 'actor', type: 'text', required: true },
    { name: 'summary', type: 'text', required: true },
    { name: 'note', type: 'textarea', admin: { description: 'Internal: never shown to the customer.' } },
    ...showJsonReadOnly([{ name: 'details', type: 'json' }]),
  ],
};
