import { createHmac, randomUUID } from 'node:crypto';
import type { Payload } from 'payload';

// How a customer's reply finds its record again (cms/inbound/threading.ts):
// every mail to a customer carries a Message-ID of ours and a Reply-To on the
// channel's mailbox with an opaque token for the record, such as
// complaints+3f9c…@example.com. The token is an HMAC of the record's key under
// the server's secret: it names no number, cannot be guessed from one, and is
// the same on every mail about the record.
export type ThreadRelations = { case?: number | null; escalation?: number | null; feedback?: number | null };

const recordKey = (relations: ThreadRelations): string | undefined => {
  if (relations.escalation) return `escalations:${relations.escalation}`;
  if (relations.case) return `cases:${relations.case}`;
  if (relations.feedback) return `feedback:${relations.feedback}`;
  return undefined;
};

export const threadToken = (payload: Payload, key: string): string =>
  createHmac('sha256', payload.secret).update(`reply-to:${key}`).digest('hex').slice(0, 24);

// The mailbox with the record's token as its "+detail" (RFC 5233 subaddress).
export const threadReplyTo = (
  payload: Payload,
  mailbox: string | undefined,
  relations: ThreadRelations,
): string | undefined => {
  const key = recordKey(relations);
  if (!mailbox || !key) return mailbox;
  const at = mailbox.lastIndexOf('@');
  if (at < 1) return mailbox;
  return `${mailbox.slice(0, at)}+${threadToken(payload, key)}${mailbox.slice(at)}`.toLowerCase();
};

// Our own Message-ID for one outgoing mail, on the sender's domain.
export const newMessageId = (from: string): string => {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'desk.invalid';
  return `<${randomUUID()}@${domain}>`;
};

// The subaddress token of an address, if it has one.
export const tokenOf = (address: string): string | undefined => /^[^@+]+\+([0-9a-f]{24})@/i.exec(address)?.[1];
