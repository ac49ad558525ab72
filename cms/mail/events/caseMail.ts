import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import type { Case } from '../../payload-types';
import { workflowChanges } from '../../hooks/context';
import type { Outgoing } from '../queue';
import { adminUrl, caseStatusUrl, statusUrl } from '../links';
import type { Reference } from '../messages';
import { relationId } from '../../utilities/relationId';
import type { WorkflowDoc } from '../../workflow/types';
import { staffDeadline } from '../../workflow/urgency';
import { channelTeam, responsibleStaff } from '../recipients';
import { customerMailer, customerMessage, notifyTeam, teamMessages } from './audiences';

const customerText = (doc: Case) => doc.complaint?.description ?? doc.abuse?.evidence ?? null;

export const customerRecord = (doc: Case) => ({
  key: `cases:${doc.id}`,
  channel: doc.channel,
  language: doc.language as Locale,
  reporter: doc.reporter,
  relations: { case: doc.id },
});

export const referenceOf = (doc: Case): Reference => ({ kind: doc.channel, caseNumber: doc.caseNumber ?? '' });

// The topic or category the customer chose, as a key the mail names in each reader's language.
const choiceOf = (doc: Case): string | null =>
  doc.complaint?.topic
    ? `complaint.topic.${doc.complaint.topic}`
    : doc.abuse?.category
      ? `abuse.category.${doc.abuse.category}`
      : null;

// The mail a new case causes: the acknowledgement (with the status link, whose
// token only the intake knows) and the team's notice, an authority's report
// flagged urgent. Queued by the intake in one write (cms/intake/).
export const caseReceiptMessages = async (
  req: PayloadRequest,
  doc: Case,
  accessToken?: string,
  { acknowledge = true }: { acknowledge?: boolean } = {},
): Promise<Outgoing[]> => {
  const language = doc.language as Locale;
  const ref = referenceOf(doc);
  const team = await channelTeam(req, doc.channel);
  const base = { channel: doc.channel, relations: { case: doc.id } };
  const open = adminUrl(req.payload, 'cases', doc.id);
  const acknowledgement = !acknowledge
    ? []
    : await customerMessage(req, customerRecord(doc), 'acknowledgement', 'acknowledgement', {
        ref,
        receivedAt: doc.receivedAt,
        answerDueAt: doc.deadlines?.answerDueAt ?? doc.receivedAt,
        statusUrl: accessToken ? statusUrl(language, accessToken) : undefined,
        customerText: customerText(doc),
        choice: choiceOf(doc),
      });
  const notice = teamMessages(
    req,
    team,
    'newCase',
    { ...base, eventKey: `cases:${doc.id}:newCase` },
    {
      ref,
      filedBy: `${doc.reporter.name} <${doc.reporter.email}>`,
      receivedAt: doc.receivedAt,
      customerText: customerText(doc),
      adminUrl: open,
      choice: choiceOf(doc),
    },
  );
  const urgent = doc.deadlines?.reviewDueAt
    ? teamMessages(
        req,
        team,
        'urgentAbuse',
        { ...base, eventKey: `cases:${doc.id}:urgentAbuse` },
        {
          ref,
          authorityReference: doc.abuse?.authorityReference || '—',
          reviewDueAt: doc.deadlines.reviewDueAt,
          adminUrl: open,
        },
      )
    : [];
  return [...acknowledgement, ...notice, ...urgent];
};

// The mail a staff save of a case causes: the assignee's notice, an extension
// notice, the answer, and the closing notice when the escalation window ends.
export const mailCaseEvents: CollectionAfterChangeHook<Case> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update') return doc;
  const changes = workflowChanges.get(context) ?? {};
  const language = doc.language as Locale;
  const ref = referenceOf(doc);
  const toCustomer = customerMailer(req, customerRecord(doc));
  const link = () => caseStatusUrl(req, doc.id, language);

  const assignee = relationId(doc.assignee);
  if (assignee !== undefined && assignee !== relationId(previousDoc?.assignee)) {
    const members = await responsibleStaff(req, doc.channel, assignee);
    const by = req.user?.collection === 'users' ? (req.user.name ?? req.user.email) : 'The desk';
    const due = staffDeadline(doc as WorkflowDoc);
    await notifyTeam(
      req,
      members,
      'assigned',
      // Each hand-over is its own event: assigned, taken away, assigned again.
      { eventKey: `cases:${doc.id}:assigned:${doc.updatedAt}`, channel: doc.channel, relations: { case: doc.id } },
      {
        ref,
        assignedBy: by,
        deadline: doc.status === 'received' ? 'acknowledgement' : 'answer',
        dueAt: due,
        adminUrl: adminUrl(req.payload, 'cases', doc.id),
      },
    );
  }
  if (changes.extension) {
    const { expectedAnswerAt, reason } = changes.extension;
    await toCustomer('extension', `extension:${expectedAnswerAt}`, {
      ref,
      expectedAnswerAt,
      reason,
      statusUrl: await link(),
    });
  }
  if (changes.statusChange?.to === 'answered') {
    await toCustomer('answer', 'answer', {
      ref,
      answer: doc.answer ?? '',
      // Only complaints can be escalated; an abuse report's answer says nothing about it.
      escalateUntil: doc.channel === 'complaint' ? doc.escalationWindowEndsAt : null,
      statusUrl: await link(),
    });
  }
  if (changes.statusChange?.to === 'closed' && doc.closeReason === 'duplicate' && doc.duplicateOf) {
    const original =
      typeof doc.duplicateOf === 'object'
        ? doc.duplicateOf
        : await req.payload.findByID({ collection: 'cases', id: doc.duplicateOf, depth: 0, req });
    await toCustomer('closedAsDuplicate', 'duplicate', {
      ref,
      original: original.caseNumber ?? '',
      statusUrl: await link(),
    });
  }
  if (changes.statusChange?.to === 'closed' && doc.closeReason === 'noEscalation' && doc.channel === 'complaint') {
    await toCustomer('windowClosed', 'windowClosed', {
      ref,
      answeredAt: doc.milestones?.answeredAt ?? doc.receivedAt,
      statusUrl: await link(),
    });
  }
  return doc;
};
