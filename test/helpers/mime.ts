import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';

// Real RFC 5322 messages for tests, built by nodemailer's MailComposer (the
// kept library mail programs' output is modelled on): encoded words for
// non-ASCII headers, multipart bodies, base64 attachments.
export const mime = (options: Mail.Options): Promise<Buffer> => new MailComposer(options).compile().build();

// A message in a legacy charset, as older mail programs still send it: the
// headers as RFC 2047 encoded words in ISO-8859-1/Windows-1252, the body in
// Latin-1 bytes (not UTF-8).
export const latin1Message = ({
  from,
  to,
  subject,
  body,
}: {
  from: string;
  to: string;
  subject: string;
  body: string;
}) => {
  const encodedWord = (text: string) =>
    `=?ISO-8859-1?Q?${[...Buffer.from(text, 'latin1')]
      .map((byte) =>
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
          ? String.fromCharCode(byte)
          : byte === 0x20
            ? '_'
            : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .join('')}?=`;
  const [name, address] = from.split('|') as [string, string];
  const head = [
    `From: ${encodedWord(name)} <${address}>`,
    `To: ${to}`,
    `Subject: ${encodedWord(subject)}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${Date.now()}.${Math.random().toString(16).slice(2)}@legacy.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=ISO-8859-1',
    'Content-Transfer-Encoding: 8bit',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'ascii'), Buffer.from(body.replace(/\n/g, '\r\n'), 'latin1')]);
};
