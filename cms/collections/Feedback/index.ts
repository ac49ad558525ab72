import type { CollectionConfig } from 'payload';
import { siteOptions } from '../../fields/siteOptions';
import { feedbackTopics } from '@shared/schemas/feedback';
import { allowRoles, hasRole, isAdmin, isSiteClient } from '../../access/roles';
import { anonymisedAtField } from '../../fields/anonymisedAt';
import { languageField } from '../../fields/submission';
import { feedbackPipeline } from '../../intake/feedback';
import { intakeStepField } from '../../intake/field';
import { intakeHooks } from '../../intake/pipeline';
import { answerRepeatedSubmission, submissionKeyField } from '../../hooks/repeatedSubmission';
import { rollupsAfterChange, rollupsAfterDelete } from '../../reports/rollups/apply';
import { retireEventKeys } from '../../mail/retireEventKeys';
import { wordOptions } from '../../fields/wordOptions';
import { feedbackStatusLabels } from './statusLabels';

const feedback = intakeHooks(feedbackPipeline);

// Comments and suggestions on policy, procedures and services. No deadline in the
// procedure: they are forwarded to the department concerned.
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Feedback', plural: 'Feedback' },
  admin: { defaultColumns: ['receivedAt', 'topic', 'department', 'status', 'language'], group: 'Cases' },
  defaultSort: '-receivedAt',
  access: {
    create: ({ req }) => isSiteClient(req.user) || hasRole(req.user, 'handler', 'abuseSpecialist'),
    read: allowRoles('handler', 'abuseSpecialist'),
    update: allowRoles('handler', 'abuseSpecialist'),
    delete: isAdmin,
  },
  // A new feedback goes through its intake pipeline (cms/intake/feedback.ts):
  // validated and routed, stored, mailed; staff saves have no hooks of their own.
  hooks: {
    beforeValidate: [feedback.validate],
    beforeChange: [feedback.prepare],
    afterChange: [
      feedback.complete,
      // Every save and deletion counted into the report's rollups.
      rollupsAfterChange('feedback'),
      feedback.confirm,
    ],
    // Its mail stays in the outbox under retired keys (a later record may get its id).
    beforeDelete: [retireEventKeys('feedback')],
    afterDelete: [rollupsAfterDelete('feedback')],
    // REST only: a form the site sends again (its key's unique index refuses it).
    afterError: [answerRepeatedSubmission(() => ({}))],
  },
  fields: [
    {
      name: 'topic',
      type: 'select',
      required: true,
      options: siteOptions('feedback.topic', feedbackTopics),
    },
    { name: 'message', type: 'textarea', required: true },
    {
      name: 'contact',
      type: 'group',
      admin: { description: 'Optional: only if the reader would like a reply.' },
      fields: [
        { name: 'name', type: 'text' },
        { name: 'email', type: 'email' },
      ],
    },
    { name: 'department', type: 'relationship', relationTo: 'departments', admin: { position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: wordOptions(feedbackStatusLabels),
      admin: { position: 'sidebar' },
    },
    languageField,
    anonymisedAtField,
    {
      name: 'receivedAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      access: { update: () => false },
    },
    submissionKeyField,
    intakeStepField,
  ],
};
