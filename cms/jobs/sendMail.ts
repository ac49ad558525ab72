import type { PayloadRequest, TaskConfig, Where } from 'payload';
import type { Outbox } from '../payload-types';
import { OUTBOX_KEY_HEADER, type SendResult } from '../mail/adapter';
import { afterDelivery } from '../mail/delivered';
import { attachedFiles } from '../replies/attachedFiles';

// Payload retries a failed send with growing pauses (30 s, 1, 2, 4, 8 min...).
// After the last one the message stays in the outbox as "retrying" and
// retryStalledMail queues it again: nothing is dropped while the provider is down.
export const MAIL_SEND_ATTEMPTS = 8;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

const sendOne = async (req: PayloadRequest, message: Outbox): Promise<void> => {
  const { payload } = req;
  // A retried or duplicated job finds the message already delivered.
  if (message.status === 'sent' || message.status === 'notSent') return;

  const attempts = (message.attempts ?? 0) + 1;
  const at = new Date().toISOString();
  let result: SendResult;
  try {
    result = (await payload.sendEmail({
      from: message.from,
      to: message.to,
      replyTo: message.replyTo ?? undefined,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: await attachedFiles(req, message.attachments),
      // The provider's idempotency key: a send repeated after a timeout is delivered once.
      // Our Message-ID: a reply naming it in In-Reply-To finds its record.
      headers: {
        [OUTBOX_KEY_HEADER]: message.eventKey,
        ...(message.messageId ? { 'Message-ID': message.messageId } : {}),
      },
    })) as SendResult;
  } catch (error) {
    await payload.update({
      collection: 'outbox',
      id: message.id,
      data: { status: 'retrying', attempts, lastAttemptAt: at, lastError: errorText(error) },
      overrideAccess: true,
      req,
    });
    throw error;
  }
  const updated = await payload.update({
    collection: 'outbox',
    id: message.id,
    data: {
      status: result.delivered ? 'sent' : 'notSent',
      attempts,
      lastAttemptAt: at,
      lastError: null,
      sentAt: result.delivered ? at : null,
      providerMessageId: result.providerMessageId ?? null,
    },
    overrideAccess: true,
    req,
  });
  if (result.delivered) await afterDelivery(req, updated, at);
};

// The messages one job sends: those one event queued together (named by their
// keys, as the job is stored before them), or one message queued again.
const messagesOf = async (req: PayloadRequest, input: { messageId?: string | null; eventKeys?: unknown }) => {
  const eventKeys = Array.isArray(input.eventKeys) ? input.eventKeys.map(String) : [];
  const where: Where = input.messageId ? { id: { equals: input.messageId } } : { eventKey: { in: eventKeys } };
  const { docs } = await req.payload.find({
    collection: 'outbox',
    where,
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  // The job is stored a moment before its messages: one that runs in between
  // (or after a crash cut the intake short) tries again later.
  const missing = eventKeys.length - docs.length;
  return { docs, missing: input.messageId ? 0 : missing };
};

export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  inputSchema: [
    { name: 'messageId', type: 'text' },
    { name: 'eventKeys', type: 'json' },
  ],
  retries: { attempts: MAIL_SEND_ATTEMPTS, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    // Each message is tried even when one before it failed; the job then fails
    // so Payload retries it, and the retry skips what went out.
    const { docs, missing } = await messagesOf(req, input);
    let failure: unknown =
      missing > 0 ? new Error(`${missing} message(s) of this job are not in the outbox yet.`) : undefined;
    for (const message of docs) {
      await sendOne(req, message).catch((error: unknown) => {
        failure ??= error;
      });
    }
    if (failure) throw failure;
    return { output: {} };
  },
};
