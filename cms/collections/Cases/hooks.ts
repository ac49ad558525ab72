import type { CollectionConfig } from 'payload';
import { deadlineRules } from '@shared/calendar/deadlines';
import { pinBerlinZone } from '../../fields/berlinTime';
import { answerRepeatedSubmission } from '../../hooks/repeatedSubmission';
import { casePipeline } from '../../intake/cases';
import { intakeHooks } from '../../intake/pipeline';
import { mailCaseEvents } from '../../mail/events/caseMail';
import { mailRegistrant, takeForwardRequest } from '../../mail/events/registrantMail';
import { applyWorkflow } from '../../workflow/applyWorkflow';
import { caseLifecycle } from '../../workflow/lifecycle';
import { setUrgency } from '../../workflow/urgency';
import { recordLaterConsent } from './consent';
import { listTotalAfterFind, listTotalBeforeFind } from './listTotal';
import { recordProcedureInForce } from '../../content/procedureInForce';
import { rollupsAfterChange, rollupsAfterDelete } from '../../reports/rollups/apply';
import { retireEventKeys } from '../../mail/retireEventKeys';
import { caseConfirmation } from '../../intake/cases';
import { recordCaseTimeline } from './timeline';

const intake = intakeHooks(casePipeline);

// Every hook of a case, in the order Payload runs them. A new case goes through
// its intake pipeline (cms/intake/cases.ts); a staff save through the rest.
// Each hook is small, reads what it needs from the typed context slots
// (hooks/context.ts) and is safe to run twice.
export const caseHooks: CollectionConfig['hooks'] = {
  // The staff list's first page with no filter of its own: its total from the
  // rollups instead of a count over every case (./listTotal.ts).
  beforeOperation: [listTotalBeforeFind],
  afterOperation: [listTotalAfterFind],
  beforeValidate: [
    // Create only: the form through zod (site) or the entry checked against the
    // role (staff), the receipt time, the status-link token.
    intake.validate,
    // A receipt time staff typed is Berlin time, wherever they sit.
    pinBerlinZone('receivedAt'),
  ],
  beforeChange: [
    // Create only: number, then deadlines (the calendar read once for the save).
    intake.prepare,
    // Create only, site or staff: the published procedure the customer filed under.
    recordProcedureInForce,
    // A consent recorded later is evidence: stamped before the save stores it.
    recordLaterConsent,
    // Takes the "forward to the registrant" request out of the record; mailed after the save.
    takeForwardRequest,
    // Status steps, milestones, extension, note: refuses a wrong step before anything is stored.
    applyWorkflow({ lifecycle: caseLifecycle, escalationWindowDays: deadlineRules.escalationWindow }),
    // Last: urgency follows from the deadlines and the status the hooks above settled.
    setUrgency,
  ],
  afterChange: [
    // Create only: receipt entry, evidence links, outbox messages and their job, then `complete`.
    intake.complete,
    // Update only: the timeline entries of a staff save (assignment, status, extension, note, consent).
    recordCaseTimeline,
    // Update only: the mail a staff save causes (assignee, extension, answer, closing notices).
    mailCaseEvents,
    // After the timeline hook: the forward's own entry follows the save's.
    mailRegistrant,
    // Per-save: every change (the intake's create, a staff save, a system move)
    // counted into the report's rollups, once the record's own work is done.
    rollupsAfterChange('cases'),
    // Last: the create response gets the status link's token, once; nothing after may drop it.
    intake.confirm,
  ],
  // Its mail stays in the outbox under retired keys (a later case may get its id).
  beforeDelete: [retireEventKeys('cases')],
  afterDelete: [rollupsAfterDelete('cases')],
  // REST only: a form the site sends again is answered with its first case.
  afterError: [answerRepeatedSubmission(caseConfirmation)],
};
