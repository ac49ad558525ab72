import type { CollectionConfig } from 'payload';
import { pinBerlinZone } from '../../fields/berlinTime';
import { answerRepeatedSubmission, checkRepeatedSubmission } from '../../hooks/repeatedSubmission';
import { escalationPipeline } from '../../intake/escalations';
import { intakeHooks } from '../../intake/pipeline';
import { mailEscalationEvents } from '../../mail/events/escalationMail';
import { relationId } from '../../utilities/relationId';
import { applyWorkflow } from '../../workflow/applyWorkflow';
import { escalationLifecycle } from '../../workflow/lifecycle';
import { recordTimeline } from '../../workflow/recordTimeline';
import { setUrgency } from '../../workflow/urgency';
import { closeCaseOnFinalAnswer } from './moveCase';
import { recordProcedureInForce } from '../../content/procedureInForce';
import { rollupsAfterChange, rollupsAfterDelete } from '../../reports/rollups/apply';
import { retireEventKeys } from '../../mail/retireEventKeys';

const intake = intakeHooks(escalationPipeline);

const confirmation = (doc: Record<string, unknown>) => ({
  escalationNumber: doc.escalationNumber,
  deadlines: doc.deadlines,
});

// Every hook of an escalation, in the order Payload runs them. A new
// escalation goes through its intake pipeline (cms/intake/escalations.ts); a
// staff save through the rest. Each is small, passes state through the typed
// context slots (hooks/context.ts) and is safe to run twice.
export const escalationHooks: CollectionConfig['hooks'] = {
  // Before validation, which would refuse a repeat as "already escalated".
  beforeOperation: [checkRepeatedSubmission(confirmation)],
  beforeValidate: [
    // Create only: the form through zod, the case found and its window checked.
    intake.validate,
    // A receipt time staff typed is Berlin time, wherever they sit.
    pinBerlinZone('receivedAt'),
  ],
  beforeChange: [
    // Create only: number, then deadlines (the calendar read once for the save).
    intake.prepare,
    // Create only, site or staff: the published procedure the customer filed under.
    recordProcedureInForce,
    // Status steps, milestones, extension, note: refuses a wrong step before anything is stored.
    applyWorkflow({ lifecycle: escalationLifecycle }),
    // Last: urgency follows from the deadlines and the status settled above.
    setUrgency,
  ],
  afterChange: [
    // Create only: receipt entry, outbox messages and their job, the case moved to "escalated".
    intake.complete,
    // Update only: the timeline entries of a staff save.
    recordTimeline({
      target: (doc) => ({
        caseId: relationId(doc.case) as number,
        escalationId: doc.id as number,
        channel: 'complaint',
      }),
    }),
    // Update only: extension notice and final answer.
    mailEscalationEvents,
    // After the final answer's mail is queued: the case closes with its escalation.
    closeCaseOnFinalAnswer,
    // Per-save: every change (the intake's create, a staff save) counted into the
    // report's rollups, once the record's own work is done.
    rollupsAfterChange('escalations'),
    intake.confirm,
  ],
  // Its mail stays in the outbox under retired keys (a later escalation may get its id).
  beforeDelete: [retireEventKeys('escalations')],
  afterDelete: [rollupsAfterDelete('escalations')],
  // REST only: two copies racing past the look-up above meet the key's unique index.
  afterError: [answerRepeatedSubmission(confirmation)],
};
