import type { PayloadRequest } from 'payload';
import type { Locale } from '../../shared/i18n/locales';
import { mailSettings as defaultMailSettings } from '../seed/content/mailSettings';
import { wordingWith, type WordingOverrides } from './editable';
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

const settingsFor = async (req: PayloadRequest, language: Locale, draft: boolean) => {
  const stored = await req.payload.findGlobal({
    slug: 'mail-settings',
    locale: language,
    fallbackLocale: 'en',
    depth: 0,
    draft,
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

// The editors' published paragraphs in this language (never a draft, never
// another language's: an empty field means the code's wording in this one).
// A preview (draft: true) shows the wording being prepared instead.
export const publishedWording = async (req: PayloadRequest, language: Locale, draft = false) => {
  const stored = await req.payload.findGlobal({
    slug: 'mail-wording',
    locale: language,
    fallbackLocale: false,
    draft,
    depth: 0,
    overrideAccess: true,
  });
  return wordingWith(language, stored as WordingOverrides);
};

type Addressing = Pick<Envelope, 'audience' | 'language' | 'name'>;

const envelopeContent = async (req: PayloadRequest, envelope: Addressing, draft: boolean) => {
  const settings = await settingsFor(req, envelope.language, draft);
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
// wording; a preview asks for the draft).
export const composeMail = async <K extends MessageKind>(
  req: PayloadRequest,
  kind: K,
  envelope: Addressing,
  facts: MessageFacts<K>,
  { draft = false }: { draft?: boolean } = {},
) => {
  const wording = envelope.audience === 'staff' ? undefined : await publishedWording(req, envelope.language, draft);
  const body = buildMessage(kind, envelope.language, facts, wording);
  const { from, greeting, signature } = await envelopeContent(req, envelope, draft);
  const content: MailContent = {
    language: envelope.language,
    subject: body.subject,
    greeting,
    parts: body.parts,
    signature,
  };
  return { from, subject: body.subject, text: renderText(content), html: renderHtml(content) };
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

  const { from, subject, text, html } = await composeMail(req, kind, envelope, facts);
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
      subject,
      text,
      html,
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
