import { createLocalReq, type Payload } from 'payload';
import { MAX_IMPORTED_MAIL_BYTES } from '@shared/limits';
import type { InboundMessage } from '../payload-types';
import { storeReceipt } from './receipt';

// Why a file is not taken as a mail message. The keys name the admin's labels
// (cms/i18n: importEml…); the CLI prints the English sentence.
export type MailFileProblem = 'empty' | 'tooLarge' | 'notMail';

export class MailFileRefused extends Error {
  constructor(readonly problem: MailFileProblem) {
    super(
      {
        empty: 'The file is empty.',
        tooLarge: `The file is larger than ${MAX_IMPORTED_MAIL_BYTES / 1024 / 1024} MB.`,
        notMail: 'The file is not a mail message (RFC 5322 / MIME): it does not start with mail headers such as From:.',
      }[problem],
    );
  }
}

// A header field line ("Name: value", RFC 5322 §2.2) or its folded continuation.
const headerLine = /^([\x21-\x39\x3b-\x7e]+):|^[ \t]/;

// Is this a mail message as it arrived (an .eml file), not a PDF, a screenshot
// or a text somebody saved? It must open with a block of header lines that
// names a sender (an mbox "From " separator line before it is allowed).
export const mailFileProblem = (raw: Buffer): MailFileProblem | undefined => {
  if (raw.length === 0) return 'empty';
  if (raw.length > MAX_IMPORTED_MAIL_BYTES) return 'tooLarge';
  const head = raw.subarray(0, 64 * 1024);
  if (head.includes(0)) return 'notMail';
  const lines = head.toString('latin1').split(/\r?\n/);
  if (lines[0]?.startsWith('From ')) lines.shift();
  const end = lines.findIndex((line) => line === '');
  const block = lines.slice(0, end === -1 ? lines.length : end);
  if (block.length === 0 || !block.every((line) => headerLine.test(line))) return 'notMail';
  const names = block.map((line) => line.match(headerLine)?.[1]?.toLowerCase());
  return names.includes('from') ? undefined : 'notMail';
};

// THE way a mail file enters the desk, for `npm run mail:receive` and the
// admin's "Import .eml" alike: refused whole before anything is stored if it is
// no mail message, else stored as a receipt and read at once by its own job
// (the very job a provider's message gets). Returns the inbound record as the
// job left it: threaded, filed, held or ignored. Run as the system, like a
// provider's message, not as the colleague who imported it: the mail is the
// sender's, and the case says it came by e-mail, not that staff entered it.
export const receiveMailFile = async (payload: Payload, raw: Buffer): Promise<InboundMessage> => {
  const problem = mailFileProblem(raw);
  if (problem) throw new MailFileRefused(problem);
  const req = await createLocalReq({}, payload);
  const { id, job } = await storeReceipt(req, { source: 'file', receivedAt: new Date().toISOString(), raw });
  // This file's own job, not whatever else waits in the queue.
  if (job !== undefined) await payload.jobs.runByID({ id: job });
  return payload.findByID({ collection: 'inbound-messages', id, depth: 0, overrideAccess: true });
};
