import { randomUUID } from 'node:crypto';
import { startBuiltProduct, type BuiltProduct } from './builtProduct';
import type { ResendStandIn } from './resendStandIn';

// The built product for a load test (see builtProduct.ts), with the stand-in
// in this process for the test to steer, and the admin's view of what is stored.
export type LoadProduct = BuiltProduct & { admin: () => Promise<StaffReader> };

export const startLoadProduct = async (cmsEnv: Record<string, string>): Promise<LoadProduct> => {
  const product = await startBuiltProduct('load', cmsEnv);
  const login = { email: product.database.ADMIN_EMAIL ?? '', password: product.database.ADMIN_PASSWORD ?? '' };
  return { ...product, admin: () => staffReader(product.cmsUrl, login) };
};

// The servers' complaints, for a failing test's report: the site's about the
// CMS and the database's, not the mail queue's (expected while the provider is down).
export const problemsIn = (logs: string[]) =>
  logs
    .filter((line) => /the CMS|SQLITE|ECONN|timeout|timed out/i.test(line) && !/Resend|stand-in/i.test(line))
    .slice(0, 60)
    .join('\n');

export type Submission = {
  marker: string;
  email: string;
  status: number | 'failed';
  location?: string;
  // How often the reader pressed "send" for this one form.
  tries: number;
};

export const complaintFields = (marker: string) => ({
  name: `Load ${marker}`,
  email: `${marker}@load.example`,
  topic: 'support',
  description: `Load test complaint ${marker}.`,
  expectedOutcome: 'That it is stored once.',
  website: '',
});

const postComplaint = async (siteUrl: string, fields: Record<string, string>) => {
  try {
    const response = await fetch(`${siteUrl}/en/complaint`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl },
      body: new URLSearchParams(fields).toString(),
      signal: AbortSignal.timeout(90_000),
    });
    await response.arrayBuffer();
    return { status: response.status, location: response.headers.get('location') ?? '' };
  } catch {
    return { status: 'failed' as const };
  }
};

// One reader filing the complaint form without JavaScript, as a browser posts
// it, with the submission key the form page carries. Told to try again (503),
// the reader sends the same form again a little later, up to `tries` times.
export const fileComplaint = async (siteUrl: string, marker: string, tries = 1): Promise<Submission> => {
  const fields = { ...complaintFields(marker), submissionKey: randomUUID() };
  for (let attempt = 1; ; attempt += 1) {
    const answer = await postComplaint(siteUrl, fields);
    if (answer.status !== 503 || attempt === tries) return { marker, email: fields.email, ...answer, tries: attempt };
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
};

// `clients` readers submitting one after another until `durationMs` has passed.
export const submitFor = async (
  siteUrl: string,
  { clients, durationMs, label, tries = 1 }: { clients: number; durationMs: number; label: string; tries?: number },
): Promise<Submission[]> => {
  const until = Date.now() + durationMs;
  const results: Submission[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let sent = 0; Date.now() < until; sent += 1) {
        results.push(await fileComplaint(siteUrl, `${label}-${client}-${sent}`, tries));
      }
    }),
  );
  return results;
};

export const accepted = (submission: Pick<Submission, 'status' | 'location'>) =>
  submission.status === 303 && submission.location?.endsWith('/received');

type StoredCase = {
  id: number | string;
  caseNumber?: string | null;
  reporter: { email: string };
  deadlines?: { acknowledgementDueAt?: string | null; answerDueAt?: string | null } | null;
};
type OutboxRow = { eventKey: string; to: string; status: string; kind: string };
type TimelineEvent = { case: number | string; type: string };

export type StaffReader = {
  cases: () => Promise<StoredCase[]>;
  outbox: () => Promise<OutboxRow[]>;
  timeline: () => Promise<TimelineEvent[]>;
};

// What the database holds, read back through the REST API as the admin.
export const staffReader = async (cmsUrl: string, login: { email: string; password: string }): Promise<StaffReader> => {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  const { token } = (await response.json()) as { token: string };
  const all = async <T>(collection: string, select: string): Promise<T[]> => {
    const docs: T[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await fetch(`${cmsUrl}/api/${collection}?depth=0&limit=500&page=${page}&sort=id&${select}`, {
        headers: { authorization: `JWT ${token}` },
      });
      if (!answer.ok) throw new Error(`GET ${collection}: ${answer.status} ${await answer.text()}`);
      const body = (await answer.json()) as { docs: T[]; hasNextPage: boolean };
      docs.push(...body.docs);
      if (!body.hasNextPage) return docs;
    }
  };
  return {
    cases: () =>
      all<StoredCase>(
        'cases',
        'select[caseNumber]=true&select[reporter][email]=true&select[deadlines][acknowledgementDueAt]=true&select[deadlines][answerDueAt]=true',
      ),
    outbox: () =>
      all<OutboxRow>('outbox', 'select[eventKey]=true&select[to]=true&select[status]=true&select[kind]=true'),
    timeline: () => all<TimelineEvent>('case-events', 'select[case]=true&select[type]=true'),
  };
};

// How many times each address got the message of one event kind (the event
// key's last part, e.g. `acknowledgement`), as the provider received them.
export const deliveriesTo = (resend: ResendStandIn, event: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const mail of resend.emails) {
    if (!mail.idempotencyKey?.endsWith(`:${event}`)) continue;
    for (const to of mail.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
};

export const waitUntil = async (check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`Not within ${timeoutMs / 1000} s: ${what}`);
};
