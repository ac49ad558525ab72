import type { CollectionConfig } from 'payload';
import { deadlineRules } from '../../../shared/calendar/deadlines';
import { channelAccess, hasRole, isAdmin, isSiteClient } from '../../access/roles';
import { workflowActionsEndpoint } from '../../workflow/actions';
import { applyWorkflow } from '../../workflow/applyWorkflow';
import { mailCaseEvents } from '../../mail/events/caseMail';
import { mailRegistrant, takeForwardRequest } from '../../mail/events/registrantMail';
import { caseLifecycle } from '../../workflow/lifecycle';
import { setReceiptDeadlines } from '../../workflow/setReceiptDeadlines';
import { setUrgency } from '../../workflow/urgency';
import { caseStatusEndpoint } from './endpoints/status';
import { pinBerlinZone } from '../../fields/berlinTime';
import { bulkEditOnly } from '../../fields/bulkEdit';
import { plainColumnHeadings } from '../../fields/plainColumnHeadings';
import { recordLaterConsent } from './consent';
import { caseFields } from './fields';
import { acceptSubmission } from './hooks/acceptSubmission';
import { assignNumber } from './hooks/assignNumber';
import { linkAttachments } from './hooks/linkAttachments';
import { returnAccessToken } from './hooks/returnAccessToken';
import { recordCaseTimeline } from './timeline';
import { answerRepeatedSubmission, submissionKeyField } from '../../hooks/repeatedSubmission';
import { caseConfirmation } from './hooks/returnAccessToken';
import { procedureInForceField, recordProcedureInForce } from '../../content/procedureInForce';
import { rollupsAfterChange, rollupsAfterDelete } from '../../reports/rollups/apply';

// Complaints and abuse reports. The public files them through the site (which
// holds an API key) but never reads, lists or changes any; handlers work
// complaints, abuse specialists abuse reports.
export const Cases: CollectionConfig = {
  slug: 'cases',
  admin: {
    useAsTitle: 'caseNumber',
    // What staff triage by at a glance.
    defaultColumns: [
      'caseNumber',
      'reporter.name',
      'domains',
      'complaint.topic',
      'abuse.category',
      'receivedAt',
      'deadlines.nextDeadlineAt',
      'assignee',
      'status',
    ],
    group: 'Cases',
    // A domain is found as the customer wrote it or as the DNS spells it.
    listSearchableFields: [
      'caseNumber',
      'reporter.name',
      'reporter.email',
      'domains.unicode',
      'domains.ascii',
      'abuse.urls.url',
    ],
  },
  defaultSort: ['deadlines.urgencyRank', 'deadlines.nextDeadlineAt'],
  // The staff list's default order read straight from an index, at any size:
  // for the admin (all cases) and for a team that sees one channel.
  indexes: [
    { fields: ['deadlines.urgencyRank', 'deadlines.nextDeadlineAt'] },
    { fields: ['channel', 'deadlines.urgencyRank', 'deadlines.nextDeadlineAt'] },
  ],
  enableQueryPresets: true,
  access: {
    create: ({ req }) => isSiteClient(req.user) || hasRole(req.user, 'handler', 'abuseSpecialist'),
    read: channelAccess,
    update: channelAccess,
    delete: isAdmin,
  },
  hooks: {
    // A repeated form is answered with its first case before anything else runs.
    beforeOperation: [answerRepeatedSubmission(caseConfirmation)],
    beforeValidate: [acceptSubmission, pinBerlinZone('receivedAt')],
    beforeChange: [
      recordProcedureInForce,
      recordLaterConsent,
      takeForwardRequest,
      setReceiptDeadlines({ acknowledgementDays: deadlineRules.acknowledgement, answerDays: deadlineRules.answer }),
      applyWorkflow({ lifecycle: caseLifecycle, escalationWindowDays: deadlineRules.escalationWindow }),
      setUrgency,
      assignNumber({ field: 'caseNumber', series: (data) => (data.channel === 'abuse' ? 'abuse' : 'complaint') }),
    ],
    // The report's counters first: one write, done before anything that could fail.
    afterChange: [
      rollupsAfterChange('cases'),
      recordCaseTimeline,
      linkAttachments,
      mailCaseEvents,
      mailRegistrant,
      returnAccessToken,
    ],
    afterDelete: [rollupsAfterDelete('cases')],
  },
  endpoints: [caseStatusEndpoint, workflowActionsEndpoint('cases')],
  fields: plainColumnHeadings(
    bulkEditOnly(['assignee', 'addNote'], [...caseFields, submissionKeyField, procedureInForceField]),
  ),
};
