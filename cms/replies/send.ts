import { randomUUID } from 'node:crypto';
import type { PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import { filesProblem, removeFiles, storeCheckedFiles } from '../collections/Evidence/store';
import { placeholderMessage } from '../fields/placeholders';
import { deskTranslate } from '../i18n/desk';
import { repliesTranslate } from '../i18n/replies/translate';
import { fillParagraphs } from '../mail/editable';
import { customerMessage } from '../mail/events/audiences';
import { queueMails, type OutboxAttachment } from '../mail/queue';
import { inOneTransaction } from '../utilities/oneTransaction';
import { writeTimeline } from '../workflow/recordTimeline';
import { offeredReply } from './canned';
import type { ReplyInput } from './input';
import { replyPlaceholders } from './placeholders';
import { findReplyRecord, replyStatusUrl, replyValues, type ReplyCollection, type ReplyRecord } from './record';

export type ReplyOutcome = { ok: true; to: string; eventKey: string } | { ok: false; status: number; message: string };

const ATTACHMENTS = 'reply-attachments';

// A file Payload's upload refused, in the sender's words.
class RefusedFile extends Error {}

// Stores the files and names them for the outbox row.
const storeAttachments = async (
  req: PayloadRequest,
  record: ReplyRecord,
  input: ReplyInput,
  refused: (filename: string) => string,
): Promise<OutboxAttachment[]> => {
  if (input.files.length === 0) return [];
  const stored = await storeCheckedFiles(req, {
    collection: ATTACHMENTS,
    files: input.files,
    data: {
      channel: record.customer.channel,
      case: record.relations.case,
      escalation: record.relations.escalation,
      sentBy: req.user?.id,
    },
    refused: (file) => new RefusedFile(refused(file.filename)),
  });
  return stored.map((doc) => ({
    id: doc.id,
    filename: doc.filename ?? '',
    mimeType: doc.mimeType ?? '',
    filesize: doc.filesize ?? 0,
  }));
};

// Writing to the customer from a case or an escalation, in this order: the
// record as the colleague may see it, the text (a canned reply's, or theirs,
// placeholders checked and filled in), the files' checks, then in one
// transaction the files, the outbox message (our Message-ID, the record's
// Reply-To: the customer's answer threads back) and the timeline entry. The
// status and every deadline stay as they were: this is not the answer.
export const sendReply = async (
  req: PayloadRequest,
  collection: ReplyCollection,
  id: string,
  input: ReplyInput,
): Promise<ReplyOutcome> => {
  const t = repliesTranslate(req.t as never);
  const refuse = (status: number, message: string): ReplyOutcome => ({ ok: false, status, message });
  const record = await findReplyRecord(req, collection, id);
  const to = record.customer.reporter.email;
  if (!to) return refuse(400, t('noEmail'));
  const language: Locale = input.language ?? record.customer.language;
  const values = replyValues(record, language);
  const canned = input.canned ? await offeredReply(req, record, language, values, input.canned) : undefined;
  if (input.canned && !canned) return refuse(400, t('cannedUnknown'));
  const text = input.text || canned?.text || '';
  if (!text) return refuse(400, t('empty'));
  const placeholders = placeholderMessage(text, replyPlaceholders, deskTranslate(req.t as never));
  if (placeholders !== true) return refuse(400, placeholders);
  const problem = filesProblem(input.files);
  if (problem) return refuse(400, problem.kind === 'tooMany' ? t('tooManyFiles', problem) : t('fileTooLarge', problem));

  const kind = input.question ? 'question' : 'reply';
  const event = `reply:${input.key ?? randomUUID()}`;
  const eventKey = `${record.customer.key}:${event}`;
  const { totalDocs } = await req.payload.count({
    collection: 'outbox',
    where: { eventKey: { equals: eventKey } },
    overrideAccess: true,
    req,
  });
  // The same composition sent again: the first send stands.
  if (totalDocs > 0) return { ok: true, to, eventKey };

  try {
    await inOneTransaction(req, async () => {
      const attachments = await storeAttachments(req, record, input, (filename) => t('fileRefused', { filename }));
      try {
        const [message] = await customerMessage(req, { ...record.customer, language }, kind, event, {
          ref: record.ref,
          // Placeholders staff typed themselves are filled in as a canned reply's are.
          paragraphs: fillParagraphs(text, values),
          statusUrl: await replyStatusUrl(req, record, language),
        });
        const withFiles = message && { ...message, envelope: { ...message.envelope, attachments } };
        await queueMails(req, withFiles ? [withFiles] : [], { fresh: true });
        await writeTimeline({
          req,
          target: {
            caseId: record.relations.case,
            escalationId: record.relations.escalation,
            channel: record.customer.channel,
          },
          entries: [
            {
              type: input.question ? 'questionToCustomer' : 'replyToCustomer',
              summary: `${input.question ? 'Question' : 'Message'} to the customer in ${language}${
                canned ? `, from the canned reply “${canned.title}”` : ''
              }${attachments.length ? `, with ${attachments.length} attachment(s)` : ''}`,
              details: {
                eventKey,
                language,
                cannedReply: canned ? { id: canned.id, title: canned.title } : null,
                attachments: attachments.map((file) => file.filename),
              },
            },
          ],
        });
      } catch (error) {
        // The rows go with the transaction; the files on disk go here.
        await removeFiles(
          req,
          ATTACHMENTS,
          attachments.map((file) => file.id),
        ).catch(() => undefined);
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof RefusedFile) return refuse(400, error.message);
    throw error;
  }
  return { ok: true, to, eventKey };
};
