import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PayloadRequest } from 'payload';
import { relationId } from '../utilities/relationId';

export type AttachedFile = { filename: string; content: Buffer; contentType?: string };

// The files of an outbox message, read from where Payload's upload stored them,
// for the send (cms/jobs/sendMail.ts). A file that is gone (retention removed
// it) fails the send, which is retried and shows the error in the outbox.
export const attachedFiles = async (req: PayloadRequest, attachments: unknown): Promise<AttachedFile[] | undefined> => {
  const ids = (Array.isArray(attachments) ? attachments : []).map(relationId).filter((id) => id !== undefined);
  // Stored as { id, filename, … } (cms/mail/queue.ts: OutboxAttachment); relationId reads the id.
  if (ids.length === 0) return undefined;
  const { docs } = await req.payload.find({
    collection: 'reply-attachments',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const staticDir = req.payload.collections['reply-attachments'].config.upload.staticDir ?? '';
  return Promise.all(
    docs.map(async (doc) => ({
      filename: doc.filename ?? 'attachment',
      content: await readFile(path.join(staticDir, doc.filename ?? '')),
      contentType: doc.mimeType ?? undefined,
    })),
  );
};
