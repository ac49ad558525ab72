import type { PayloadRequest, Where } from 'payload';
import { relationId } from '../utilities/relationId';
import { sameMailbox } from './automatic';
import type { ParsedMail } from './parse';
import { tokenOf } from '../mail/threadAddress';

export type InboundChannel = 'complaint' | 'abuse' | 'feedback';

export type Thread = {
  case?: number;
  escalation?: number;
  feedback?: number;
  channel: InboundChannel;
  how: string;
};

export type ThreadFinding = { thread?: Thread; mentionedCase?: { id: number; channel: InboundChannel } };

type OutboxRelations = { case?: unknown; escalation?: unknown; feedback?: unknown; channel?: string | null };

const threadOf = (row: OutboxRelations, how: string): Thread | undefined => {
  const caseId = relationId(row.case) as number | undefined;
  const escalation = relationId(row.escalation) as number | undefined;
  const feedback = relationId(row.feedback) as number | undefined;
  if (caseId === undefined && feedback === undefined) return undefined;
  const channel: InboundChannel = row.channel === 'abuse' ? 'abuse' : caseId === undefined ? 'feedback' : 'complaint';
  return { case: caseId, escalation, feedback, channel, how };
};

const fromOutbox = async (req: PayloadRequest, where: Where, how: string): Promise<Thread | undefined> => {
  const { docs } = await req.payload.find({
    collection: 'outbox',
    where: { and: [where, { audience: { not_equals: 'staff' } }] },
    limit: 1,
    sort: '-createdAt',
    depth: 0,
    select: { case: true, escalation: true, feedback: true, channel: true },
    overrideAccess: true,
    req,
  });
  return docs[0] ? threadOf(docs[0], how) : undefined;
};

const numberPattern = /\b([CAE])-(\d{4})-(\d{6})\b/gi;

// The record a case number in the subject names, and whose customer it is.
const byNumber = async (req: PayloadRequest, number: string) => {
  const escalation = number.startsWith('E');
  const { docs } = await req.payload.find({
    collection: escalation ? 'escalations' : 'cases',
    where: { [escalation ? 'escalationNumber' : 'caseNumber']: { equals: number } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const found = docs[0] as
    { id: number; case?: unknown; channel?: string; reporter?: { email?: string | null } } | undefined;
  if (!found) return undefined;
  const caseId = escalation ? (relationId(found.case) as number) : found.id;
  return {
    thread: {
      case: caseId,
      escalation: escalation ? found.id : undefined,
      channel: (found.channel === 'abuse' ? 'abuse' : 'complaint') as InboundChannel,
    },
    customer: found.reporter?.email ?? undefined,
  };
};

// Where a reply belongs, most certain first: our Message-ID in In-Reply-To or
// References (the customer's program kept it); the record's token in the
// address it was sent to (complaints+<token>@…); the number in the subject, but
// only from the record's own customer. A number alone from anyone else opens
// nobody's case: the finding names it, for staff to decide.
export const findThread = async (req: PayloadRequest, mail: ParsedMail): Promise<ThreadFinding> => {
  const ids = [mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id));
  if (ids.length > 0) {
    const thread = await fromOutbox(req, { messageId: { in: ids } }, 'our Message-ID in In-Reply-To/References');
    if (thread) return { thread };
  }
  const tokenAddresses = mail.to.filter((address) => tokenOf(address));
  if (tokenAddresses.length > 0) {
    const thread = await fromOutbox(req, { replyTo: { in: tokenAddresses } }, 'its reply address');
    if (thread) return { thread };
  }
  for (const [number] of mail.subject.matchAll(numberPattern)) {
    const found = await byNumber(req, number.toUpperCase());
    if (!found) continue;
    if (mail.from && found.customer && sameMailbox(found.customer, mail.from)) {
      return { thread: { ...found.thread, how: `the number ${number} in the subject, from its customer` } };
    }
    return { mentionedCase: { id: found.thread.case, channel: found.thread.channel } };
  }
  return {};
};
