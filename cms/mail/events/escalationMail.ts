import type { CollectionAfterChangeHook } from 'payload';
import type { Locale } from '../../../shared/i18n/locales';
import type { Escalation } from '../../payload-types';
import type { WorkflowChanges } from '../../workflow/types';
import { adminUrl, caseStatusUrl } from '../links';
import { channelTeam } from '../recipients';
import { customerMailer, escalationReference, notifyTeam } from './audiences';

// The mail an escalation's saves cause: its acknowledgement (subject carrying
// the word "complaint" in the customer's language) and the handlers' notice, an
// extension notice, and the final answer.
export const mailEscalationEvents: CollectionAfterChangeHook<Escalation> = async ({ doc, operation, req, context }) => {
  const changes = (context.workflow ?? {}) as WorkflowChanges;
  const language = doc.language as Locale;
  const { ref, relations } = await escalationReference(req, doc);
  const toCustomer = customerMailer(req, {
    key: `escalations:${doc.id}`,
    channel: 'complaint',
    language,
    reporter: doc.reporter,
    relations,
  });
  const statusUrl = await caseStatusUrl(req, relations.case, language);

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
    const { expectedAnswerAt, reason } = changes.extension;
    await toCustomer('extension', `extension:${expectedAnswerAt}`, { ref, expectedAnswerAt, reason, statusUrl });
  }
  if (changes.statusChange?.to === 'answered') {
    await toCustomer('finalAnswer', 'finalAnswer', { ref, answer: doc.answer ?? '', statusUrl });
  }
  return doc;
};
