import type { PayloadRequest } from 'payload';
import { deadlineRules } from '@shared/calendar/deadlines';
import { validationMessage } from '@shared/i18n/validation';
import { MAX_EVIDENCE_FILES } from '@shared/limits';
import { abuseReportSchema } from '@shared/schemas/abuseReport';
import { complaintSchema } from '@shared/schemas/complaint';
import { onlyOffered } from '@shared/schemas/offered';
import { hasRole } from '../access/roles';
import { caseReceiptEntry, caseTimelineTarget } from '../collections/Cases/timeline';
import { abuseReportToCase, complaintToCase } from '../collections/Cases/intake';
import { submissionKeyOf } from '../hooks/repeatedSubmission';
import { caseReceiptMessages } from '../mail/events/caseMail';
import { sealToken, unsealToken } from '../mail/links';
import { queueMails } from '../mail/queue';
import type { Case } from '../payload-types';
import { relationId } from '../utilities/relationId';
import { hashAccessToken, newAccessToken } from '../workflow/accessToken';
import { invalidSubmission, refuse, requestLocale } from '../workflow/errors';
import { hasTimelineEntry, writeTimeline } from '../workflow/recordTimeline';
import { checkReceivedAt } from './deadlines';
import { offeredChoices } from './offered';
import type { IntakePipeline } from './pipeline';
import type { IntakeState } from './types';

type Data = Record<string, unknown>;

// Every new case gets the token of its private status link; the raw token is
// handed back once (confirm) and put in the acknowledgement, only its hash and
// a sealed copy are kept.
const withToken = (data: Data, req: PayloadRequest, state: IntakeState): Data => {
  const token = newAccessToken();
  state.accessToken = token;
  return { ...data, accessTokenHash: hashAccessToken(token), accessTokenSealed: sealToken(req.payload, token) };
};

// A create from the public site carries the form as the reader filled it in: it
// is checked with the same zod schema the site uses, and only what the schema
// accepts is kept, so nobody outside can set a status, a receipt time or a case
// number. Only the topics and categories editors offer (published Form
// choices) are accepted.
const fromSite = async (data: Data, req: PayloadRequest): Promise<Data> => {
  const receivedAt = new Date();
  const base = {
    receivedVia: 'web',
    receivedAt: receivedAt.toISOString(),
    status: 'received',
    submissionKey: submissionKeyOf(data),
  };
  const offered = await offeredChoices(req);
  if (data.channel !== 'abuse') {
    const complaint = onlyOffered(complaintSchema, 'topic', offered.complaintTopics).safeParse(data);
    if (!complaint.success) return invalidSubmission('cases', req, complaint.error);
    return { ...base, ...complaintToCase(complaint.data) };
  }
  const report = onlyOffered(abuseReportSchema, 'category', offered.abuseCategories).safeParse(data);
  if (!report.success) return invalidSubmission('cases', req, report.error);
  const attachments = Array.isArray(data.attachments) ? (data.attachments as (number | string)[]) : [];
  if (attachments.length > MAX_EVIDENCE_FILES) {
    refuse('cases', req, 'attachments', validationMessage(requestLocale(req), 'tooManyFiles'));
  }
  return { ...base, ...abuseReportToCase(report.data, receivedAt, attachments) };
};

// Staff entering a case that came by mail, fax or phone use the collection's
// own fields, limited to the channels they work, with the real time of receipt.
// A mail to a desk mailbox comes this way too, without a user: its fields are
// built by cms/inbound/intake.ts, never taken from the sender.
const fromStaff = (data: Data, req: PayloadRequest): Data => {
  const channel = data.channel ?? 'complaint';
  const allowed = channel === 'abuse' ? hasRole(req.user, 'abuseSpecialist') : hasRole(req.user, 'handler');
  if (req.user && !allowed) refuse('cases', req, 'channel', 'Your role does not work this channel.');
  checkReceivedAt('cases', req, data.receivedAt);
  return { ...data, receivedVia: data.receivedVia ?? 'web' };
};

// Complaints and abuse reports: one collection, one pipeline, two number series.
export const casePipeline: IntakePipeline<Case> = {
  collection: 'cases',
  validate: async ({ data, req, state }) =>
    withToken(state.source === 'site' ? await fromSite(data, req) : fromStaff(data, req), req, state),
  number: { field: 'caseNumber', series: (data) => (data.channel === 'abuse' ? 'abuse' : 'complaint') },
  deadlines: { acknowledgementDays: deadlineRules.acknowledgement, answerDays: deadlineRules.answer },
  followUps: {
    receipt: async ({ req, doc, repairing }) => {
      const record = doc as unknown as Record<string, unknown>;
      const target = caseTimelineTarget(record);
      if (repairing && (await hasTimelineEntry(req, target, 'submitted'))) return;
      await writeTimeline({ req, target, entries: [caseReceiptEntry(record)] });
    },
    // Evidence is uploaded just before the report that cites it; once the report
    // exists, each file points back to its case (and so to who may read it).
    evidence: async ({ req, doc }) => {
      const ids = (doc.abuse?.attachments ?? []).map(relationId).filter((id) => id !== undefined);
      if (ids.length === 0) return;
      await req.payload.update({ collection: 'evidence', where: { id: { in: ids } }, data: { case: doc.id }, req });
    },
    mail: async ({ req, doc, state, repairing }) =>
      queueMails(
        req,
        await caseReceiptMessages(req, doc, state.accessToken, { acknowledge: state.acknowledge !== false }),
        { fresh: !repairing },
      ),
  },
  confirm: (doc, state) => (state.accessToken ? { ...doc, accessToken: state.accessToken } : doc),
  restoreState: async (req, doc) => ({
    source: 'site',
    accessToken: unsealToken(req.payload, doc.accessTokenSealed),
  }),
};

// The same answer for a form the site sends again (hooks/repeatedSubmission.ts):
// the first case's number, deadlines and status-link token.
export const caseConfirmation = (doc: Record<string, unknown>, req: PayloadRequest) => ({
  caseNumber: doc.caseNumber,
  deadlines: doc.deadlines,
  accessToken: unsealToken(req.payload, doc.accessTokenSealed),
});
