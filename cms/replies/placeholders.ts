// What a reply from a case can fill in: in canned replies editors keep, and in
// the text staff send. The names follow the mail wording's (cms/mail/editable.ts:
// {name} as in the greeting, {answerDue} as in the acknowledgement); the check
// is the one every editable text has (cms/fields/placeholders.ts).
export const replyPlaceholders = ['name', 'caseNumber', 'answerDue', 'domains'] as const;

export type ReplyPlaceholder = (typeof replyPlaceholders)[number];
export type ReplyValues = Record<ReplyPlaceholder, string>;
