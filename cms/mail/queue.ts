import type { PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import { insertMany, insertOne } from '../utilities/insertMany';
import { choiceLabels } from './choiceLabels';
import { buildMessage, type MessageFacts, type MessageKind } from './messages';
import type { MailChannel } from './recipients';
import { renderHtml, renderText, type MailContent } from './render';
import { mailSettings, publishedWording, type SenderSettings } from './settings';
import { newMessageId, threadReplyTo } from './threadAddress';

export const MAIL_QUEUE = 'mail';

export type Envelope = {
  // One event, one message: queueing the same key again returns the first.
  eventKey: string;
  // Customers and registrants get the desk's sender, greeting and signature.
  audience: 'customer' | 'registrant' | 'staff';
  // account: a colleague's invitation or password reset, read by admins only.
  channel: MailChannel | 'account';
  language: Locale;
  to: string;
  name?: string | null;
  replyTo?: string;
  relations?: { case?: number; escalation?: number; feedback?: number };
  // Files sent with it (a reply from the case: cms/replies/send.ts).
  attachments?: OutboxAttachment[];
};

export type OutboxAttachment = { id: number | string; filename: string; mimeType: string; filesize: number };

// One message to queue: what kind, to whom, and the facts its wording needs.
export type Outgoing = { [K in MessageKind]: { kind: K; envelope: Envelope; facts: MessageFacts<K> } }[MessageKind];

export const outgoing = <K extends MessageKind>(kind: K, envelope: Envelope, facts: MessageFacts<K>): Outgoing =>
  ({ kind, envelope, facts }) as Outgoing;

type Addressing = Pick<Envelope, 'audience' | 'language' | 'name'>;

const sender = (settings: SenderSettings, envelope: Addressing) => {
  if (envelope.audience === 'staff') {
    return { from: `Complaints desk <${settings.staffFromAddress}>`, greeting: '', signature: '' };
  }
  const name = envelope.name?.trim();
  return {
    // The sender name is ours; the customer's name only goes into the greeting.
    from: `${settings.fromName.replace(/[<>"]/g, '')} <${settings.fromAddress}>`,
    greeting: name ? settings.greeting.replaceAll('{name}', name) : settings.greetingWithoutName,
    signature: settings.signature,
  };
};

// A message as its recipient reads it. Staff notices are the desk's own
// wording; what customers and registrants read, editors may reword (published
// wording; a preview asks for the draft). Topics and categories are named as
// editors published them in the Form choices, in the message's language.
export const composeMail = async <K extends MessageKind>(
  req: PayloadRequest,
  kind: K,
  envelope: Addressing,
  facts: MessageFacts<K>,
  { draft = false }: { draft?: boolean } = {},
) => {
  const wording = envelope.audience === 'staff' ? undefined : await publishedWording(req, envelope.language, draft);
  const body = buildMessage(kind, envelope.language, facts, wording, await choiceLabels(req, envelope.language));
  const { from, greeting, signature } = sender(await mailSettings(req, envelope.language, draft), envelope);
  const content: MailContent = {
    language: envelope.language,
    subject: body.subject,
    greeting,
    parts: body.parts,
    signature,
  };
  return { from, subject: body.subject, text: renderText(content), html: renderHtml(content) };
};

// The stored message: composed in full now, so the outbox is the record of what
// was said even if the wording changes before it is sent.
const compose = async (req: PayloadRequest, { kind, envelope, facts }: Outgoing, job: string, at: string) => {
  const { from, subject, text, html } = await composeMail(req, kind, envelope, facts as never);
  return {
    eventKey: envelope.eventKey,
    kind,
    audience: envelope.audience,
    channel: envelope.channel,
    language: envelope.language,
    to: envelope.to,
    from,
    // A customer's or registrant's reply comes back to the record it is about
    // (cms/mail/threadAddress.ts); staff notices keep the address given.
    replyTo:
      envelope.audience === 'staff'
        ? envelope.replyTo
        : threadReplyTo(req.payload, envelope.replyTo, envelope.relations ?? {}),
    messageId: newMessageId(from),
    subject,
    text,
    html,
    status: 'queued' as const,
    attempts: 0,
    job,
    createdAt: at,
    updatedAt: at,
    ...envelope.relations,
    ...(envelope.attachments?.length ? { attachments: envelope.attachments } : {}),
  };
};

const notQueuedYet = async (req: PayloadRequest, messages: Outgoing[]): Promise<Outgoing[]> => {
  const { docs } = await req.payload.find({
    collection: 'outbox',
    where: { eventKey: { in: messages.map((message) => message.envelope.eventKey) } },
    pagination: false,
    depth: 0,
    select: { eventKey: true },
    overrideAccess: true,
    req,
  });
  const queued = new Set(docs.map((doc) => doc.eventKey));
  return messages.filter((message) => !queued.has(message.envelope.eventKey));
};

// Composes messages, stores them in the outbox and queues one job that sends
// them, all in the caller's transaction: the save that caused the mail and the
// mail itself are kept together or not at all. Two writes however many
// messages: the job first, so each message is stored with its job's id, then
// the messages in one insert. Sending happens later, in the job.
// `fresh`: the event was created in this very save, so none of its messages can
// be in the outbox yet (skips the look-up that makes a repeat harmless).
export const queueMails = async (
  req: PayloadRequest,
  messages: Outgoing[],
  { fresh = false }: { fresh?: boolean } = {},
): Promise<void> => {
  const pending = fresh || messages.length === 0 ? messages : await notQueuedYet(req, messages);
  if (pending.length === 0) return;
  const eventKeys = pending.map((message) => message.envelope.eventKey);
  const at = new Date().toISOString();
  // The job as Payload's jobs.queue stores it (input, task, queue; the rest its
  // defaults), written in one statement that returns its id: jobs.queue would
  // read the new job back, one more round trip for every intake.
  const jobId = await insertOne(req, 'payload-jobs', {
    input: { eventKeys },
    taskSlug: 'sendMail',
    queue: MAIL_QUEUE,
    createdAt: at,
    updatedAt: at,
  });
  const rows = await Promise.all(pending.map((message) => compose(req, message, String(jobId), at)));
  await insertMany(req, 'outbox', rows);
};

// One message, queued once per event key.
export const queueMail = async <K extends MessageKind>(
  req: PayloadRequest,
  kind: K,
  envelope: Envelope,
  facts: MessageFacts<K>,
): Promise<void> => queueMails(req, [outgoing(kind, envelope, facts)]);

// Queues again the sending of one stored message (its job is gone or gave up).
export const scheduleSend = async (req: PayloadRequest, messageId: number | string): Promise<void> => {
  const job = await req.payload.jobs.queue({
    task: 'sendMail',
    input: { messageId: String(messageId) },
    queue: MAIL_QUEUE,
    req,
  });
  await req.payload.update({
    collection: 'outbox',
    id: messageId,
    data: { job: String(job.id) },
    overrideAccess: true,
    req,
  });
};
