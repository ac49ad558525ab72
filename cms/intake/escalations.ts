import type { PayloadRequest } from 'payload';
import { deadlineRules } from '@shared/calendar/deadlines';
import { formatDeadline } from '@shared/i18n/formatDate';
import type { Locale } from '@shared/i18n/locales';
import { validationMessage } from '@shared/i18n/validation';
import { escalationSchema } from '@shared/schemas/escalation';
import { hasRole } from '../access/roles';
import { escalationRefusal, findEscalatedCase } from '../collections/Escalations/findEscalatedCase';
import { moveEscalatedCase } from '../collections/Escalations/moveCase';
import { submissionKeyOf } from '../hooks/repeatedSubmission';
import { escalationReceiptMessages } from '../mail/events/escalationMail';
import { queueMails } from '../mail/queue';
import type { Case, Escalation } from '../payload-types';
import { relationId } from '../utilities/relationId';
import { invalidSubmission, refuse, requestLocale } from '../workflow/errors';
import { hasTimelineEntry, writeTimeline, type TimelineTarget } from '../workflow/recordTimeline';
import { checkReceivedAt } from './deadlines';
import type { IntakePipeline } from './pipeline';

const refuseFor = async (req: PayloadRequest, locale: Locale, found: Case, receivedAt: Date, path: string) => {
  const { totalDocs } = await req.payload.count({
    collection: 'escalations',
    where: { case: { equals: found.id } },
    overrideAccess: true,
    req,
  });
  const refusal = escalationRefusal(found, receivedAt, totalDocs > 0);
  if (!refusal) return;
  const date = found.escalationWindowEndsAt ? formatDeadline(found.escalationWindowEndsAt, locale) : '';
  refuse('escalations', req, path, validationMessage(locale, refusal).replace('{date}', date));
};

const readCase = (req: PayloadRequest, id: unknown): Promise<Case | undefined> =>
  req.payload
    .findByID({ collection: 'cases', id: id as number, depth: 0, overrideAccess: true, showHiddenFields: true })
    .catch(() => undefined);

const target = (doc: Escalation): TimelineTarget => ({
  caseId: relationId(doc.case) as number,
  escalationId: doc.id,
  channel: 'complaint',
});

// Escalated complaints. From the site, the escalation names its case by token
// or by number and e-mail; a late, early or unknown one is refused with a
// reason the customer can act on. Staff entering an escalation that came by
// letter pick the case and give the real time of receipt; the same window rule
// applies.
export const escalationPipeline: IntakePipeline<Escalation> = {
  collection: 'escalations',
  validate: async ({ data, req, state }) => {
    if (state.source === 'staff') {
      if (req.user && !hasRole(req.user, 'handler'))
        refuse('escalations', req, 'case', 'Only complaints handlers file escalations.');
      checkReceivedAt('escalations', req, data.receivedAt);
      const found = await readCase(req, relationId(data.case));
      if (!found) return refuse('escalations', req, 'case', 'Choose the complaint this escalation is about.');
      await refuseFor(req, 'en', found, new Date((data.receivedAt as string | undefined) ?? Date.now()), 'case');
      state.escalatedCase = found;
      return { ...data, receivedVia: data.receivedVia ?? 'post' };
    }
    const locale = requestLocale(req);
    const parsed = escalationSchema.safeParse(data);
    if (!parsed.success) return invalidSubmission('escalations', req, parsed.error);
    const input = parsed.data;
    const found = await findEscalatedCase({
      payload: req.payload,
      token: input.token,
      caseNumber: input.caseNumber,
      email: input.email,
    });
    const path = input.token ? 'token' : 'caseNumber';
    if (!found) return refuse('escalations', req, path, validationMessage(locale, 'escalationNotFound'));
    const receivedAt = new Date();
    await refuseFor(req, locale, found, receivedAt, path);
    state.escalatedCase = found;
    return {
      case: found.id,
      language: input.language,
      receivedVia: 'web',
      receivedAt: receivedAt.toISOString(),
      reporter: {
        name: input.name,
        email: input.email,
        phone: input.phone,
        customerNumber: input.customerNumber,
        organisation: input.organisation,
      },
      domains: input.domains,
      description: input.description,
      reasonUnsatisfied: input.reasonUnsatisfied,
      expectedSteps: input.expectedSteps,
      submissionKey: submissionKeyOf(data),
    };
  },
  number: { field: 'escalationNumber', series: () => 'escalation' },
  // Their own deadlines: acknowledgement in 2 business days, final answer in 10.
  deadlines: { acknowledgementDays: deadlineRules.escalationAcknowledgement, answerDays: deadlineRules.finalAnswer },
  followUps: {
    receipt: async ({ req, doc, repairing }) => {
      if (repairing && (await hasTimelineEntry(req, target(doc), 'escalated'))) return;
      await writeTimeline({
        req,
        target: target(doc),
        entries: [
          {
            type: 'escalated',
            summary: `Escalation ${String(doc.escalationNumber)} received via ${String(doc.receivedVia)}`,
            details: { receivedAt: doc.receivedAt, deadlines: doc.deadlines },
          },
        ],
      });
    },
    mail: async ({ req, doc, state, repairing }) =>
      queueMails(req, await escalationReceiptMessages(req, doc, state.escalatedCase), { fresh: !repairing }),
    // Last: the case's own save runs its hooks (timeline, urgency) in this transaction.
    caseMoved: async ({ req, doc, state }) => {
      const caseId = relationId(doc.case) as number;
      const current = state.escalatedCase ?? (await readCase(req, caseId));
      if (current?.status === 'escalated') return;
      await moveEscalatedCase(req, caseId, 'escalated');
    },
  },
  confirm: (doc) => doc,
  restoreState: async (req, doc) => ({ source: 'site', escalatedCase: await readCase(req, relationId(doc.case)) }),
};
