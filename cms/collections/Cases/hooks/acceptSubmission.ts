import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload';
import { validationMessage } from '../../../../shared/i18n/validation';
import { MAX_EVIDENCE_FILES } from '../../../../shared/limits';
import { abuseReportSchema } from '../../../../shared/schemas/abuseReport';
import { complaintSchema } from '../../../../shared/schemas/complaint';
import { offeredFrom, onlyOffered } from '../../../../shared/schemas/offered';
import { hasRole, isSiteClient } from '../../../access/roles';
import { sealToken } from '../../../mail/links';
import { hashAccessToken, newAccessToken } from '../../../workflow/accessToken';
import { invalidSubmission, refuse, requestLocale } from '../../../workflow/errors';
import { abuseReportToCase, complaintToCase } from '../intake';
import { submissionKeyOf } from '../../../hooks/repeatedSubmission';

// Every new case gets the token of its private status link; the raw token is
// handed back once (see returnAccessToken) and only its hash is kept.
const withToken = (data: Record<string, unknown>, req: PayloadRequest, context: Record<string, unknown>) => {
  const token = newAccessToken();
  context.accessToken = token;
  return { ...data, accessTokenHash: hashAccessToken(token), accessTokenSealed: sealToken(req.payload, token) };
};

const fromSite = async (data: Record<string, unknown>, req: PayloadRequest, context: Record<string, unknown>) => {
  const receivedAt = new Date();
  const base = {
    receivedVia: 'web',
    receivedAt: receivedAt.toISOString(),
    status: 'received',
    submissionKey: submissionKeyOf(data),
  };
  // Only what editors offer on the forms (published Form choices) is accepted.
  const offered = offeredFrom(
    (await req.payload.findGlobal({
      slug: 'form-choices',
      depth: 0,
      draft: false,
      overrideAccess: true,
    })) as Parameters<typeof offeredFrom>[0],
  );
  if (data.channel !== 'abuse') {
    const complaint = onlyOffered(complaintSchema, 'topic', offered.complaintTopics).safeParse(data);
    if (!complaint.success) return invalidSubmission('cases', req, complaint.error);
    return withToken({ ...base, ...complaintToCase(complaint.data) }, req, context);
  }
  const report = onlyOffered(abuseReportSchema, 'category', offered.abuseCategories).safeParse(data);
  if (!report.success) return invalidSubmission('cases', req, report.error);
  const attachments = Array.isArray(data.attachments) ? (data.attachments as (number | string)[]) : [];
  if (attachments.length > MAX_EVIDENCE_FILES) {
    refuse('cases', req, 'attachments', validationMessage(requestLocale(req), 'tooManyFiles'));
  }
  const { reviewDueAt, ...abuseCase } = abuseReportToCase(report.data, receivedAt, attachments);
  context.reviewDueAt = reviewDueAt;
  return withToken({ ...base, ...abuseCase }, req, context);
};

// A create from the public site carries the form as the reader filled it in: it
// is checked with the same zod schema the site uses, and only what the schema
// accepts is kept, so nobody outside can set a status, a receipt time or a case
// number. Staff entering a case that came by mail, fax or phone use the
// collection's own fields, limited to the channels they work.
export const acceptSubmission: CollectionBeforeValidateHook = async ({ data = {}, operation, req, context }) => {
  if (operation !== 'create') return data;
  if (isSiteClient(req.user)) return fromSite(data, req, context);
  const channel = data.channel ?? 'complaint';
  const allowed = channel === 'abuse' ? hasRole(req.user, 'abuseSpecialist') : hasRole(req.user, 'handler');
  if (req.user && !allowed) refuse('cases', req, 'channel', 'Your role does not work this channel.');
  return withToken({ ...data, receivedVia: data.receivedVia ?? 'web' }, req, context);
};
