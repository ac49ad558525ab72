import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { freePort, startCms, startSite, startWorker, type Server } from '../../scripts/lib/processes';
import { throwawayDatabaseEnv } from '../helpers/databaseEnv';
import { accepted, complaintFields, deliveriesTo, staffReader, waitUntil } from '../helpers/load';
import { startMongoJavaServer, type MongoJavaServer } from '../helpers/mongoJavaServer';
import { startResendStandIn, type ResendStandIn } from '../helpers/resendStandIn';

// The scaled-out deployment of the README on one machine: two CMS instances
// with their queues off, the one worker, and two site instances, all on one
// MongoDB database (the one DATABASE_URI names, or a mongo-java-server started
// here) and the local Resend stand-in. No load balancer: each reader goes to
// either site, and a "proxy" address comes in X-Forwarded-For (TRUST_PROXY).
// SCALEOUT_SECONDS sets how long the 50 readers keep going (60 by default).
const loadMs = Number(process.env.SCALEOUT_SECONDS ?? 60) * 1000;
const READERS = 50;
const SUBMIT_LIMIT = 4;

const artifacts = path.resolve(import.meta.dirname, '../.artifacts');
const servers: Server[] = [];
const logs: string[] = [];
let mongo: MongoJavaServer | undefined;
let resend: ResendStandIn;
let database: Record<string, string>;
let cmsUrls: string[];
let siteUrls: string[];

const track = async (starting: Promise<Server>) => {
  const server = await starting;
  servers.push(server);
  return server;
};
const logTo = (name: string) => (line: string) => logs.push(`[${name}] ${line}`);

beforeAll(async () => {
  const given = process.env.DATABASE_URI?.startsWith('mongodb') ? process.env.DATABASE_URI : undefined;
  const name = `scaleout_${randomBytes(4).toString('hex')}`;
  let uri: string;
  if (given) {
    const url = new URL(given);
    url.pathname = `/${name}`;
    uri = url.toString();
  } else {
    mongo = await startMongoJavaServer();
    uri = mongo.uri(name);
  }
  database = {
    ...throwawayDatabaseEnv('scaleout'),
    DATABASE_URI: uri,
    ...(given ? {} : { MONGODB_FLAVOR: 'mongo-java-server' }),
  };
  resend = await startResendStandIn();
  const [cmsPorts, sitePorts] = [
    [await freePort(), await freePort()],
    [await freePort(), await freePort()],
  ];
  cmsUrls = cmsPorts.map((port) => `http://127.0.0.1:${port}`);
  siteUrls = sitePorts.map((port) => `http://127.0.0.1:${port}`);
  const cmsEnv = {
    ...database,
    // The public address; behind a load balancer it reaches one instance,
    // here the first: the second learns of publications from the content version.
    SITE_URL: siteUrls[0] ?? '',
    RESEND_API_KEY: resend.apiKey,
    RESEND_BASE_URL: resend.url,
    JOBS_AUTORUN: 'false',
    MAIL_QUEUE_CRON: '*/2 * * * * *',
    MAIL_QUEUE_LIMIT: '100',
    // Long enough that a slow answer on a busy machine is never sent again.
    MAIL_SEND_TIMEOUT_MS: '60000',
  };
  try {
    // The first start prepares a new database (indexes, seed); the rest join it.
    await track(startCms({ port: cmsPorts[0] ?? 0, env: cmsEnv, log: logTo('cms-1') }));
    await Promise.all([
      track(startCms({ port: cmsPorts[1] ?? 0, env: cmsEnv, log: logTo('cms-2') })),
      track(startWorker({ env: cmsEnv, log: logTo('worker') })),
      ...sitePorts.map((port, index) =>
        track(
          startSite({
            port,
            env: {
              CMS_URL: cmsUrls[index],
              CMS_PUBLIC_URL: cmsUrls[index],
              SITE_API_KEY: database.SITE_API_KEY,
              TRUST_PROXY: 'true',
              SITE_MONGODB_URI: uri,
              RATE_LIMIT_SUBMIT_MAX: String(SUBMIT_LIMIT),
              CONTENT_CHECK_SECONDS: '2',
            },
            log: logTo(`site-${index + 1}`),
          }),
        ),
      ),
    ]);
  } catch (error) {
    console.error(logs.join('\n'));
    throw error;
  }
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  // Every server's log, for reading after a run (CI keeps the folder's files).
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(path.join(artifacts, 'scaleout.log'), logs.join('\n'));
  await resend?.close();
  await mongo?.stop();
});

type Filing = { marker: string; email: string; status: number | 'failed'; location?: string; cookie?: string };

// A reader posting the complaint form without JavaScript, through a proxy that
// puts `forwardedFor` in X-Forwarded-For.
const postOnce = async (siteUrl: string, fields: Record<string, string>, forwardedFor: string) => {
  try {
    const response = await fetch(`${siteUrl}/en/complaint`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: siteUrl,
        'x-forwarded-for': forwardedFor,
      },
      body: new URLSearchParams(fields).toString(),
      signal: AbortSignal.timeout(90_000),
    });
    await response.arrayBuffer();
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    return { status: response.status, location: response.headers.get('location') ?? '', cookie };
  } catch {
    return { status: 'failed' as const };
  }
};

// Told to try again (503: the CMS did not answer in time, on a machine this
// busy), the reader sends the same form again, up to `tries` times, through
// whichever site the balancer picks; its submission key keeps it one case.
const file = async (sites: string[], marker: string, forwardedFor: string, tries = 1): Promise<Filing> => {
  const fields = { ...complaintFields(marker), submissionKey: randomUUID() };
  for (let attempt = 1; ; attempt += 1) {
    const answer = await postOnce(sites[(attempt - 1) % sites.length] ?? '', fields, forwardedFor);
    if (answer.status !== 503 || attempt === tries) return { marker, email: fields.email, ...answer };
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
};

// The page the form redirects to, asked of a site instance (maybe another one).
const confirmation = async (siteUrl: string, filing: Filing) => {
  const response = await fetch(`${siteUrl}/en/received`, {
    redirect: 'manual',
    headers: { cookie: filing.cookie ?? '' },
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, html: await response.text() };
};

const procedurePage = async (siteUrl: string) => {
  const response = await fetch(`${siteUrl}/en/`, { signal: AbortSignal.timeout(30_000) });
  return { status: response.status, html: await response.text() };
};

const adminToken = async (cmsUrl: string) => {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: database.ADMIN_EMAIL, password: database.ADMIN_PASSWORD }),
  });
  return ((await response.json()) as { token: string }).token;
};

describe('two CMS instances, one worker and two sites on one MongoDB', () => {
  it(`50 readers for ${loadMs / 1000} s through both sites: every complaint stored once, every acknowledgement sent once`, async () => {
    onTestFailed(() =>
      console.error(
        logs
          .filter((line) => /error|fail|refus/i.test(line))
          .slice(0, 80)
          .join('\n'),
      ),
    );
    const until = Date.now() + loadMs;
    const filings: Filing[] = [];
    const badReads: number[] = [];
    const lostConfirmations: string[] = [];
    const took = { read: [] as number[], file: [] as number[], confirm: [] as number[] };
    const timed = async <T>(kind: keyof typeof took, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        took[kind].push(performance.now() - started);
      }
    };
    await Promise.all(
      Array.from({ length: READERS }, async (_, reader) => {
        for (let turn = 0; Date.now() < until; turn += 1) {
          // Each turn on the other site, as a load balancer would spread them.
          const site = siteUrls[(reader + turn) % siteUrls.length] ?? '';
          const other = siteUrls[(reader + turn + 1) % siteUrls.length] ?? '';
          const page = await timed('read', () => procedurePage(site)).catch(() => ({ status: 0 }));
          if (page.status !== 200) badReads.push(page.status);
          // Every reader's own address, so no limit is met here.
          const filing = await timed('file', () =>
            file([site, other], `scaleout-${reader}-${turn}`, `10.0.${reader}.${turn % 250}`, 3),
          );
          filings.push(filing);
          // The redirect lands on the other instance: the session is shared.
          if (accepted(filing)) {
            const page = await timed('confirm', () => confirmation(other, filing)).catch(() => ({
              status: 0,
              html: '',
            }));
            if (page.status !== 200 || !/C-\d{4}-\d{6}/.test(page.html)) lostConfirmations.push(filing.marker);
          }
        }
      }),
    );
    const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[values.length >> 1] ?? 0);
    console.log(
      `${filings.length} complaints filed through two sites in ${loadMs / 1000} s by ${READERS} readers; ` +
        `median ms: read ${median(took.read)}, file ${median(took.file)}, confirmation ${median(took.confirm)}`,
    );
    expect(badReads).toEqual([]);
    expect(filings.filter((filing) => !accepted(filing))).toEqual([]);
    expect(lostConfirmations).toEqual([]);

    // Stored once each, numbered once each, whichever CMS instance took it.
    const admin = await staffReader(cmsUrls[1] ?? '', {
      email: database.ADMIN_EMAIL ?? '',
      password: database.ADMIN_PASSWORD ?? '',
    });
    const cases = await admin.cases();
    const emails = new Set(filings.map((filing) => filing.email));
    const stored = cases.filter((doc) => emails.has(doc.reporter.email));
    expect(stored).toHaveLength(filings.length);
    expect(new Set(stored.map((doc) => doc.reporter.email)).size).toBe(filings.length);
    expect(new Set(cases.map((doc) => doc.caseNumber)).size).toBe(cases.length);
    for (const doc of stored) expect(doc.caseNumber).toMatch(/^C-\d{4}-\d{6}$/);

    // The worker alone sends: each acknowledgement reaches the provider once,
    // and no message is ever sent a second time (a second runner would).
    await waitUntil(
      () => deliveriesTo(resend, 'acknowledgement').size >= emails.size,
      150_000,
      'every acknowledgement delivered by the worker',
    );
    const acknowledgements = deliveriesTo(resend, 'acknowledgement');
    for (const email of emails) expect(acknowledgements.get(email), email).toBe(1);
    expect(resend.repeats).toBe(0);
    console.log(`${resend.emails.length} messages delivered after ${resend.requests} requests to the provider`);
  });

  it('counts one address against one limit on both sites', async () => {
    const address = '203.0.113.77';
    // The first entries are whatever the client sent: only the proxy's last one counts.
    const through = (turn: number) => `198.51.100.${turn}, ${address}`;
    for (let turn = 0; turn < SUBMIT_LIMIT; turn += 1) {
      const filing = await file([siteUrls[turn % 2] ?? ''], `limit-${turn}`, through(turn));
      expect(accepted(filing), `submission ${turn + 1}`).toBe(true);
    }
    // Each site saw only half of them; the shared count refuses the next anyway.
    const refused = await file([siteUrls[SUBMIT_LIMIT % 2] ?? ''], 'limit-over', through(99));
    expect(refused.status).toBe(429);
    const other = await file([siteUrls[(SUBMIT_LIMIT + 1) % 2] ?? ''], 'limit-over-2', through(98));
    expect(other.status).toBe(429);
    // Another reader behind the same proxy is still served.
    expect(accepted(await file([siteUrls[0] ?? ''], 'limit-other-reader', '203.0.113.78'))).toBe(true);
  });

  // It was skipped for a while: in about 3 of 10 runs neither site showed the
  // new title within 120 s. The cause was the site's kept page, served again
  // after a publication once a render that was not kept had loaded the new
  // content (test/unit/pageCache.test.ts shows it without servers).
  it("shows an editor's published change on both sites", async () => {
    onTestFailed(() =>
      console.error(
        logs
          .filter((line) => /content|CMS/.test(line))
          .slice(-40)
          .join('\n'),
      ),
    );
    const title = `Our complaints procedure ${randomBytes(4).toString('hex')}`;
    // Both sites have the procedure page kept before the change.
    for (const site of [...siteUrls, ...siteUrls]) expect((await procedurePage(site)).html).not.toContain(title);
    // Published through the second CMS instance; it tells only the first site.
    const response = await fetch(`${cmsUrls[1]}/api/globals/procedure-page?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${await adminToken(cmsUrls[1] ?? '')}` },
      body: JSON.stringify({ title, _status: 'published' }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    // Long before the cache's 300 s run out: within the content check (2 s
    // here) and the time a page takes on a machine this busy.
    const publishedAt = performance.now();
    const showing = async () =>
      (await Promise.all(siteUrls.map(procedurePage))).map(({ html }) => html.includes(title));
    await waitUntil(async () => (await showing()).every(Boolean), 120_000, 'the new title on both sites').catch(
      async (error: unknown) => {
        const titles = await Promise.all(
          siteUrls.map(async (site) => /<title>([^<]*)<\/title>/.exec((await procedurePage(site)).html)?.[1]),
        );
        const inCms = await Promise.all(
          cmsUrls.map(async (cms) =>
            fetch(`${cms}/api/globals/procedure-page?locale=en&depth=0`, {
              headers: { authorization: `api-clients API-Key ${database.SITE_API_KEY}` },
            }).then(async (answer) => ((await answer.json()) as { title?: string }).title),
          ),
        );
        throw new Error(
          `${String(error)}; the sites' titles: ${JSON.stringify(titles)}; the CMS's: ${JSON.stringify(inCms)}`,
        );
      },
    );
    console.log(
      `The new title showed on both sites ${Math.round((performance.now() - publishedAt) / 1000)} s after it was published`,
    );
  });
});
