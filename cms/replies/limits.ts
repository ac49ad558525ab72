// How long a message staff write to a customer may be; the composer's counter
// and the endpoint read it here.
export const MAX_REPLY_CHARS = 20_000;

// The multipart field names the composer sends and the endpoint reads.
export const replyFields = {
  text: 'text',
  canned: 'canned',
  language: 'language',
  question: 'question',
  files: 'attachments',
  // One composition, one mail: a send repeated (a double click, a retry after a
  // lost answer) with the same key finds the first message.
  key: 'key',
} as const;
