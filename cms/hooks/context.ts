import type { RequestContext } from 'payload';
import type { BusinessCalendar } from '@shared/calendar/businessDays';
import type { Locale } from '@shared/i18n/locales';
import type { IntakeState } from '../intake/types';
import type { WorkflowChanges } from '../workflow/types';

// Payload hands every hook of one operation the same `context` object. The
// desk's hooks pass state to each other through it only via these slots: each
// has one name, one type and one writer, so a reader finds who sets what
// without searching for string keys.
export type ContextSlot<T> = {
  get: (context: RequestContext) => T | undefined;
  set: (context: RequestContext, value: T) => void;
  // A fresh context carrying this slot, for a nested operation.
  with: (value: T) => RequestContext;
};

const slot = <T>(key: string): ContextSlot<T> => ({
  get: (context) => context[key] as T | undefined,
  set: (context, value) => {
    context[key] = value;
  },
  with: (value) => ({ [key]: value }),
});

export const contextSlot = slot;

// A system save (the escalation intake moving its case, the jobs, a delivered
// acknowledgement) may use system-only statuses; `eventTime` is when the event
// really happened (the mail's delivery), so the milestone records that moment.
export const systemChange = slot<{ eventTime?: string }>('systemChange');

// What a staff save changed in the workflow (status step, extension, note):
// written by applyWorkflow, read by the timeline and mail hooks after the save.
export const workflowChanges = slot<WorkflowChanges>('workflow');

// The registrar's calendar, read once per save however many hooks need it
// (deadlines on receipt, urgency, the escalation window on an answer).
export const saveCalendar = slot<Promise<BusinessCalendar>>('calendar');

// An abuse specialist's "forward to the registrant": taken out of the record
// before the save (takeForwardRequest), mailed after it (mailRegistrant).
export const forwardRequest = slot<{ email: string; language: Locale }>('forwardToRegistrant');

// One intake's state from validation to confirmation (see cms/intake/).
export const intakeState = slot<IntakeState>('intake');

// Who brought an evidence file that no signed-in person uploaded (a partner's
// report, a machine report, a mail's attachment): written by storeEvidenceFiles
// and the mail intake (cms/inbound/attachments.ts), read by the evidence's
// fingerprint hook.
export const evidenceOrigin = slot<string>('evidenceOrigin');

// A create that files a mail to a desk mailbox (cms/inbound/intake.ts), and
// whether the sender gets an acknowledgement.
export const mailIntake = slot<{ acknowledge: boolean }>('mailIntake');
