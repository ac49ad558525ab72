import { randomUUID } from 'node:crypto';
import type { ComplaintTopic } from '@shared/schemas/complaint';

// One complaint, as a reader fills in the site's form (site/forms/complaint.ts
// and site/forms/reporter.ts), sent the three ways the intake section compares.
export const complaint = {
  name: 'Anna de Vries',
  email: 'anna@example.nl',
  phone: '+31 20 123 4567',
  customerNumber: 'K-100234',
  organisation: 'Voorbeeld B.V.',
  topic: 'transfer' satisfies ComplaintTopic,
  domains: 'voorbeeld.nl, bücher.de',
  description: 'My transfer has been pending for two weeks and nobody answers my tickets.',
  expectedOutcome: 'Complete the transfer and refund the extra renewal.',
};

// Each form the site shows carries a key of its own, and the site sends it on
// to the CMS, which files each key once (site/lib/formPost.ts). Every request
// here is a new form, so a new key; a build without keys ignores the field.
const submissionKey = () => randomUUID();

// The no-JS form POST: the honeypot sent empty, as a browser does.
export const formBody = (): string =>
  new URLSearchParams({ ...complaint, website: '', submissionKey: submissionKey() }).toString();

// What the site sends the CMS for that form (site/lib/cms.ts).
export const cmsCaseBody = (): string =>
  JSON.stringify({ ...complaint, language: 'nl', submissionKey: submissionKey() });

// @payloadcms/plugin-form-builder's submission: one row per field.
export const formSubmissionBody = (formId: number | string): string =>
  JSON.stringify({
    form: formId,
    submissionData: Object.entries(complaint).map(([field, value]) => ({ field, value })),
  });

// A plain REST create with the same values in columns of their own.
export const bareCaseBody = (): string => JSON.stringify({ ...complaint, language: 'nl' });
