import { ValidationError, type PayloadRequest, type Where } from 'payload';
import { keepRaw } from './raw';

export const INBOUND_QUEUE = 'inbound';

export type Receipt = {
  source: 'resend' | 'file';
  receivedAt: string;
  webhookId?: string;
  providerEmailId?: string;
  // An imported file brings its bytes; a webhook only the provider's id.
  raw?: Buffer;
};

const earlier = async (req: PayloadRequest, receipt: Receipt) => {
  const or: Where[] = [];
  if (receipt.webhookId) or.push({ webhookId: { equals: receipt.webhookId } });
  if (receipt.providerEmailId) or.push({ providerEmailId: { equals: receipt.providerEmailId } });
  if (or.length === 0) return undefined;
  const { docs } = await req.payload.find({
    collection: 'inbound-messages',
    where: { or },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return docs[0];
};

// Stores that a message arrived, once (a webhook delivered again, or another
// webhook about the same e-mail, finds the first receipt; the unique indexes
// decide a race), and queues the job that reads it. Nothing else happens here,
// so the provider gets its answer at once.
export const storeReceipt = async (
  req: PayloadRequest,
  receipt: Receipt,
): Promise<{ id: number; duplicate: boolean; job?: number | string }> => {
  const found = await earlier(req, receipt);
  if (found) return { id: found.id, duplicate: true };
  let record;
  try {
    record = await req.payload.create({
      collection: 'inbound-messages',
      data: {
        source: receipt.source,
        receivedAt: receipt.receivedAt,
        webhookId: receipt.webhookId,
        providerEmailId: receipt.providerEmailId,
        status: 'received',
      },
      overrideAccess: true,
      depth: 0,
      req,
    });
  } catch (error) {
    const again = error instanceof ValidationError ? await earlier(req, receipt) : undefined;
    if (again) return { id: again.id, duplicate: true };
    throw error;
  }
  if (receipt.raw) {
    const rawFile = await keepRaw(String(record.id), receipt.raw);
    await req.payload.update({
      collection: 'inbound-messages',
      id: record.id,
      data: { rawFile },
      overrideAccess: true,
      depth: 0,
      req,
    });
  }
  const job = await req.payload.jobs.queue({
    task: 'receiveMail',
    input: { inboundId: String(record.id) },
    queue: INBOUND_QUEUE,
    req,
  });
  return { id: record.id, duplicate: false, job: job.id };
};
