import type { PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import type { Case, Escalation } from '../../payload-types';
import { relationId } from '../../utilities/relationId';
import type { MessageFacts, MessageKind, Reference } from '../messages';
import { outgoing, queueMails, type Outgoing } from '../queue';
import { replyAddress, type Recipient } from '../recipients';
import type { Channel } from '@shared/channel';

type Relations = { case?: number; escalation?: number };

type CustomerRecord = {
  key: string;
  channel: Channel;
  language: Locale;
  reporter: { name: string; email?: string | null };
  relations: Relations;
};

// Mail to the person who filed a record: in the filing language, replies to the
// channel's mailbox, one message per event of that record. A customer without
// e-mail (a letter, a call) is answered by post: staff send the letter and
// record it with the case's actions.
export const customerMessage = async <K extends MessageKind>(
  req: PayloadRequest,
  record: CustomerRecord,
  kind: K,
  event: string,
  facts: MessageFacts<K>,
): Promise<Outgoing[]> => {
  if (!record.reporter.email) return [];
  const envelope = {
    eventKey: `${record.key}:${event}`,
    audience: 'customer' as const,
    channel: record.channel,
    language: record.language,
    to: record.reporter.email,
    name: record.reporter.name,
    replyTo: await replyAddress(req, record.channel),
    relations: record.relations,
  };
  return [outgoing(kind, envelope, facts)];
};

export const customerMailer =
  (req: PayloadRequest, record: CustomerRecord) =>
  async <K extends MessageKind>(kind: K, event: string, facts: MessageFacts<K>): Promise<void> =>
    queueMails(req, await customerMessage(req, record, kind, event, facts));

// Every member of a team, each in their own language; the colleague who
// entered the record already knows.
export const teamMessages = <K extends MessageKind>(
  req: PayloadRequest,
  team: Recipient[],
  kind: K,
  base: { eventKey: string; channel: Channel; relations: Relations },
  facts: MessageFacts<K>,
): Outgoing[] => {
  const self = req.user?.collection === 'users' ? `user:${req.user.id}` : undefined;
  return team
    .filter((recipient) => recipient.key !== self)
    .map((member) =>
      outgoing(
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
      ),
    );
};

export const notifyTeam = async <K extends MessageKind>(
  req: PayloadRequest,
  team: Recipient[],
  kind: K,
  base: { eventKey: string; channel: Channel; relations: Relations },
  facts: MessageFacts<K>,
): Promise<void> => queueMails(req, teamMessages(req, team, kind, base, facts));

// An escalation is named with its complaint's number too; mail about it is
// filed under both. The intake has the case at hand already (`known`).
export const escalationReference = async (
  req: PayloadRequest,
  escalation: Escalation,
  known?: Case,
): Promise<{ escalated: Case; ref: Reference; relations: { case: number; escalation: number } }> => {
  const caseId = relationId(escalation.case) as number;
  const escalated =
    known && String(known.id) === String(caseId)
      ? known
      : await req.payload.findByID({ collection: 'cases', id: caseId, depth: 0, overrideAccess: true, req });
  return {
    escalated,
    ref: {
      kind: 'escalation',
      escalationNumber: escalation.escalationNumber ?? '',
      caseNumber: escalated.caseNumber ?? '',
    },
    relations: { case: caseId, escalation: escalation.id },
  };
};
