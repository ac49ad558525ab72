import { SUBMISSION_KEY_FIELD } from '@shared/submissionKey';
import { postStatusReply } from './cms';
import type { Submitter } from './formPost';

// Tells the status page, after its redirect, that the reader's message was kept.
export const REPLY_SENT_KEY = 'statusReplySent';

// The status page's reply form hands its message to the CMS with the token of
// the page it was written on. A token that stopped working meanwhile (retention)
// is the same refusal as the CMS being away: nothing was kept.
export const replyToStatus =
  (token: string): Submitter<true> =>
  async ({ values, locale }) => {
    const result = await postStatusReply(token, {
      message: values.message ?? '',
      language: locale,
      submissionKey: values[SUBMISSION_KEY_FIELD] ?? '',
    });
    if (result.kind === 'done') return { kind: 'done', result: true };
    if (result.kind === 'invalid') return result;
    return { kind: 'unavailable' };
  };
