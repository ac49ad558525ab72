import type { Payload, Where } from 'payload';
import type { Case } from '../../payload-types';
import { hashAccessToken } from '../../workflow/accessToken';

// The case an escalation refers to: by the secret token from the answer mail, or
// by case number plus the email address it was filed with. A wrong email and an
// unknown number look the same to the caller, so nobody can probe for cases.
export const findEscalatedCase = async ({
  payload,
  token,
  caseNumber,
  email,
}: {
  payload: Payload;
  token?: string;
  caseNumber?: string;
  email?: string;
}): Promise<Case | undefined> => {
  const where: Where = token
    ? { accessTokenHash: { equals: hashAccessToken(token) } }
    : { caseNumber: { equals: caseNumber ?? '' } };
  // With its sealed status token, which the escalation's acknowledgement links to.
  const { docs } = await payload.find({
    collection: 'cases',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  });
  const found = docs[0];
  if (!found || found.channel !== 'complaint') return undefined;
  // A case without e-mail (entered from a letter) cannot be matched by address.
  const filedWith = found.reporter.email?.trim().toLowerCase();
  if (!token && (!filedWith || filedWith !== email?.trim().toLowerCase())) return undefined;
  return found;
};

type Refusal =
  'escalationTooEarly' | 'escalationExists' | 'escalationAnswered' | 'caseClosed' | 'escalationWindowClosed';

// Accepted only after the answer and until the window ends (both in business
// days, computed when the answer went out). A closed case says why it closed:
// its escalation had the final answer, its window ended, or staff closed it
// before any answer; only the second names a date, and a past one.
export const escalationRefusal = (found: Case, receivedAt: Date, escalated: boolean): Refusal | undefined => {
  if (found.status === 'escalated') return 'escalationExists';
  if (escalated) return 'escalationAnswered';
  const windowEnds = found.escalationWindowEndsAt ? new Date(found.escalationWindowEndsAt) : undefined;
  if (windowEnds && receivedAt > windowEnds) return 'escalationWindowClosed';
  if (found.status === 'closed') return 'caseClosed';
  if (found.status !== 'answered') return 'escalationTooEarly';
  return undefined;
};
