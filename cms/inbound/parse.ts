import { simpleParser, type AddressObject, type HeaderValue } from 'mailparser';

export type MailAttachment = { filename: string; contentType: string; size: number; content: Buffer };

// One inbound message as the desk reads it: decoded headers (encoded words,
// any charset), plain text (from the HTML if there is no text part), thread
// ids and attachments. Parsed with mailparser, the kept MIME library.
export type ParsedMail = {
  from?: string;
  fromName?: string;
  to: string[];
  subject: string;
  text: string;
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  headers: Map<string, HeaderValue>;
  // Each Authentication-Results header, as written by the receiving servers.
  authenticationResults: string[];
  attachments: MailAttachment[];
  date?: Date;
};

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((entry) => entry.value);

const ids = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).map((id) => id.trim()).filter(Boolean);

const headerLines = (headers: Map<string, HeaderValue>, name: string): string[] => {
  const value = headers.get(name);
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry)));
};

// Throws only when the bytes are no message at all; a message with broken
// parts is read as far as it goes (mailparser is lenient, as mail clients are).
export const parseMail = async (raw: Buffer): Promise<ParsedMail> => {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true });
  const [sender] = addresses(mail.from);
  const text = mail.text ?? (typeof mail.html === 'string' ? mail.html.replace(/<[^>]+>/g, ' ') : '');
  return {
    from: sender?.address?.toLowerCase() || undefined,
    fromName: sender?.name || undefined,
    to: addresses(mail.to)
      .concat(addresses(mail.cc))
      .map((entry) => entry.address?.toLowerCase() ?? '')
      .filter(Boolean),
    subject: mail.subject ?? '',
    text: text.trim(),
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo,
    references: ids(mail.references),
    headers: mail.headers,
    authenticationResults: headerLines(mail.headers, 'authentication-results'),
    attachments: mail.attachments.map((attachment) => ({
      filename: attachment.filename ?? 'attachment',
      contentType: attachment.contentType,
      size: attachment.size ?? attachment.content.length,
      content: attachment.content,
    })),
    date: mail.date,
  };
};

export const headerText = (mail: ParsedMail, name: string): string => headerLines(mail.headers, name).join(' ');
