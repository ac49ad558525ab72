import type { Field } from 'payload';
import { anonymisedAtField } from '../../fields/anonymisedAt';
import { siteOptions } from '../../fields/siteOptions';
import { locales } from '@shared/i18n/locales';
import { domainsArray, languageField, reporterGroup } from '../../fields/submission';
import { abuseCategories, reporterTypes } from '@shared/schemas/abuseReport';
import { complaintTopics } from '@shared/schemas/complaint';
import { caseStatuses } from '../../workflow/lifecycle';
import { pick, omit, sentMessages, workflowFields } from '../../workflow/fields';
import { conversationField } from '../../conversation/field';
import { consentFields } from './consent';
import { channelOptions } from '../../fields/channelOptions';

const workflow = workflowFields({ statuses: caseStatuses, answerLabel: 'Answer' });

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
    options: channelOptions('complaint', 'abuse'),
    index: true,
    admin: { position: 'sidebar' },
    access: { update: () => false },
  },
  {
    name: 'assignee',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    admin: { position: 'sidebar' },
    filterOptions: ({ data }) => ({
      roles: { in: data?.channel === 'abuse' ? ['abuseSpecialist', 'admin'] : ['handler', 'admin'] },
    }),
  },
  {
    name: 'duplicateOf',
    type: 'relationship',
    relationTo: 'cases',
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.duplicateOf),
      description: 'Closed as a duplicate of this case (“Close as duplicate…”); the customer was told its number.',
    },
  },
  {
    name: 'duplicates',
    type: 'join',
    collection: 'cases',
    on: 'duplicateOf',
    admin: {
      allowCreate: false,
      position: 'sidebar',
      defaultColumns: ['caseNumber', 'status', 'receivedAt'],
      // Only where there are some: an empty "No results" on every case is noise.
      condition: (data) => Boolean((data?.duplicates as { docs?: unknown[] } | undefined)?.docs?.length),
    },
  },
  languageField,
  anonymisedAtField,
  // The page reads top-down: the dates, what the customer wrote, their history,
  // what was sent and done, and last the answer and the next step.
  ...pick(workflow, ['deadlineSummary']),
  ...omit(workflow, ['deadlineSummary', 'answer', 'actions', 'reply', 'addNote']),
  {
    name: 'escalationWindowEndsAt',
    type: 'date',
    access: { create: () => false, update: () => false },
    admin: {
      readOnly: true,
      // Shown in the Berlin summary at the top of the case.
      condition: () => false,
      description: 'The customer may escalate until then; without an escalation the case closes.',
      date: { pickerAppearance: 'dayAndTime' },
    },
  },
  reporterGroup,
  domainsArray,
  {
    name: 'complaint',
    type: 'group',
    admin: { condition: (data) => data?.channel !== 'abuse' },
    fields: [
      { name: 'topic', type: 'select', options: siteOptions('complaint.topic', complaintTopics) },
      { name: 'description', type: 'textarea' },
      { name: 'expectedOutcome', type: 'textarea' },
    ],
  },
  {
    name: 'abuse',
    type: 'group',
    admin: { condition: (data) => data?.channel === 'abuse' },
    fields: [
      { name: 'category', type: 'select', options: siteOptions('abuse.category', abuseCategories), index: true },
      { name: 'reporterType', type: 'select', options: siteOptions('abuse.reporterType', reporterTypes) },
      { name: 'authorityReference', type: 'text' },
      { name: 'urls', type: 'array', fields: [{ name: 'url', type: 'text', required: true }] },
      { name: 'evidence', type: 'textarea' },
      { name: 'attachments', type: 'relationship', relationTo: 'evidence', hasMany: true },
      {
        name: 'goodFaith',
        type: 'checkbox',
        admin: { description: 'The reporter confirmed the report is made in good faith.' },
      },
      {
        name: 'forwardTo',
        type: 'group',
        label: 'Forward to the registrant',
        admin: {
          description:
            'Enter the registrant’s address and save: they get the report by mail, without the reporter’s name, address, phone or organisation unless the reporter agreed to share them. Recorded in the timeline.',
        },
        fields: [
          { name: 'email', type: 'email' },
          {
            name: 'language',
            type: 'select',
            defaultValue: 'en',
            options: locales.map(({ code, label }) => ({ value: code, label })),
          },
        ],
      },
      ...consentFields,
    ],
  },
  {
    name: 'accessTokenHash',
    type: 'text',
    index: true,
    hidden: true,
    access: { read: () => false, update: () => false },
  },
  {
    // The same token sealed with the server's secret, so later mail can repeat the link.
    name: 'accessTokenSealed',
    type: 'text',
    hidden: true,
    access: { read: () => false, update: () => false },
  },
  { name: 'relatedRecords', type: 'ui', admin: { components: { Field: '/components/RelatedRecords#RelatedRecords' } } },
  conversationField,
  sentMessages('case'),
  {
    name: 'timeline',
    type: 'join',
    collection: 'case-events',
    on: 'case',
    defaultSort: '-at',
    // Written by the desk only: nobody adds an entry by hand.
    admin: { allowCreate: false, defaultColumns: ['at', 'type', 'summary', 'actor', 'note'] },
  },
  ...pick(workflow, ['answer', 'actions', 'reply', 'addNote']),
];
