import type { Endpoint } from 'payload';
import { isLocale, defaultLocale } from '@shared/i18n/locales';
import { fieldErrors } from '@shared/schemas/issues';
import { statusReplySchema } from '@shared/schemas/statusReply';
import { isSubmissionKey } from '@shared/submissionKey';
import { isSiteClient } from '../../../access/roles';
import { receiveStatusReply } from '../../../conversation/statusReply';
import { findCaseByToken } from '../byToken';

// POST /api/cases/status/:token/reply — the customer's message from their
// status page, sent on by the site (which rate-limits it per address). The
// token is the only key: a wrong, malformed or expired one (retention removes
// it) gets the same 404 as on the status endpoint, and stores nothing.
// Refusals name the field, in the reader's language, as Payload's do.
export const caseStatusReplyEndpoint: Endpoint = {
  path: '/status/:token/reply',
  method: 'post',
  handler: async (req) => {
    if (!isSiteClient(req.user)) return Response.json({ error: 'Forbidden' }, { status: 403 });
    const found = await findCaseByToken(req.payload, String(req.routeParams?.token ?? ''));
    if (!found) return Response.json({ error: 'Not found' }, { status: 404 });
    const body = ((await req.json?.().catch(() => undefined)) ?? {}) as Record<string, unknown>;
    const locale = isLocale(body.language) ? body.language : defaultLocale;
    const parsed = statusReplySchema.safeParse(body);
    if (!parsed.success) return Response.json({ errors: fieldErrors(parsed.error, locale) }, { status: 400 });
    if (!isSubmissionKey(body.submissionKey)) {
      return Response.json({ error: 'A submission key is required.' }, { status: 400 });
    }
    const stored = await receiveStatusReply(req, {
      found,
      text: parsed.data.message,
      submissionKey: body.submissionKey,
    });
    return Response.json(stored, { status: stored.repeated ? 200 : 201, headers: { 'cache-control': 'no-store' } });
  },
};
