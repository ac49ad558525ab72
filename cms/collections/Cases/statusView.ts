import type { Payload } from 'payload';
import type { CaseStatusView } from '../../../shared/types/caseStatus';
import type { Case } from '../../payload-types';
import { hashAccessToken } from '../../workflow/accessToken';
import { effectiveAnswerDue } from '../../workflow/nextDeadline';
import type { WorkflowDoc } from '../../workflow/types';

const canEscalate = (doc: Case, now: Date) =>
  doc.channel === 'complaint' &&
  doc.status === 'answered' &&
  Boolean(doc.escalationWindowEndsAt && now <= new Date(doc.escalationWindowEndsAt));

export const findCaseStatus = async (payload: Payload, token: string): Promise<CaseStatusView | undefined> => {
  if (!/^[\w-]{20,100}$/.test(token)) return undefined;
  const { docs } = await payload.find({
    collection: 'cases',
    where: { accessTokenHash: { equals: hashAccessToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const doc = docs[0];
  if (!doc) return undefined;
  const [escalations, messages] = await Promise.all([
    payload.find({ collection: 'escalations', where: { case: { equals: doc.id } }, limit: 1, depth: 0 }),
    payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: doc.id } }, { type: { equals: 'messageToCustomer' } }] },
      sort: 'at',
      limit: 100,
      depth: 0,
    }),
  ]);
  const escalation = escalations.docs[0];
  return {
    caseNumber: doc.caseNumber ?? '',
    channel: doc.channel,
    status: doc.status,
    language: doc.language,
    receivedAt: doc.receivedAt,
    acknowledgementDueAt: doc.deadlines?.acknowledgementDueAt ?? null,
    answerDueAt: effectiveAnswerDue(doc as WorkflowDoc),
    acknowledgedAt: doc.milestones?.acknowledgedAt ?? null,
    answeredAt: doc.milestones?.answeredAt ?? null,
    closedAt: doc.milestones?.closedAt ?? null,
    escalationWindowEndsAt: doc.escalationWindowEndsAt ?? null,
    canEscalate: canEscalate(doc, new Date()),
    answer: doc.milestones?.answeredAt ? (doc.answer ?? null) : null,
    escalation: escalation
      ? {
          escalationNumber: escalation.escalationNumber ?? '',
          finalAnswer: escalation.milestones?.answeredAt ? (escalation.answer ?? null) : null,
          status: escalation.status,
          acknowledgementDueAt: escalation.deadlines?.acknowledgementDueAt ?? null,
          answerDueAt: effectiveAnswerDue(escalation as WorkflowDoc),
        }
      : null,
    messages: messages.docs.map((message) => ({ at: message.at, summary: message.summary })),
  };
};
