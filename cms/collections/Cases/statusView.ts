import type { Payload } from 'payload';
import type { CaseStatusView, StatusPromise } from '@shared/types/caseStatus';
import type { Case, Escalation } from '../../payload-types';
import { findCaseByToken } from './byToken';
import { readCustomerConversation } from '../../conversation/customer';
import { effectiveAnswerDue } from '../../workflow/nextDeadline';
import type { WorkflowDoc } from '../../workflow/types';

const canEscalate = (doc: Case, now: Date) =>
  doc.channel === 'complaint' &&
  doc.status === 'answered' &&
  Boolean(doc.escalationWindowEndsAt && now <= new Date(doc.escalationWindowEndsAt));

// Each promise with the date it was kept; an extension shows the date it moved from.
const promisesOf = (doc: Case | Escalation, answer: 'answer' | 'finalAnswer'): StatusPromise[] => {
  const answerDue = effectiveAnswerDue(doc as WorkflowDoc);
  const originalDue = doc.deadlines?.answerDueAt ?? null;
  return [
    {
      kind: 'acknowledgement',
      dueAt: doc.deadlines?.acknowledgementDueAt ?? null,
      keptAt: doc.milestones?.acknowledgedAt ?? null,
      extendedFrom: null,
    },
    {
      kind: answer,
      dueAt: answerDue,
      keptAt: doc.milestones?.answeredAt ?? null,
      extendedFrom: answerDue !== originalDue ? originalDue : null,
    },
  ];
};

const texts = <F extends string>(source: Partial<Record<F, string | null | undefined>>, fields: F[]) =>
  fields.flatMap((field) => (source[field]?.trim() ? [{ field, text: source[field].trim() }] : []));

export const findCaseStatus = async (payload: Payload, token: string): Promise<CaseStatusView | undefined> => {
  const doc = await findCaseByToken(payload, token);
  if (!doc) return undefined;
  const escalations = await payload.find({
    collection: 'escalations',
    where: { case: { equals: doc.id } },
    limit: 1,
    depth: 0,
  });
  const escalation = escalations.docs[0];
  // Every message to the customer and from them, the escalation's too (they carry the case).
  const conversation = await readCustomerConversation({
    payload,
    caseId: doc.id,
    customerAddresses: [doc.reporter.email ?? '', escalation?.reporter?.email ?? ''],
  });
  return {
    caseNumber: doc.caseNumber ?? '',
    channel: doc.channel,
    status: doc.status,
    language: doc.language,
    receivedAt: doc.receivedAt,
    receivedVia: doc.receivedVia,
    filed: {
      name: doc.reporter.name,
      email: doc.reporter.email ?? '',
      topic: doc.complaint?.topic ?? null,
      category: doc.abuse?.category ?? null,
      domains: (doc.domains ?? []).map((domain) => domain.unicode),
      texts: [
        ...texts(doc.complaint ?? {}, ['description', 'expectedOutcome']),
        ...texts({ urls: (doc.abuse?.urls ?? []).map((entry) => entry.url).join('\n') }, ['urls']),
        ...texts(doc.abuse ?? {}, ['evidence']),
      ],
    },
    promises: promisesOf(doc, 'answer'),
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
          status: escalation.status,
          receivedAt: escalation.receivedAt,
          texts: texts(escalation, ['description', 'reasonUnsatisfied', 'expectedSteps']),
          promises: promisesOf(escalation, 'finalAnswer'),
          finalAnswer: escalation.milestones?.answeredAt ? (escalation.answer ?? null) : null,
          answeredAt: escalation.milestones?.answeredAt ?? null,
          acknowledgementDueAt: escalation.deadlines?.acknowledgementDueAt ?? null,
          answerDueAt: effectiveAnswerDue(escalation as WorkflowDoc),
        }
      : null,
    procedureInForce:
      doc.procedureInForce?.versionId && doc.procedureInForce.publishedAt
        ? { versionId: doc.procedureInForce.versionId, publishedAt: doc.procedureInForce.publishedAt }
        : null,
    conversation,
  };
};
