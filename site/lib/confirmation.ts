import type { FormKind } from '../forms/types';

// What the confirmation page shows after a successful submission. It travels
// from the POST to the page it redirects to in the reader's session, so a
// reload never files twice and nothing about the case appears in a URL.
export type Confirmation = {
  kind: FormKind;
  number?: string;
  acknowledgementDueAt?: string | null;
  answerDueAt?: string | null;
  reviewDueAt?: string | null;
  statusToken?: string;
  // An escalation's complaint (when it came through the status page's link).
  caseNumber?: string;
};

export const CONFIRMATION_KEY = 'confirmation';
