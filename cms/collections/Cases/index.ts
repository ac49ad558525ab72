import type { CollectionConfig } from 'payload';
import { channelAccess, hasRole, isAdmin, isSiteClient } from '../../access/roles';
import { bulkEditOnly } from '../../fields/bulkEdit';
import { submissionKeyField } from '../../hooks/repeatedSubmission';
import { intakeStepField } from '../../intake/field';
import { workflowActionsEndpoint } from '../../workflow/actions';
import { replyEndpoints } from '../../replies/endpoint';
import { caseStatusEndpoint } from './endpoints/status';
import { caseStatusReplyEndpoint } from './endpoints/statusReply';
import { caseFields } from './fields';
import { caseHooks } from './hooks';
import { plainColumnHeadings } from '../../fields/plainColumnHeadings';
import { procedureInForceField } from '../../content/procedureInForce';

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
  // Most urgent first, then the nearest deadline, then the oldest. The last key
  // is not decoration: both database adapters append `-createdAt` to any sort
  // that names no `createdAt` (to make the order stable), and a descending last
  // key no index below could serve: MongoDB would then read and sort every case
  // for the first page. Naming it here, ascending, keeps the whole sort in the index.
  defaultSort: ['deadlines.urgencyRank', 'deadlines.nextDeadlineAt', 'createdAt'],
  // The staff list's default order read straight from an index, at any size:
  // for the admin (all cases) and for a team that sees one channel
  // (test/int/case-list-index.test.ts asks each database).
  indexes: [
    { fields: ['deadlines.urgencyRank', 'deadlines.nextDeadlineAt', 'createdAt'] },
    { fields: ['channel', 'deadlines.urgencyRank', 'deadlines.nextDeadlineAt', 'createdAt'] },
  ],
  enableQueryPresets: true,
  access: {
    create: ({ req }) => isSiteClient(req.user) || hasRole(req.user, 'handler', 'abuseSpecialist'),
    read: channelAccess,
    update: channelAccess,
    delete: isAdmin,
  },
  // In the order they run, each with its reason: ./hooks.ts.
  hooks: caseHooks,
  endpoints: [
    caseStatusEndpoint,
    caseStatusReplyEndpoint,
    workflowActionsEndpoint('cases'),
    ...replyEndpoints('cases'),
  ],
  fields: plainColumnHeadings(
    bulkEditOnly(['assignee', 'addNote'], [...caseFields, submissionKeyField, procedureInForceField, intakeStepField]),
  ),
};
