import type { PayloadRequest } from 'payload';
import { describeFilesProblem, fileCountProblem, fileSizeProblem } from '../collections/Evidence/store';
import { evidenceOrigin } from '../hooks/context';
import type { MailAttachment } from './parse';

export type AttachmentOutcome = { filename: string; contentType: string; size: number; outcome: string };

// An abuse report's attachments become evidence files with the same checks as
// the site's uploads: the evidence store's count and size limits
// (cms/collections/Evidence/store.ts), and Payload's upload checks on the Evidence
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
    // The evidence store's own limits, file by file: a mail cannot be refused
    // whole, so what fits is kept and the rest is noted.
    const problem = fileSizeProblem(attachment) ?? fileCountProblem(ids.length + 1);
    if (problem) {
      outcomes.push({ ...base, outcome: `Refused: ${describeFilesProblem(problem)}` });
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
