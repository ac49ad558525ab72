import type { Endpoint, PayloadRequest } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { MAX_IMPORTED_MAIL_BYTES } from '@shared/limits';
import { hasRole } from '../access/roles';
import { deskTranslate } from '../i18n';
import { channelMailboxes } from '../mail/settings';
import { parseMail } from './parse';
import { mailboxOf } from './process';
import { importRefusalLabels, type ImportRefusal } from './importRefusals';
import { MailFileRefused, mailFileProblem, receiveMailFile } from './receiveFile';
import type { InboundChannel } from './threading';

export const IMPORT_PATH = '/import';

// Who may feed a mail file in: admins any; a handler mail to the complaints or
// feedback mailbox, an abuse specialist mail to the abuse or feedback mailbox
// (the mail their team reads once it is in: cms/collections/InboundMessages).
// Mail to no desk mailbox at all is only ignored; admins may still import it.
export const mayImport = (user: PayloadRequest['user'], mailbox: InboundChannel | undefined): boolean => {
  if (hasRole(user, 'admin')) return true;
  if (!mailbox) return false;
  if (mailbox === 'feedback') return hasRole(user, 'handler', 'abuseSpecialist');
  return hasRole(user, mailbox === 'complaint' ? 'handler' : 'abuseSpecialist');
};

const importerRole = (user: PayloadRequest['user']) =>
  user?.collection === 'users' && hasRole(user, 'handler', 'abuseSpecialist');

// A plain form post (the admin's Import form, with or without JavaScript) is
// answered with a page to go to; a script gets JSON.
const wantsPage = (req: PayloadRequest) => (req.headers.get('accept') ?? '').includes('text/html');

const inboxUrl = (req: PayloadRequest, path = '') =>
  formatAdminURL({ adminRoute: req.payload.config.routes.admin, path: `/collections/inbound-messages${path}` });

const refuse = (req: PayloadRequest, refusal: ImportRefusal, status: number) => {
  if (wantsPage(req)) {
    return new Response(null, { status: 303, headers: { location: `${inboxUrl(req)}?importError=${refusal}` } });
  }
  const t = deskTranslate(req.t as never);
  return Response.json(
    { errors: [{ message: t(importRefusalLabels[refusal], { size: MAX_IMPORTED_MAIL_BYTES / 1024 / 1024 }) }] },
    { status },
  );
};

// POST /api/inbound-messages/import (multipart, field "file"): "Import .eml" in
// the Inbox. The file goes the way `npm run mail:receive` sends it
// (receiveMailFile); a file that is no mail message, too large, or mail for
// another team's mailbox is refused whole, with nothing stored.
export const importMailEndpoint: Endpoint = {
  path: IMPORT_PATH,
  method: 'post',
  handler: async (req) => {
    if (!importerRole(req.user) && !hasRole(req.user, 'admin')) return refuse(req, 'noRole', 403);
    // Refused before the body is read.
    if (Number(req.headers.get('content-length') ?? 0) > MAX_IMPORTED_MAIL_BYTES + 64 * 1024) {
      return refuse(req, 'tooLarge', 413);
    }
    const form = await req.formData?.().catch(() => undefined);
    const file = form?.get('file');
    if (!file || typeof file === 'string' || file.size === 0) return refuse(req, 'noFile', 400);
    if (file.size > MAX_IMPORTED_MAIL_BYTES) return refuse(req, 'tooLarge', 413);
    const raw = Buffer.from(await file.arrayBuffer());
    const problem = mailFileProblem(raw);
    if (problem) return refuse(req, problem, 400);
    const mailbox = await parseMail(raw)
      .then(async (mail) => mailboxOf(mail, await channelMailboxes(req)))
      .catch(() => undefined);
    if (!mayImport(req.user, mailbox)) return refuse(req, 'notYourMailbox', 403);
    let record;
    try {
      record = await receiveMailFile(req.payload, raw);
    } catch (error) {
      if (error instanceof MailFileRefused) return refuse(req, error.problem, 400);
      throw error;
    }
    if (wantsPage(req)) {
      return new Response(null, { status: 303, headers: { location: inboxUrl(req, `/${record.id}`) } });
    }
    return Response.json({ id: record.id, status: record.status, statusReason: record.statusReason }, { status: 201 });
  },
};
