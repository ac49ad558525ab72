import { randomUUID } from 'node:crypto';
import { freePort, startCms, startSite, type Server } from '../../scripts/lib/processes';
import { throwawayDatabaseEnv } from './databaseEnv';
import { startResendStandIn, type ResendStandIn } from './resendStandIn';

// The built product for a load test: CMS and site on a throwaway embedded
// database, mail through the real Resend SDK to an in-process stand-in the test
// steers directly. The CMS can be killed (SIGKILL, no goodbye) and started
// again on the same port and database.
export type LoadProduct = {
  siteUrl: string;
  cmsUrl: string;
  resend: ResendStandIn;
  killCms: () => void;
  restartCms: () => Promise<void>;
  admin: () => Promise<StaffReader>;
  logs: string[];
  stop: () => Promise<void>;
};

export const startLoadProduct = async (env: Record<string, string>): Promise<LoadProduct> => {
  const database = throwawayDatabaseEnv('load');
  const [cmsPort, sitePort] = [await freePort(), await freePort()];
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const resend = await startResendStandIn();
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const cmsEnv = {
    ...database,
    SITE_URL: siteUrl,
    RESEND_API_KEY: resend.apiKey,
    RESEND_BASE_URL: resend.url,
    JOBS_AUTORUN: 'true',
    MAIL_QUEUE_CRON: '*/2 * * * * *',
    ...env,
  };
  let cms: Server = await startCms({ port: cmsPort, env: cmsEnv, log });
  const site = await startSite({
    port: sitePort,
    // Every submitter comes from 127.0.0.1: the per-address limit would refuse them.
    env: { CMS_URL: cms.url, SITE_API_KEY: database.SITE_API_KEY, RATE_LIMIT_SUBMIT_MAX: '1000000' },
    log,
  });
  const login = { email: database.ADMIN_EMAIL ?? '', password: database.ADMIN_PASSWORD ?? '' };
  return {
    siteUrl,
    cmsUrl: cms.url,
    resend,
    logs,
    killCms: () => cms.child.kill('SIGKILL'),
    restartCms: async () => {
      cms = await startCms({ port: cmsPort, env: cmsEnv, log });
    },
    admin: () => staffReader(cms.url, login),
    stop: async () => {
      await Promise.all([cms.stop(), site.stop()]);
      await resend.close();
    },
  };
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

export const accepted = (submission: Submission) =>
  submission.status === 303 && submission.location?.endsWith('/received');

type StoredCase = {
  id: number | string;
  caseNumber?: string | null;
  reporter: { email: string };
  deadlines?: { acknowledgementDueAt?: string | null; answerDueAt?: string | null } | null;
};
type OutboxRow = { eventKey: string; to: string; status: string; kind: string };

export type StaffReader = {
  cases: () => Promise<StoredCase[]>;
  outbox: () => Promise<OutboxRow[]>;
};

// What the database holds, read back through the REST API as the admin.
const staffReader = async (cmsUrl: string, login: { email: string; password: string }): Promise<StaffReader> => {
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
