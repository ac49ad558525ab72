import type { Field } from 'payload';
import { siteOptions } from '../fields/siteOptions';
import { hasRole } from '../access/roles';
import { urgencies, urgencyLabels } from '@shared/calendar/urgency';
import { berlinOnly } from '../fields/berlinTime';
import { closeReasonLabels, closeReasons, statusLabels, type Status } from './lifecycle';
import { wordOptions } from '../fields/wordOptions';

const readOnly = { update: () => false, create: () => false };
const sidebar = { position: 'sidebar' as const };
const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd MMM yyyy HH:mm' } };
// Dates written by the workflow are shown in the Berlin summary at the top of the
// page; the raw fields stay for list columns and filters, not the edit form.
const summarisedAbove = { condition: () => false, disableBulkEdit: true };

export const receiptChannels = ['web', 'email', 'api', 'post', 'fax', 'phone'] as const;

// Status, receipt and deadline fields shared by cases and escalations. Milestones
// and deadlines are written by the workflow hooks only.
export const workflowFields = ({
  statuses,
  answerLabel,
}: {
  statuses: readonly Status[];
  answerLabel: string;
}): Field[] => [
  { name: 'actions', type: 'ui', admin: { components: { Field: '/components/CaseActions#CaseActions' } } },
  // Writing to the customer (cms/replies/): not an action, it moves nothing.
  {
    name: 'reply',
    type: 'ui',
    admin: { components: { Field: '/components/ReplyComposer/ReplyComposer#ReplyComposer' } },
  },
  {
    name: 'deadlineSummary',
    type: 'ui',
    admin: { components: { Field: '/components/DeadlineSummary#DeadlineSummary' } },
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'received',
    options: wordOptions(statusLabels, statuses),
    admin: { ...sidebar, description: 'Moves one step at a time; every change is recorded in the timeline.' },
    access: { create: () => false },
  },
  {
    name: 'closeReason',
    type: 'select',
    options: wordOptions(closeReasonLabels, closeReasons),
    admin: { ...sidebar, condition: (data) => data?.status === 'closed' },
  },
  {
    name: 'closeNote',
    type: 'textarea',
    admin: { ...sidebar, condition: (data) => data?.status === 'closed' },
  },
  {
    name: 'receivedVia',
    type: 'select',
    required: true,
    defaultValue: 'web',
    options: siteOptions('status.via', receiptChannels),
    admin: sidebar,
    access: { update: () => false },
  },
  {
    name: 'receivedAt',
    type: 'date',
    required: true,
    // Staff enter a letter's or call's receipt time as Berlin time, wherever they sit.
    timezone: berlinOnly,
    defaultValue: () => new Date().toISOString(),
    admin: {
      ...sidebar,
      ...dateTime,
      components: { Cell: '/components/BerlinTimeCell#BerlinTimeCell' },
      description: 'When it reached us. For mail, fax or phone: the real time of receipt. Deadlines count from here.',
    },
    access: { update: () => false, create: ({ req }) => hasRole(req.user, 'handler', 'abuseSpecialist') },
  },
  {
    name: 'deadlines',
    type: 'group',
    admin: {
      ...summarisedAbove,
      description: 'Computed once, when each event happened, with the calendar named below.',
    },
    fields: [
      { name: 'acknowledgementDueAt', type: 'date', access: readOnly, admin: { readOnly: true, ...dateTime } },
      {
        name: 'answerDueAt',
        type: 'date',
        label: `${answerLabel} due`,
        access: readOnly,
        admin: { readOnly: true, ...dateTime },
      },
      {
        name: 'reviewDueAt',
        type: 'date',
        label: 'Urgent review due',
        access: readOnly,
        admin: {
          readOnly: true,
          ...dateTime,
          condition: (data) => Boolean(data?.deadlines?.reviewDueAt),
          description: 'Reports from authorities are reviewed within 24 hours (ICANN RAA 3.18).',
        },
      },
      {
        name: 'nextDeadlineAt',
        type: 'date',
        label: 'Next deadline',
        index: true,
        access: readOnly,
        admin: {
          readOnly: true,
          ...dateTime,
          components: { Cell: '/components/DeadlineCell#DeadlineCell' },
        },
      },
      {
        name: 'urgency',
        type: 'select',
        label: 'Urgency',
        index: true,
        options: wordOptions(urgencyLabels, urgencies),
        access: readOnly,
        admin: { readOnly: true, description: 'Kept current every 15 minutes; filter the list by it.' },
      },
      // Sorting on the urgency's rank puts records that owe nothing (no deadline)
      // after the rest; databases sort a missing date first.
      { name: 'urgencyRank', type: 'number', index: true, access: readOnly, admin: { hidden: true } },
      { name: 'acknowledgementOverdue', type: 'checkbox', access: readOnly, admin: { readOnly: true } },
      { name: 'answerOverdue', type: 'checkbox', access: readOnly, admin: { readOnly: true } },
      { name: 'calendar', type: 'text', access: readOnly, admin: { readOnly: true } },
    ],
  },
  {
    name: 'extension',
    type: 'group',
    admin: {
      // Recorded with "Send extension notice…", which mails the customer.
      ...summarisedAbove,
      description: `If the investigation needs longer: a new expected date and why, told to the customer before the ${answerLabel.toLowerCase()} deadline passes (or with a reason for being late).`,
    },
    fields: [
      { name: 'expectedAnswerAt', type: 'date', admin: dateTime },
      { name: 'reason', type: 'textarea' },
      { name: 'lateReason', type: 'textarea' },
      { name: 'recordedAt', type: 'date', access: readOnly, admin: { readOnly: true, ...dateTime } },
    ],
  },
  {
    name: 'milestones',
    type: 'group',
    admin: summarisedAbove,
    fields: [
      { name: 'acknowledgedAt', type: 'date', access: readOnly, admin: { readOnly: true, ...dateTime } },
      {
        name: 'answeredAt',
        type: 'date',
        label: `${answerLabel} sent`,
        access: readOnly,
        admin: { readOnly: true, ...dateTime },
      },
      { name: 'closedAt', type: 'date', access: readOnly, admin: { readOnly: true, ...dateTime } },
    ],
  },
  {
    name: 'answer',
    type: 'textarea',
    label: `${answerLabel} to the customer`,
    admin: {
      // Written with the "Send answer…" action above; shown here once sent.
      readOnly: true,
      condition: (data) => Boolean(data?.milestones?.answeredAt),
      description: 'As mailed to the customer. It cannot be changed once sent.',
    },
    access: { update: ({ doc }) => !doc?.milestones?.answeredAt },
  },
  {
    // A real (always empty) column rather than a virtual field: the admin only
    // lets staff type into stored fields. The workflow hook moves the text to the
    // timeline and never keeps it here.
    name: 'addNote',
    type: 'textarea',
    label: 'Add an internal note',
    admin: { description: 'Saved to the timeline on save; never shown to the customer.' },
  },
];

const nameOf = (field: Field) => ('name' in field ? field.name : '');

// Picks fields out of a set by name, in the order asked, to lay out a page.
export const pick = (fields: Field[], names: string[]): Field[] =>
  names.flatMap((name) => fields.filter((field) => nameOf(field) === name));

export const omit = (fields: Field[], names: string[]): Field[] =>
  fields.filter((field) => !names.includes(nameOf(field)));

// Every message the desk sent about the record, with its delivery status.
export const sentMessages = (on: 'case' | 'escalation'): Field => ({
  name: 'messages',
  type: 'join',
  label: 'Messages sent',
  collection: 'outbox',
  on,
  defaultSort: '-createdAt',
  // The admin lists them with the outbox's own access rules; the record itself
  // carries only their ids, so no mail body (with its status link) rides along.
  maxDepth: 0,
  admin: { allowCreate: false, defaultColumns: ['createdAt', 'status', 'to', 'subject', 'kind'] },
});
