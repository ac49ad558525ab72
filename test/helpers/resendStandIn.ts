import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inboundSide, type InboundSide } from './resendInbound';

// A local stand-in for the Resend HTTP API (POST /emails), for tests. The real
// `resend` SDK in the product talks to it through RESEND_BASE_URL. It keeps
// what it accepted, honours Idempotency-Key as Resend does, and can be told to
// fail: answer 5xx, or take the message and then answer too late (the case
// where a client cannot know whether its send went through), or be down for a
// while, answering 503 and hanging by turns until it recovers.
//
// Other processes (the started product's tests) read and steer it over HTTP:
// GET /_stand-in/emails, POST /_stand-in/faults, POST /_stand-in/reset.
//
// `inbound` is its receiving side (resendInbound.ts): raw messages kept, served
// through `emails.receiving`, announced by signed webhooks.

export type ReceivedEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  reply_to?: string[] | string;
  headers?: Record<string, string>;
  idempotencyKey?: string;
  receivedAt: string;
};

export type Fault = ({ kind: 'error'; status: number } | { kind: 'slow'; ms: number }) & {
  // Only for messages to this address; without it, for whatever comes next.
  to?: string;
};

export type ResendStandIn = {
  url: string;
  apiKey: string;
  emails: ReceivedEmail[];
  requests: number;
  // Sends of a message already taken (same Idempotency-Key), answered from
  // memory as Resend does: a second sender would show here.
  repeats: number;
  // The next `count` requests meet this fault; later ones succeed again.
  failNext: (count: number, fault: Fault) => void;
  clearFaults: () => void;
  // Until `recover`, every send fails: every other one with a 503, the rest
  // hang without an answer (the message is not taken) until the client gives up.
  goDown: () => void;
  recover: () => void;
  reset: () => void;
  close: () => Promise<void>;
  inbound: InboundSide;
};

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const reply = (response: ServerResponse, status: number, body: unknown) => {
  if (response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

const apiError = (response: ServerResponse, statusCode: number, name: string, message: string) =>
  reply(response, statusCode, { statusCode, name, message });

export const startResendStandIn = async (apiKey = `re_test_${randomUUID()}`): Promise<ResendStandIn> => {
  const faults: Fault[] = [];
  // Idempotency-Key → the body it was first used with and the answer given.
  const idempotent = new Map<string, { body: string; id: string }>();
  const state = { emails: [] as ReceivedEmail[], requests: 0, repeats: 0, down: false };

  const takeFault = (raw: string): Fault | undefined => {
    const index = faults.findIndex((fault) => !fault.to || raw.includes(JSON.stringify(fault.to)));
    return index === -1 ? undefined : faults.splice(index, 1)[0];
  };

  const accept = (raw: string, key: string | undefined): { id: string; duplicate: boolean } | { conflict: true } => {
    if (key) {
      const earlier = idempotent.get(key);
      if (earlier?.body === raw) state.repeats += 1;
      if (earlier) return earlier.body === raw ? { id: earlier.id, duplicate: true } : { conflict: true };
    }
    const id = randomUUID();
    const body = JSON.parse(raw) as Omit<ReceivedEmail, 'id' | 'receivedAt' | 'to'> & { to: string | string[] };
    state.emails.push({
      ...body,
      to: Array.isArray(body.to) ? body.to : [body.to],
      id,
      idempotencyKey: key,
      receivedAt: new Date().toISOString(),
    });
    if (key) idempotent.set(key, { body: raw, id });
    return { id, duplicate: false };
  };

  const sendEmail = async (request: IncomingMessage, response: ServerResponse) => {
    state.requests += 1;
    const auth = request.headers.authorization;
    if (!auth) return apiError(response, 401, 'missing_api_key', 'Missing API key in the authorization header');
    if (auth !== `Bearer ${apiKey}`) return apiError(response, 403, 'invalid_api_key', 'API key is invalid');
    const raw = await readBody(request);
    if (state.down) {
      if (state.requests % 2) return apiError(response, 503, 'internal_server_error', 'The stand-in is down.');
      return new Promise<void>((resolve) => response.once('close', resolve));
    }
    const fault = takeFault(raw);
    if (fault?.kind === 'error') {
      return apiError(response, fault.status, 'internal_server_error', 'The stand-in was told to fail.');
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return apiError(response, 422, 'validation_error', 'Invalid JSON body');
    }
    for (const field of ['from', 'to', 'subject']) {
      if (!body[field]) return apiError(response, 422, 'validation_error', `The \`${field}\` field is missing.`);
    }
    const key = request.headers['idempotency-key'];
    const outcome = accept(raw, typeof key === 'string' ? key : undefined);
    if ('conflict' in outcome) {
      return apiError(
        response,
        409,
        'invalid_idempotent_request',
        'Same idempotency key used with a different payload',
      );
    }
    // A slow answer: the message is taken, but the client may give up first.
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    return reply(response, 200, { id: outcome.id });
  };

  const control = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (request.method === 'GET' && path === '/_stand-in/emails') return reply(response, 200, state.emails);
    if (request.method === 'POST' && path === '/_stand-in/faults') {
      const { count, fault } = JSON.parse(await readBody(request)) as { count: number; fault: Fault };
      for (let index = 0; index < count; index += 1) faults.push(fault);
      return reply(response, 200, { queued: faults.length });
    }
    // Mail to the desk's domain from a test in another process: the raw
    // message is stored and the signed `email.received` webhook delivered.
    if (request.method === 'POST' && path === '/_stand-in/inbound') {
      const { message, status } = await inbound.receive(Buffer.from(await readBody(request), 'utf8'));
      return reply(response, 200, { id: message.id, status });
    }
    // A delivery event (`email.bounced`, …) about mail the stand-in accepted.
    if (request.method === 'POST' && path === '/_stand-in/events') {
      const event = JSON.parse(await readBody(request)) as { type: string; data: unknown };
      return reply(response, 200, { status: (await inbound.deliver(event)).status });
    }
    if (request.method === 'POST' && path === '/_stand-in/reset') {
      standIn.reset();
      return reply(response, 200, {});
    }
    return apiError(response, 404, 'not_found', 'Not found');
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname;
    if (inbound.handle(request, response, path)) return;
    const handled =
      request.method === 'POST' && path === '/emails' ? sendEmail(request, response) : control(request, response, path);
    handled.catch((error: unknown) => apiError(response, 500, 'application_error', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const inbound = inboundSide(() => `http://127.0.0.1:${port}`, apiKey);

  const standIn: ResendStandIn = {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    get emails() {
      return state.emails;
    },
    get requests() {
      return state.requests;
    },
    get repeats() {
      return state.repeats;
    },
    failNext: (count, fault) => {
      for (let index = 0; index < count; index += 1) faults.push(fault);
    },
    clearFaults: () => {
      faults.length = 0;
    },
    goDown: () => {
      state.down = true;
    },
    recover: () => {
      state.down = false;
    },
    reset: () => {
      state.down = false;
      faults.length = 0;
      idempotent.clear();
      state.emails = [];
      state.requests = 0;
      inbound.reset();
      state.repeats = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    inbound,
  };
  return standIn;
};
