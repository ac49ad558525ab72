// The random key a form carries from the moment it is shown (see
// site/lib/formPost.ts and cms/hooks/repeatedSubmission.ts): the same name and
// shape on the site and in the CMS.
export const SUBMISSION_KEY_FIELD = 'submissionKey';

// The CMS's answer to a key it has stored already, carrying the first record.
export const REPEATED_SUBMISSION_STATUS = 409;

export const isSubmissionKey = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9-]{16,64}$/.test(value);
