import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import type { Locale } from '../../../shared/i18n/locales';
import type { Case } from '../../payload-types';
import type { WorkflowChanges } from '../../workflow/types';
import { adminUrl, caseStatusUrl, statusUrl } from '../links';
import type { MessageFacts, MessageKind, Reference } from '../messages';
import { queueMail } from '../queue';
import { channelTeam, replyAddress, type Recipient } from '../recipients';

const customerText = (doc: Case) => doc.complaint?.description ?? doc.abuse?.evidence ?? null;

// Tells every member of a team, each in their own language; the colleague who
// entered the record already knows.
export const notifyTeam = async <K extends MessageKind>(
  req: PayloadRequest,
  team: Recipient[],
  kind: K,
  base: { eventKey: string; channel: 'complaint' | 'abuse'; relations: { case?: number; escalation?: number } },
  facts: MessageFacts<K>,
): Promise<void> => {
  const self = req.user?.collection === 'users' ? `user:${req.user.id}` : undefined;
  for (const member of team.filter((recipient) => recipient.key !== self)) {
    await queueMail(
      req,
      kind,
      {
        eventKey: `${base.eventKey}:${member.key}`,
        audience: 'staff',
        channel: base.channel,
        language: member.language,
        to: member.email,
        name: member.name,
        relations: base.relations,
      },
      facts,
    );
  }
};

// The mail a case's saves cause: the acknowledgement and the team's notice on
// receipt (an authority's report flagged urgent), an extension notice, the
// answer, and the closing notice when the escalation window ends.
export const mailCaseEvents: CollectionAfterChangeHook<Case> = async ({ doc, operation, req, context }) => {
  const changes = (context.workflow ?? {}) as WorkflowChanges;
  const language = doc.language as Locale;
  const ref: Reference = { kind: doc.channel, caseNumber: doc.caseNumber ?? '' };
  const toCustomer = async <K extends MessageKind>(kind: K, event: string, facts: MessageFacts<K>) =>
    queueMail(
      req,
      kind,
      {
        eventKey: `cases:${doc.id}:${event}`,
        audience: 'customer',
        channel: doc.channel,
        language,
        to: doc.reporter.email,
        name: doc.reporter.name,
        replyTo: await replyAddress(req, doc.channel),
        relations: { case: doc.id },
      },
      facts,
    );
  const link = () => caseStatusUrl(req, doc.id, language);

  if (operation === 'create') {
    const token = typeof context.accessToken === 'string' ? context.accessToken : undefined;
    await toCustomer('acknowledgement', 'acknowledgement', {
      ref,
      receivedAt: doc.receivedAt,
      answerDueAt: doc.deadlines?.answerDueAt ?? doc.receivedAt,
      statusUrl: token ? statusUrl(language, token) : undefined,
      customerText: customerText(doc),
    });
    const team = await channelTeam(req, doc.channel);
    const base = { channel: doc.channel, relations: { case: doc.id } };
    const open = adminUrl(req.payload, 'cases', doc.id);
    await notifyTeam(
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
      },
    );
    if (doc.deadlines?.reviewDueAt) {
      await notifyTeam(
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
      );
    }
  }
  if (changes.extension) {
    await toCustomer('extension', `extension:${changes.extension.expectedAnswerAt}`, {
      ref,
      expectedAnswerAt: changes.extension.expectedAnswerAt,
      reason: changes.extension.reason,
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
  if (changes.statusChange?.to === 'closed' && doc.closeReason === 'noEscalation' && doc.channel === 'complaint') {
    await toCustomer('windowClosed', 'windowClosed', {
      ref,
      answeredAt: doc.milestones?.answeredAt ?? doc.receivedAt,
      statusUrl: await link(),
    });
  }
  return doc;
};
