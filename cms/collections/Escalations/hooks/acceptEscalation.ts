import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload';
import { formatDeadline } from '../../../../shared/i18n/formatDate';
import type { Locale } from '../../../../shared/i18n/locales';
import { validationMessage } from '../../../../shared/i18n/validation';
import { escalationSchema } from '../../../../shared/schemas/escalation';
import { hasRole, isSiteClient } from '../../../access/roles';
import type { Case } from '../../../payload-types';
import { relationId } from '../../../utilities/relationId';
import { invalidSubmission, refuse, requestLocale } from '../../../workflow/errors';
import { escalationRefusal, findEscalatedCase } from '../findEscalatedCase';
import { submissionKeyOf } from '../../../hooks/repeatedSubmission';

const refuseFor = async (req: PayloadRequest, locale: Locale, found: Case, receivedAt: Date, path: string) => {
  const { totalDocs } = await req.payload.count({
    collection: 'escalations',
    where: { case: { equals: found.id } },
    overrideAccess: true,
    req,
  });
  const refusal = escalationRefusal(found, receivedAt, totalDocs > 0);
  if (!refusal) return;
  const date = found.escalationWindowEndsAt ? formatDeadline(found.escalationWindowEndsAt, locale) : '';
  refuse('escalations', req, path, validationMessage(locale, refusal).replace('{date}', date));
};

// An escalation from the site names its case by token or by number and email;
// a late, early or unknown one is refused with a reason the customer can act on.
// Staff entering an escalation that came by letter pick the case and give the
// real time of receipt; the same window rule applies.
export const acceptEscalation: CollectionBeforeValidateHook = async ({ data = {}, operation, req, context }) => {
  if (operation !== 'create') return data;
  const locale = requestLocale(req);

  if (!isSiteClient(req.user)) {
    if (req.user && !hasRole(req.user, 'handler'))
      refuse('escalations', req, 'case', 'Only complaints handlers file escalations.');
    const caseId = relationId(data.case);
    const found = await req.payload
      .findByID({ collection: 'cases', id: caseId as number, depth: 0, overrideAccess: true })
      .catch(() => undefined);
    if (!found) return refuse('escalations', req, 'case', 'Choose the complaint this escalation is about.');
    await refuseFor(req, 'en', found, new Date(data.receivedAt ?? Date.now()), 'case');
    context.escalatedCase = found;
    return { ...data, receivedVia: data.receivedVia ?? 'post' };
  }

  const parsed = escalationSchema.safeParse(data);
  if (!parsed.success) return invalidSubmission('escalations', req, parsed.error);
  const input = parsed.data;
  const found = await findEscalatedCase({
    payload: req.payload,
    token: input.token,
    caseNumber: input.caseNumber,
    email: input.email,
  });
  const path = input.token ? 'token' : 'caseNumber';
  if (!found) return refuse('escalations', req, path, validationMessage(locale, 'escalationNotFound'));
  const receivedAt = new Date();
  await refuseFor(req, locale, found, receivedAt, path);
  context.escalatedCase = found;
  return {
    case: found.id,
    language: input.language,
    receivedVia: 'web',
    receivedAt: receivedAt.toISOString(),
    reporter: {
      name: input.name,
      email: input.email,
      phone: input.phone,
      customerNumber: input.customerNumber,
      organisation: input.organisation,
    },
    domains: input.domains,
    description: input.description,
    reasonUnsatisfied: input.reasonUnsatisfied,
    expectedSteps: input.expectedSteps,
    submissionKey: submissionKeyOf(data),
  };
};
