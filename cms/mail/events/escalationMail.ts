import type { CollectionAfterChangeHook } from 'payload';
import type { Locale } from '../../../shared/i18n/locales';
import type { Escalation } from '../../payload-types';
import { relationId } from '../../utilities/relationId';
import type { WorkflowChanges } from '../../workflow/types';
import { adminUrl, caseStatusUrl } from '../links';
import type { MessageFacts, MessageKind, Reference } from '../messages';
import { queueMail } from '../queue';
import { channelTeam, replyAddress } from '../recipients';
import { notifyTeam } from './caseMail';

// The mail an escalation's saves cause: its acknowledgement (subject carrying
// the word "complaint" in the customer's language) and the handlers' notice, an
// extension notice, and the final answer.
export const mailEscalationEvents: CollectionAfterChangeHook<Escalation> = async ({ doc, operation, req, context }) => {
  const changes = (context.workflow ?? {}) as WorkflowChanges;
  const caseId = relationId(doc.case) as number;
  const escalated = await req.payload.findByID({
    collection: 'cases',
    id: caseId,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const language = doc.language as Locale;
  const ref: Reference = {
    kind: 'escalation',
    escalationNumber: doc.escalationNumber ?? '',
    caseNumber: escalated.caseNumber ?? '',
  };
  const relations = { case: caseId, escalation: doc.id };
  const toCustomer = async <K extends MessageKind>(kind: K, event: string, facts: MessageFacts<K>) =>
    queueMail(
      req,
      kind,
      {
        eventKey: `escalations:${doc.id}:${event}`,
        audience: 'customer',
        channel: 'complaint',
        language,
        to: doc.reporter.email,
        name: doc.reporter.name,
        replyTo: await replyAddress(req, 'complaint'),
        relations,
      },
      facts,
    );
  const statusUrl = await caseStatusUrl(req, caseId, language);

  if (operation === 'create') {
    await toCustomer('acknowledgement', 'acknowledgement', {
      ref,
      receivedAt: doc.receivedAt,
      answerDueAt: doc.deadlines?.answerDueAt ?? doc.receivedAt,
      statusUrl,
      customerText: doc.reasonUnsatisfied,
    });
    await notifyTeam(
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
  }
  if (changes.extension) {
    await toCustomer('extension', `extension:${changes.extension.expectedAnswerAt}`, {
      ref,
      expectedAnswerAt: changes.extension.expectedAnswerAt,
      reason: changes.extension.reason,
      statusUrl,
    });
  }
  if (changes.statusChange?.to === 'answered') {
    await toCustomer('finalAnswer', 'finalAnswer', { ref, answer: doc.answer ?? '', statusUrl });
  }
  return doc;
};
