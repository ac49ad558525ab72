import type { CollectionConfig } from 'payload';
import { deadlineRules } from '../../../shared/calendar/deadlines';
import { allowRoles, hasRole, isAdmin, isSiteClient } from '../../access/roles';
import { workflowActionsEndpoint } from '../../workflow/actions';
import { applyWorkflow } from '../../workflow/applyWorkflow';
import { mailEscalationEvents } from '../../mail/events/escalationMail';
import { escalationLifecycle } from '../../workflow/lifecycle';
import { recordTimeline } from '../../workflow/recordTimeline';
import { setReceiptDeadlines } from '../../workflow/setReceiptDeadlines';
import { setUrgency } from '../../workflow/urgency';
import { assignNumber } from '../Cases/hooks/assignNumber';
import { relationId } from '../../utilities/relationId';
import { pinBerlinZone } from '../../fields/berlinTime';
import { bulkEditOnly } from '../../fields/bulkEdit';
import { plainColumnHeadings } from '../../fields/plainColumnHeadings';
import { escalationFields } from './fields';
import { procedureInForceField, recordProcedureInForce } from '../../content/procedureInForce';
import { acceptEscalation } from './hooks/acceptEscalation';
import { moveCase } from './hooks/moveCase';
import { answerRepeatedSubmission, submissionKeyField } from '../../hooks/repeatedSubmission';
import { rollupsAfterChange, rollupsAfterDelete } from '../../reports/rollups/apply';

// Escalated complaints: the customer was not satisfied with the answer. Their
// own deadlines: acknowledgement in 2 business days, final answer in 10.
export const Escalations: CollectionConfig = {
  slug: 'escalations',
  admin: {
    useAsTitle: 'escalationNumber',
    defaultColumns: ['escalationNumber', 'case', 'status', 'deadlines.nextDeadlineAt', 'deadlines.urgency', 'language'],
    group: 'Cases',
  },
  defaultSort: ['deadlines.urgencyRank', 'deadlines.nextDeadlineAt'],
  enableQueryPresets: true,
  access: {
    create: ({ req }) => isSiteClient(req.user) || hasRole(req.user, 'handler'),
    read: allowRoles('handler'),
    update: allowRoles('handler'),
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [
      answerRepeatedSubmission((doc) => ({ escalationNumber: doc.escalationNumber, deadlines: doc.deadlines })),
    ],
    beforeValidate: [acceptEscalation, pinBerlinZone('receivedAt')],
    beforeChange: [
      recordProcedureInForce,
      setReceiptDeadlines({
        acknowledgementDays: deadlineRules.escalationAcknowledgement,
        answerDays: deadlineRules.finalAnswer,
      }),
      applyWorkflow({ lifecycle: escalationLifecycle }),
      setUrgency,
      assignNumber({ field: 'escalationNumber', series: () => 'escalation' }),
    ],
    afterChange: [
      rollupsAfterChange('escalations'),
      recordTimeline({
        target: (doc) => ({
          caseId: relationId(doc.case) as number,
          escalationId: doc.id as number,
          channel: 'complaint',
        }),
        describeCreate: (doc) => ({
          type: 'escalated',
          summary: `Escalation ${String(doc.escalationNumber)} received via ${String(doc.receivedVia)}`,
          details: { receivedAt: doc.receivedAt, deadlines: doc.deadlines },
        }),
      }),
      mailEscalationEvents,
      moveCase,
    ],
    afterDelete: [rollupsAfterDelete('escalations')],
  },
  endpoints: [workflowActionsEndpoint('escalations')],
  fields: plainColumnHeadings(
    bulkEditOnly(['addNote'], [...escalationFields, submissionKeyField, procedureInForceField]),
  ),
};
