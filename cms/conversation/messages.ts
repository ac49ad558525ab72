import type { ConversationAttachment, ConversationMessage } from '@shared/types/conversation';
import type { OutboxAttachment } from '../mail/queue';
import type { InboundMessage, Outbox } from '../payload-types';
import { deliveryState } from './delivery';

// The fields of each collection the conversation reads, and nothing else: no
// HTML body, no headers, no raw message.
export const outboxSelect = {
  kind: true,
  audience: true,
  channel: true,
  status: true,
  delivery: true,
  deliveryNote: true,
  to: true,
  from: true,
  subject: true,
  text: true,
  sentAt: true,
  createdAt: true,
  case: true,
  escalation: true,
  attachments: true,
} as const;

export const inboundSelect = {
  status: true,
  source: true,
  receivedAt: true,
  from: true,
  fromName: true,
  to: true,
  subject: true,
  text: true,
  attachments: true,
  evidence: true,
  case: true,
  escalation: true,
} as const;

type OutRow = Pick<Outbox, 'id' | keyof typeof outboxSelect>;
type InRow = Pick<InboundMessage, 'id' | keyof typeof inboundSelect>;

// The files sent with a reply from the case (cms/mail/queue.ts: OutboxAttachment).
const sentFiles = (attachments: unknown): ConversationAttachment[] =>
  (Array.isArray(attachments) ? (attachments as Partial<OutboxAttachment>[]) : []).map((file) => ({
    filename: file.filename ?? '',
    size: typeof file.filesize === 'number' ? file.filesize : null,
  }));

export const fromOutbox = (row: OutRow): ConversationMessage => ({
  key: `out-${row.id}`,
  direction: 'out',
  // When it left; until then, when it was composed.
  at: row.sentAt ?? row.createdAt,
  from: row.from,
  to: row.to,
  subject: row.subject,
  text: row.text,
  kind: row.kind,
  audience: row.audience === 'registrant' ? 'registrant' : 'customer',
  delivery: deliveryState(row),
  deliveryNote: row.deliveryNote ?? undefined,
  attachments: sentFiles(row.attachments),
  evidence: [],
  href: `/admin/collections/outbox/${row.id}`,
});

export const fromInbound = (row: InRow): ConversationMessage => ({
  key: `in-${row.id}`,
  direction: 'in',
  at: row.receivedAt,
  from: row.fromName && row.from ? `${row.fromName} <${row.from}>` : (row.from ?? ''),
  to: row.to ?? '',
  subject: row.subject ?? '',
  text: row.text ?? '',
  via: row.source === 'statusPage' ? 'statusPage' : 'mail',
  inboundStatus: row.status,
  attachments: (row.attachments ?? []).map((attachment) => ({
    filename: attachment.filename ?? '',
    size: attachment.size ?? null,
    outcome: attachment.outcome ?? undefined,
  })),
  evidence: [],
  href: `/admin/collections/inbound-messages/${row.id}`,
});

// Oldest first; a reply and the mail it answers never swap places when they
// share a second (ours composed first, by its key).
export const inTimeOrder = <T extends { at: string; key: string }>(messages: T[]): T[] =>
  [...messages].sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
