import type { PayloadRequest } from 'payload';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES } from '@shared/limits';
import { evidenceOrigin } from '../hooks/context';
import type { MailAttachment } from './parse';

export type AttachmentOutcome = { filename: string; contentType: string; size: number; outcome: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// An abuse report's attachments become evidence files with the same checks as
// the site's uploads: at most MAX_EVIDENCE_FILES, each at most
// MAX_EVIDENCE_FILE_BYTES, and Payload's upload checks on the Evidence
// collection (type sniffed from the content against its list, name cleaned).
// A refused file is noted; the whole message stays in the raw copy.
export const evidenceFromMail = async (
  req: PayloadRequest,
  attachments: MailAttachment[],
  sender: string,
): Promise<{ ids: number[]; outcomes: AttachmentOutcome[] }> => {
  const ids: number[] = [];
  const outcomes: AttachmentOutcome[] = [];
  for (const attachment of attachments) {
    const base = { filename: attachment.filename, contentType: attachment.contentType, size: attachment.size };
    if (attachment.size > MAX_EVIDENCE_FILE_BYTES) {
      outcomes.push({
        ...base,
        outcome: `Refused: ${megabytes(attachment.size)} is over the limit of ${megabytes(MAX_EVIDENCE_FILE_BYTES)}`,
      });
      continue;
    }
    if (ids.length >= MAX_EVIDENCE_FILES) {
      outcomes.push({ ...base, outcome: `Refused: more than ${MAX_EVIDENCE_FILES} files` });
      continue;
    }
    try {
      const evidence = await req.payload.create({
        collection: 'evidence',
        data: {},
        file: {
          data: attachment.content,
          mimetype: attachment.contentType,
          name: attachment.filename,
          size: attachment.size,
        },
        overrideAccess: true,
        context: evidenceOrigin.with(`the reporter, by e-mail from ${sender}`),
        depth: 0,
        req,
      });
      ids.push(evidence.id);
      outcomes.push({ ...base, outcome: `Kept as evidence ${evidence.filename ?? ''}`.trim() });
    } catch (error) {
      outcomes.push({ ...base, outcome: `Refused: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { ids, outcomes };
};

// What a complaint's or feedback's attachments become: a note (the files stay
// in the kept raw message; only abuse reports hold evidence files).
export const listedOnly = (attachments: MailAttachment[]): AttachmentOutcome[] =>
  attachments.map((attachment) => ({
    filename: attachment.filename,
    contentType: attachment.contentType,
    size: attachment.size,
    outcome: 'Kept in the original message',
  }));
