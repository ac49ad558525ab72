import type { TaskConfig } from 'payload';
import { OUTBOX_KEY_HEADER, type SendResult } from '../mail/adapter';
import { afterDelivery } from '../mail/delivered';

// Payload retries a failed send with growing pauses (30 s, 1, 2, 4, 8 min...).
// After the last one the message stays in the outbox as "retrying" and
// retryStalledMail queues it again: nothing is dropped while the provider is down.
export const MAIL_SEND_ATTEMPTS = 8;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  inputSchema: [{ name: 'messageId', type: 'text', required: true }],
  retries: { attempts: MAIL_SEND_ATTEMPTS, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req;
    const message = await payload.findByID({
      collection: 'outbox',
      id: input.messageId,
      depth: 0,
      overrideAccess: true,
      req,
    });
    // A retried or duplicated job finds the message already delivered.
    if (message.status === 'sent' || message.status === 'notSent') return { output: {} };

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
        // The provider's idempotency key: a send repeated after a timeout is delivered once.
        headers: { [OUTBOX_KEY_HEADER]: message.eventKey },
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
    return { output: {} };
  },
};
