import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import { unsealToken } from '../../../mail/links';

// The creator (the site, or staff entering a letter) gets the status link's
// token once, in the create response; it is never stored or readable again.
export const returnAccessToken: CollectionAfterChangeHook = ({ doc, operation, context }) =>
  operation === 'create' && typeof context.accessToken === 'string'
    ? { ...doc, accessToken: context.accessToken }
    : doc;

// The same answer for a form the site sends again (see hooks/repeatedSubmission):
// the first case's number, deadlines and status-link token.
export const caseConfirmation = (doc: Record<string, unknown>, req: PayloadRequest) => ({
  caseNumber: doc.caseNumber,
  deadlines: doc.deadlines,
  accessToken: unsealToken(req.payload, doc.accessTokenSealed),
});
