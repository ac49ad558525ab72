import type { TaskConfig } from 'payload';
import { processInbound } from '../inbound/process';
import { MAIL_SEND_ATTEMPTS } from './sendMail';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

// Reads one received message (cms/inbound/process.ts). The provider may not
// serve a message the moment its webhook arrives, or be down: the job is
// retried like outgoing mail (MAIL_SEND_ATTEMPTS times, pauses growing from
// 30 s). After the last attempt the message is marked failed, naming the
// provider's id, for staff to look up; it is never silently dropped.
export const receiveMailTask: TaskConfig<'receiveMail'> = {
  slug: 'receiveMail',
  inputSchema: [{ name: 'inboundId', type: 'text', required: true }],
  // One more than ours, so this handler, not Payload, decides when to give up.
  retries: { attempts: MAIL_SEND_ATTEMPTS + 1, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    // As stored: a number on SQLite, an ObjectId string on MongoDB.
    const id = input.inboundId as unknown as number;
    // Read once: processInbound works on it, and a failure counts its attempts.
    const record = await req.payload.findByID({
      collection: 'inbound-messages',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    });
    try {
      await processInbound(req, record);
    } catch (error) {
      const attempts = (record.attempts ?? 0) + 1;
      const last = attempts >= MAIL_SEND_ATTEMPTS;
      await req.payload.update({
        collection: 'inbound-messages',
        id,
        data: {
          attempts,
          lastError: errorText(error),
          ...(last
            ? {
                status: 'failed' as const,
                statusReason: `Gave up after ${attempts} attempts to read message ${record.providerEmailId ?? record.id}: ${errorText(error)}`,
              }
            : {}),
        },
        overrideAccess: true,
        depth: 0,
        req,
      });
      if (!last) throw error;
    }
    return { output: {} };
  },
};
