import type { PayloadEmailAdapter as EmailAdapter, SendEmailOptions } from 'payload';
import { Resend } from 'resend';
import { cmsSettings } from '@shared/settings';

// The header that carries the outbox's key for one message. The provider uses it
// as its idempotency key, so a retried send (after a timeout, say) is delivered
// once; it also travels with the mail for tracing.
export const OUTBOX_KEY_HEADER = 'X-Outbox-Key';

export type SendResult = { delivered: boolean; providerMessageId?: string };

type AddressEntry = string | { name?: string; address?: string } | AddressEntry[];

// Nodemailer's address forms (a string, { name, address }, lists of either).
const addresses = (value: SendEmailOptions['to']): string[] => {
  const flat = (entry: AddressEntry | undefined | null): string[] => {
    if (!entry) return [];
    if (Array.isArray(entry)) return entry.flatMap(flat);
    if (typeof entry === 'string') return [entry];
    return entry.name ? [`${entry.name} <${entry.address ?? ''}>`] : entry.address ? [entry.address] : [];
  };
  return flat(value as AddressEntry);
};

const single = (value: SendEmailOptions['from'] | SendEmailOptions['replyTo']): string | undefined =>
  addresses(value as SendEmailOptions['to'])[0];

const headerMap = (headers: SendEmailOptions['headers']): Record<string, string> => {
  const result: Record<string, string> = {};
  if (!headers || Array.isArray(headers)) return result;
  for (const [key, value] of Object.entries(headers)) {
    if (typeof value === 'string') result[key] = value;
  }
  return result;
};

// Files sent with a message (a reply's attachments, cms/replies/), in
// Nodemailer's form as Payload hands them over; the SDK sends them base64-encoded.
const attachmentsOf = (list: SendEmailOptions['attachments']) => {
  const files = (list ?? []).flatMap((file) =>
    Buffer.isBuffer(file.content) && typeof file.filename === 'string'
      ? [{ filename: file.filename, content: file.content, contentType: file.contentType }]
      : [],
  );
  return files.length ? files : undefined;
};

const sendTimeoutMs = () => cmsSettings().MAIL_SEND_TIMEOUT_MS;

// Payload's email adapter on the Resend SDK. The SDK honours RESEND_BASE_URL, so
// tests point it at a local stand-in for the Resend API.
const resendAdapter =
  (apiKey: string): EmailAdapter<SendResult> =>
  () => {
    const resend = new Resend(apiKey);
    return {
      name: 'resend',
      defaultFromAddress: cmsSettings().MAIL_DEFAULT_FROM,
      defaultFromName: 'Complaints desk',
      sendEmail: async (message) => {
        const headers = headerMap(message.headers);
        const from = single(message.from);
        if (!from) throw new Error('A mail needs a sender.');
        const { data, error } = await resend.emails.send(
          {
            from,
            to: addresses(message.to),
            subject: String(message.subject ?? ''),
            html: typeof message.html === 'string' ? message.html : undefined,
            text: typeof message.text === 'string' ? message.text : '',
            replyTo: single(message.replyTo),
            headers,
            attachments: attachmentsOf(message.attachments),
          },
          { idempotencyKey: headers[OUTBOX_KEY_HEADER], signal: AbortSignal.timeout(sendTimeoutMs()) },
        );
        if (error || !data) {
          const status = error && 'statusCode' in error && error.statusCode ? ` (HTTP ${error.statusCode})` : '';
          throw new Error(`Resend refused the message${status}: ${error?.message ?? 'no response'}`);
        }
        return { delivered: true, providerMessageId: data.id };
      },
    };
  };

// Without a provider key (the embedded default) nothing leaves the machine: the
// message is logged, and the outbox keeps it, marked as not sent.
const logOnlyAdapter: EmailAdapter<SendResult> = ({ payload }) => ({
  name: 'log-only',
  defaultFromAddress: 'desk@key-systems.net',
  defaultFromName: 'Complaints desk',
  sendEmail: async (message) => {
    payload.logger.info(
      `Mail not sent (no RESEND_API_KEY): to ${addresses(message.to).join(', ')}, subject "${String(message.subject)}"`,
    );
    return { delivered: false };
  },
});

export const mailAdapter = (): EmailAdapter<SendResult> => {
  const apiKey = cmsSettings().RESEND_API_KEY;
  return apiKey ? resendAdapter(apiKey) : logOnlyAdapter;
};
