// Writing to the customer from a case (cms/replies/, cms/components/ReplyComposer/),
// in English: the reference the other languages are typed against. Payload's
// i18n holds them under the `replies` namespace: `t('replies:send')`.
export const en = {
  // The composer
  heading: 'Write to the customer',
  intro:
    'Mailed to {{to}} with the greeting and signature, in the language chosen, and kept on the timeline. It changes neither the status nor a deadline: the answer stays its own action.',
  introNoEmail: 'This customer has no e-mail address: write to them by post.',
  language: 'Language of the message',
  customerLanguage: '{{language}} (the customer’s)',
  canned: 'Start from a canned reply',
  cannedNone: 'None: write my own',
  cannedNoneInLanguage: 'No canned replies in this language yet.',
  cannedLoading: 'Loading the canned replies…',
  cannedLoadFailed: 'The canned replies could not be loaded. You can still write your own message.',
  cannedReplaces: 'Picking a canned reply replaces the text below.',
  text: 'Message',
  textHint: 'Placeholders you can use: {{list}}. An empty line starts a new paragraph.',
  question: 'This is a question: the mail asks the customer to reply',
  attachments: 'Attachments (optional)',
  attachmentsHint: 'Up to {{count}} files of at most {{size}} each: PDF, text, images (PNG, JPEG, GIF, WebP) or mail.',
  send: 'Send to the customer',
  sending: 'Sending…',
  sent: 'Sent to {{to}}: it is in the outbox and on the timeline.',
  sentKeepEdits:
    'You have unsaved changes on this page, so it was not reloaded: save them to see the message in the conversation.',
  failed: 'Not sent.',
  offline: 'The desk could not be reached. Nothing was sent; try again.',
  // The endpoint's refusals
  notAllowed:
    'Only the colleagues who work this record write to its customer: complaints handlers for complaints and escalations, abuse specialists for abuse reports.',
  noEmail: 'This customer has no e-mail address: write to them by post and note it on the case.',
  empty: 'Write the message, or pick a canned reply.',
  tooLong: 'The message is longer than {{max}} characters.',
  badLanguage: 'Choose one of the languages offered.',
  cannedUnknown: 'That canned reply is not offered for this record in this language.',
  tooManyFiles: 'At most {{limit}} files can be attached; you chose {{count}}.',
  fileTooLarge: '{{filename}} is {{size}}; each file can be at most {{limit}}.',
  fileRefused:
    '{{filename}} was refused: only PDF, text, images (PNG, JPEG, GIF, WebP) and mail files are sent, recognised by their content.',
  tooLarge: 'The files together are too large to send.',
};

export type RepliesTranslations = typeof en;
export type RepliesKey = keyof RepliesTranslations;
