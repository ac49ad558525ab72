import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { simpleParser, type AddressObject } from 'mailparser';
import { Webhook } from 'standardwebhooks';

// The receiving side of the Resend stand-in (resendStandIn.ts), as Resend's
// inbound mail works: a message arrives for the domain, Resend keeps it and
// calls the webhook with metadata only (`email.received`, Svix-signed); the
// product then fetches body, headers and attachments with the SDK
// (`emails.receiving.get`, `.list`, `.attachments.get/list`) and downloads the
// raw RFC 5322 message and each attachment from the URLs those answers carry.
// It also sends the delivery events of mail it accepted (`email.bounced`, …).

type StoredAttachment = { id: string; filename: string | null; contentType: string; content: Buffer; cid?: string };

export type StoredInbound = {
  id: string;
  raw: Buffer;
  createdAt: string;
  from: string;
  to: string[];
  subject: string;
  messageId: string;
  headers: Record<string, string>;
  text: string | null;
  html: string | null;
  attachments: StoredAttachment[];
};

export type WebhookOutcome = { status: number; body: string; webhookId: string };

export type SignOptions = {
  // Another secret than the endpoint's (a forger's), or no signature at all.
  secret?: string | null;
  // Seconds since the epoch; an old one makes the request stale.
  timestamp?: number;
  webhookId?: string;
};

export type InboundSide = {
  webhookSecret: string;
  messages: StoredInbound[];
  // Where webhooks go (the CMS's endpoint); set once the CMS is started.
  setWebhookUrl: (url: string) => void;
  // Stores a raw message as Resend would on receipt; no webhook yet.
  store: (raw: Buffer | string, envelopeTo?: string[]) => Promise<StoredInbound>;
  // Stores it and calls the webhook (`email.received`).
  receive: (raw: Buffer | string, envelopeTo?: string[]) => Promise<{ message: StoredInbound } & WebhookOutcome>;
  // Posts one event to the webhook, signed as Resend signs it (or not).
  deliver: (event: { type: string; created_at?: string; data: unknown }, sign?: SignOptions) => Promise<WebhookOutcome>;
  receivedEvent: (message: StoredInbound) => { type: string; created_at: string; data: unknown };
  // The next `count` fetches of this message answer 404, as for mail Resend has not stored yet.
  notYetServable: (id: string, count: number) => void;
  handle: (request: IncomingMessage, response: ServerResponse, path: string) => boolean;
  reset: () => void;
};

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

const addressesOf = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((entry) =>
    entry.value.map((address) => address.address ?? '').filter(Boolean),
  );

const headerText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toUTCString();
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return JSON.stringify(value);
};

export const inboundSide = (baseUrl: () => string, apiKey: string): InboundSide => {
  const webhookSecret = `whsec_${randomBytes(24).toString('base64')}`;
  const state = {
    messages: [] as StoredInbound[],
    webhookUrl: '',
    unavailable: new Map<string, number>(),
  };

  const store = async (raw: Buffer | string, envelopeTo?: string[]): Promise<StoredInbound> => {
    const bytes = Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8');
    const parsed = await simpleParser(bytes).catch(() => undefined);
    const headers: Record<string, string> = {};
    for (const [key, value] of parsed?.headers ?? []) headers[key] = headerText(value);
    const message: StoredInbound = {
      id: randomUUID(),
      raw: bytes,
      createdAt: new Date().toISOString(),
      from: parsed?.from?.text ?? '',
      to: envelopeTo ?? addressesOf(parsed?.to),
      subject: parsed?.subject ?? '',
      messageId: parsed?.messageId ?? `<${randomUUID()}@stand-in.invalid>`,
      headers,
      text: parsed?.text ?? null,
      html: typeof parsed?.html === 'string' ? parsed.html : null,
      attachments: (parsed?.attachments ?? []).map((attachment) => ({
        id: randomUUID(),
        filename: attachment.filename ?? null,
        contentType: attachment.contentType,
        content: attachment.content,
        cid: attachment.cid,
      })),
    };
    state.messages.push(message);
    return message;
  };

  const receivedEvent = (message: StoredInbound) => ({
    type: 'email.received',
    created_at: message.createdAt,
    data: {
      email_id: message.id,
      created_at: message.createdAt,
      from: message.from,
      to: message.to,
      bcc: [],
      cc: [],
      received_for: message.to,
      message_id: message.messageId,
      subject: message.subject,
      attachments: message.attachments.map((attachment) => ({
        id: attachment.id,
        filename: attachment.filename,
        content_type: attachment.contentType,
        content_disposition: 'attachment',
        content_id: attachment.cid ?? null,
      })),
    },
  });

  const deliver: InboundSide['deliver'] = async (event, sign = {}) => {
    const body = JSON.stringify({ created_at: new Date().toISOString(), ...event });
    const webhookId = sign.webhookId ?? `msg_${randomUUID()}`;
    const timestamp = new Date((sign.timestamp ?? Math.floor(Date.now() / 1000)) * 1000);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (sign.secret !== null) {
      headers['svix-id'] = webhookId;
      headers['svix-timestamp'] = String(Math.floor(timestamp.getTime() / 1000));
      headers['svix-signature'] = new Webhook(sign.secret ?? webhookSecret).sign(webhookId, timestamp, body);
    }
    const response = await fetch(state.webhookUrl, { method: 'POST', headers, body });
    return { status: response.status, body: await response.text(), webhookId };
  };

  const attachmentData = (message: StoredInbound, attachment: StoredAttachment) => ({
    object: 'attachment',
    id: attachment.id,
    filename: attachment.filename ?? undefined,
    size: attachment.content.length,
    content_type: attachment.contentType,
    content_disposition: 'attachment',
    content_id: attachment.cid,
    download_url: `${baseUrl()}/_downloads/${message.id}/${attachment.id}`,
    expires_at: new Date(Date.now() + 3_600_000).toISOString(),
  });

  const full = (message: StoredInbound) => ({
    object: 'email',
    id: message.id,
    to: message.to,
    from: message.from,
    created_at: message.createdAt,
    subject: message.subject,
    bcc: null,
    cc: null,
    reply_to: null,
    received_for: message.to,
    html: message.html,
    text: message.text,
    headers: message.headers,
    message_id: message.messageId,
    raw: { download_url: `${baseUrl()}/_downloads/${message.id}/raw`, expires_at: new Date().toISOString() },
    attachments: message.attachments.map((attachment) => ({
      id: attachment.id,
      filename: attachment.filename,
      size: attachment.content.length,
      content_type: attachment.contentType,
      content_id: attachment.cid ?? null,
      content_disposition: 'attachment',
    })),
  });

  // Answers an API request about a stored message, or 404 while it is "not yet there".
  const servable = (response: ServerResponse, id: string): StoredInbound | undefined => {
    const left = state.unavailable.get(id) ?? 0;
    const message = state.messages.find((candidate) => candidate.id === id);
    if (left > 0 || !message) {
      if (left > 0) state.unavailable.set(id, left - 1);
      json(response, 404, { statusCode: 404, name: 'not_found', message: 'Email not found' });
      return undefined;
    }
    return message;
  };

  const handle: InboundSide['handle'] = (request, response, path) => {
    if (request.method !== 'GET') return false;
    const download = /^\/_downloads\/([^/]+)\/([^/]+)$/.exec(path);
    if (download) {
      const message = state.messages.find((candidate) => candidate.id === download[1]);
      const content =
        download[2] === 'raw'
          ? message?.raw
          : message?.attachments.find((attachment) => attachment.id === download[2])?.content;
      if (!content) json(response, 404, { message: 'expired or unknown' });
      else {
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.end(content);
      }
      return true;
    }
    if (!path.startsWith('/emails/receiving')) return false;
    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      json(response, 401, { statusCode: 401, name: 'missing_api_key', message: 'Missing or invalid API key' });
      return true;
    }
    const parts = path.split('/').filter(Boolean).slice(2);
    if (parts.length === 0) {
      json(response, 200, {
        object: 'list',
        has_more: false,
        // A list item is the message without its body, headers and raw link.
        data: state.messages.map((message) => {
          const listed: Record<string, unknown> = full(message);
          for (const key of ['object', 'html', 'text', 'headers', 'raw']) Reflect.deleteProperty(listed, key);
          return listed;
        }),
      });
      return true;
    }
    const message = servable(response, parts[0] ?? '');
    if (!message) return true;
    if (parts.length === 1) json(response, 200, full(message));
    else if (parts.length === 2 && parts[1] === 'attachments') {
      const data = message.attachments.map((attachment) => attachmentData(message, attachment));
      json(response, 200, { object: 'list', has_more: false, data });
    } else {
      const attachment = message.attachments.find((candidate) => candidate.id === parts[2]);
      if (attachment) json(response, 200, attachmentData(message, attachment));
      else json(response, 404, { statusCode: 404, name: 'not_found', message: 'Attachment not found' });
    }
    return true;
  };

  return {
    webhookSecret,
    get messages() {
      return state.messages;
    },
    setWebhookUrl: (url) => {
      state.webhookUrl = url;
    },
    store,
    receive: async (raw, envelopeTo) => {
      const message = await store(raw, envelopeTo);
      return { message, ...(await deliver(receivedEvent(message))) };
    },
    deliver,
    receivedEvent,
    notYetServable: (id, count) => {
      state.unavailable.set(id, count);
    },
    handle,
    reset: () => {
      state.messages = [];
      state.unavailable.clear();
    },
  };
};
