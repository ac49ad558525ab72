import type { PayloadRequest } from 'payload';
import type { Locale } from '../../shared/i18n/locales';
import { mailSettings as defaultMailSettings } from '../seed/content/mailSettings';
import { buildMessage, type MessageFacts, type MessageKind } from './messages';
import type { MailChannel } from './recipients';
import { renderHtml, renderText, type MailContent } from './render';

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
};

const settingsFor = async (req: PayloadRequest, language: Locale) => {
  const stored = await req.payload.findGlobal({
    slug: 'mail-settings',
    locale: language,
    fallbackLocale: 'en',
    depth: 0,
    overrideAccess: true,
    req,
  });
  // Until an editor saves the settings, the starting wording applies.
  const defaults = defaultMailSettings(language);
  return {
    fromName: stored.fromName || defaults.fromName,
    fromAddress: stored.fromAddress || defaults.fromAddress,
    staffFromAddress: stored.staffFromAddress || defaults.staffFromAddress,
    greeting: stored.greeting || defaults.greeting,
    greetingWithoutName: stored.greetingWithoutName || defaults.greetingWithoutName,
    signature: stored.signature || defaults.signature,
  };
};

const envelopeContent = async (req: PayloadRequest, envelope: Envelope) => {
  const settings = await settingsFor(req, envelope.language);
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

// Composes a message, stores it in the outbox and queues its sending, all in
// the caller's transaction: the save that caused the mail and the mail itself
// are kept together or not at all. Sending happens later, in the job.
export const queueMail = async <K extends MessageKind>(
  req: PayloadRequest,
  kind: K,
  envelope: Envelope,
  facts: MessageFacts<K>,
): Promise<void> => {
  const { payload } = req;
  const existing = await payload.find({
    collection: 'outbox',
    where: { eventKey: { equals: envelope.eventKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  if (existing.docs.length) return;

  const body = buildMessage(kind, envelope.language, facts);
  const { from, greeting, signature } = await envelopeContent(req, envelope);
  const content: MailContent = {
    language: envelope.language,
    subject: body.subject,
    greeting,
    parts: body.parts,
    signature,
  };
  const message = await payload.create({
    collection: 'outbox',
    data: {
      eventKey: envelope.eventKey,
      kind,
      audience: envelope.audience,
      channel: envelope.channel,
      language: envelope.language,
      to: envelope.to,
      from,
      replyTo: envelope.replyTo,
      subject: body.subject,
      text: renderText(content),
      html: renderHtml(content),
      status: 'queued',
      attempts: 0,
      ...envelope.relations,
    },
    overrideAccess: true,
    req,
  });
  await scheduleSend(req, message.id);
};

// Queues (or re-queues) the job that sends one outbox message.
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
