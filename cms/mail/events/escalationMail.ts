import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import { workflowChanges } from '../../hooks/context';
import type { Case, Escalation } from '../../payload-types';
import { adminUrl, caseStatusUrl, statusUrl, unsealToken } from '../links';
import type { Outgoing } from '../queue';
import { channelTeam } from '../recipients';
import { customerMailer, customerMessage, escalationReference, teamMessages } from './audiences';

export const customerRecord = (doc: Escalation, relations: { case: number; escalation: number }) => ({
  key: `escalations:${doc.id}`,
  channel: 'complaint' as const,
  language: doc.language as Locale,
  reporter: doc.reporter,
  relations,
});

// The mail a new escalation causes: its acknowledgement (subject carrying the
// word "complaint" in the customer's language) and the handlers' notice.
// `escalated`: the case, as the intake read it (with its sealed status token).
export const escalationReceiptMessages = async (
  req: PayloadRequest,
  doc: Escalation,
  escalated?: Case,
): Promise<Outgoing[]> => {
  const language = doc.language as Locale;
  const { ref, relations } = await escalationReference(req, doc, escalated);
  const token = escalated ? unsealToken(req.payload, escalated.accessTokenSealed) : undefined;
  const link = token ? statusUrl(language, token) : await caseStatusUrl(req, relations.case, language);
  const acknowledgement = await customerMessage(
    req,
    customerRecord(doc, relations),
    'acknowledgement',
    'acknowledgement',
    {
      ref,
      receivedAt: doc.receivedAt,
      answerDueAt: doc.deadlines?.answerDueAt ?? doc.receivedAt,
      statusUrl: link,
      customerText: doc.reasonUnsatisfied,
    },
  );
  const notice = teamMessages(
    req,
    await channelTeam(req, 'complaint'),
    'newCase',
    { eventKey: `escalations:${doc.id}:newCase`, channel: 'complaint', relations },
    {
      ref,
      filedBy: `${doc.reporter.name} <${doc.reporter.email}>`,
      receivedAt: doc.receivedAt,
      customerText: doc.reasonUnsatisfied,
      adminUrl: adminUrl(req.payload, 'escalations', doc.id),
    },
  );
  return [...acknowledgement, ...notice];
};

// The mail a staff save of an escalation causes: an extension notice and the
// final answer.
export const mailEscalationEvents: CollectionAfterChangeHook<Escalation> = async ({ doc, operation, req, context }) => {
  const changes = workflowChanges.get(context) ?? {};
  if (operation !== 'update' || (!changes.extension && changes.statusChange?.to !== 'answered')) return doc;
  const language = doc.language as Locale;
  const { ref, relations } = await escalationReference(req, doc);
  const toCustomer = customerMailer(req, customerRecord(doc, relations));
  const statusUrl = await caseStatusUrl(req, relations.case, language);
  if (changes.extension) {
    const { expectedAnswerAt, reason } = changes.extension;
    await toCustomer('extension', `extension:${expectedAnswerAt}`, { ref, expectedAnswerAt, reason, statusUrl });
  }
  if (changes.statusChange?.to === 'answered') {
    await toCustomer('finalAnswer', 'finalAnswer', { ref, answer: doc.answer ?? '', statusUrl });
  }
  return doc;
};
