import { Forbidden, NotFound, type Endpoint, type PayloadRequest } from 'payload';
import { isLocale } from '@shared/i18n/locales';
import { hasRole } from '../access/roles';
import { repliesTranslate } from '../i18n/replies/translate';
import { cannedRepliesFor } from './canned';
import { readReplyInput } from './input';
import { replyPlaceholders } from './placeholders';
import { findReplyRecord, replyValues, type ReplyCollection } from './record';
import { sendReply } from './send';

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status });

// Handlers and abuse specialists (and admins) write to customers; editors,
// the site's key and partners never do. Which records each may write on is
// the record's own read access (a handler finds no abuse report).
const mayReply = (req: PayloadRequest): boolean => hasRole(req.user, 'handler', 'abuseSpecialist');

// A record the colleague may not see is refused in the same words whether it
// exists or not.
const withRecordAccess = async (req: PayloadRequest, work: () => Promise<Response>): Promise<Response> => {
  const notAllowed = () => refusal(403, repliesTranslate(req.t as never)('notAllowed'));
  if (!mayReply(req)) return notAllowed();
  try {
    return await work();
  } catch (error) {
    if (error instanceof Forbidden || error instanceof NotFound) return notAllowed();
    throw error;
  }
};

// POST /api/<cases|escalations>/:id/reply — a message or question to the
// customer (cms/replies/send.ts), multipart with its attachments.
const postReply = (collection: ReplyCollection): Endpoint => ({
  path: '/:id/reply',
  method: 'post',
  handler: (req) =>
    withRecordAccess(req, async () => {
      const parsed = await readReplyInput(req);
      if (!parsed.ok) return refusal(parsed.status, repliesTranslate(req.t as never)(parsed.key, parsed.values));
      const outcome = await sendReply(req, collection, String(req.routeParams?.id), parsed.input);
      return outcome.ok
        ? Response.json({ to: outcome.to, eventKey: outcome.eventKey }, { status: 201 })
        : refusal(outcome.status, outcome.message);
    }),
});

// GET /api/<cases|escalations>/:id/reply?language=de — what the composer
// offers: the customer's language, and the canned replies in the language
// asked for, placeholders filled in for this record.
const composerData = (collection: ReplyCollection): Endpoint => ({
  path: '/:id/reply',
  method: 'get',
  handler: (req) =>
    withRecordAccess(req, async () => {
      const record = await findReplyRecord(req, collection, String(req.routeParams?.id));
      const asked = (req.query as Record<string, unknown> | undefined)?.language;
      const language = isLocale(asked) ? asked : record.customer.language;
      const canned = await cannedRepliesFor(req, record, language, replyValues(record, language));
      return Response.json({
        customerLanguage: record.customer.language,
        to: record.customer.reporter.email ?? null,
        language,
        placeholders: replyPlaceholders,
        canned,
      });
    }),
});

export const replyEndpoints = (collection: ReplyCollection): Endpoint[] => [
  postReply(collection),
  composerData(collection),
];
