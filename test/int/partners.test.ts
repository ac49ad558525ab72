import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createLocalReq, handleEndpoints, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, Partner } from '../../cms/payload-types';
import { describeDatabase } from '../helpers/databaseEnv';
import { cmsUrl, postJson } from '../helpers/http';
import { siteClient, staffUser, testPayload } from '../helpers/payload';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/machine-reports');
const report = (name: string) =>
  JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as Record<string, unknown> & { report_id: string };
const png = readFileSync(path.resolve(import.meta.dirname, '../fixtures/screenshot.png'));

type Answer = {
  caseNumber?: string;
  repeated?: boolean;
  category?: string;
  domains?: string[];
  evidenceFiles?: number;
  errors?: { message: string }[];
};

// The partner API (POST /api/partners/reports) through Payload's own request
// handling, as the built CMS serves it: the partner's API key, the X-ARF v4
// body, the intake pipeline behind it.
describe(`the partner API on ${describeDatabase()}`, () => {
  let payload: Payload;
  let partner: Partner & { apiKey: string };

  const newPartner = async (data: Pick<Partial<Partner>, 'maxReportsPerHour' | 'reporterType'> = {}) => {
    const apiKey = randomUUID();
    const created = await payload.create({
      collection: 'partners',
      data: {
        name: `Example Anti-Phishing Service ${randomUUID().slice(0, 8)}`,
        contactEmail: 'desk@antiphishing.example',
        reporterType: 'organisation',
        maxReportsPerHour: 600,
        enableAPIKey: true,
        apiKey,
        ...data,
      },
    });
    return { ...created, apiKey };
  };

  const request = async (pathname: string, init: { method?: string; body?: string; authorization?: string }) => {
    const { default: config } = await import('@payload-config');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (init.authorization) headers.authorization = init.authorization;
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api${pathname}`, {
        method: init.method ?? 'POST',
        headers,
        ...(init.body === undefined ? {} : { body: init.body }),
      }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Answer };
  };

  const file = (body: unknown, key = partner.apiKey) =>
    request('/partners/reports', { body: JSON.stringify(body), authorization: `partners API-Key ${key}` });

  const casesOf = async (caseNumber: string) =>
    (await payload.find({ collection: 'cases', where: { caseNumber: { equals: caseNumber } }, depth: 0 })).docs;

  const counts = async () => ({
    cases: (await payload.count({ collection: 'cases' })).totalDocs,
    evidence: (await payload.count({ collection: 'evidence' })).totalDocs,
  });

  beforeAll(async () => {
    payload = await testPayload();
    partner = await newPartner();
  });

  afterAll(async () => {
    await payload.destroy();
  });

  it('files a valid X-ARF v4 report as an abuse report with its category, domains and decoded evidence', async () => {
    const phishing = { ...report('xarf4-phishing.json'), report_id: randomUUID() };
    const { status, body } = await file(phishing);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      repeated: false,
      category: 'phishing',
      domains: ['xn--bcher-login-thb.example'],
      evidenceFiles: 2,
    });
    expect(body.caseNumber).toMatch(/^A-\d{4}-\d{6}$/);

    const [stored] = (await casesOf(body.caseNumber ?? '')) as Case[];
    expect(stored).toMatchObject({
      channel: 'abuse',
      status: 'received',
      receivedVia: 'api',
      language: 'en',
      reporter: { name: partner.name, email: 'desk@antiphishing.example', organisation: partner.name },
      domains: [{ unicode: 'bücher-login.example', ascii: 'xn--bcher-login-thb.example' }],
      abuse: { category: 'phishing', reporterType: 'organisation' },
    });
    expect(stored?.abuse?.urls?.map((row) => row.url)).toEqual(['https://xn--bcher-login-thb.example/anmelden']);
    expect(stored?.abuse?.evidence).toContain('Reporter: Example Anti-Phishing Service <reports@antiphishing.example>');
    expect(stored?.deadlines?.acknowledgementDueAt).toBeTruthy();

    // The evidence files: checked and kept like the site's uploads, pointed at the case.
    const { docs: files } = await payload.find({
      collection: 'evidence',
      where: { case: { equals: stored?.id } },
      sort: 'filename',
    });
    expect(files.map((doc) => [doc.mimeType, doc.uploadedVia])).toEqual([
      ['image/png', `partner: ${partner.name}`],
      ['text/plain', `partner: ${partner.name}`],
    ]);
    expect(files[0]?.filesize).toBe(png.length);

    // The acknowledgement goes to the partner's contact address, like any reporter's.
    const { docs: mail } = await payload.find({
      collection: 'outbox',
      where: { and: [{ case: { equals: stored?.id } }, { to: { equals: 'desk@antiphishing.example' } }] },
    });
    expect(mail).toHaveLength(1);
  });

  it('answers a report sent again (same report id) with its first case', async () => {
    const malware = { ...report('xarf4-malware.json'), report_id: randomUUID() };
    const first = await file(malware);
    expect(first.status).toBe(201);
    const before = await counts();
    const again = await file(malware);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ caseNumber: first.body.caseNumber, repeated: true });
    expect(await counts()).toEqual(before);
  });

  it('refuses a report that fails the published schema with a 400 and its reasons, and stores nothing', async () => {
    const before = await counts();
    const { status, body } = await file(report('xarf4-invalid.json'));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('Not valid X-ARF v4');
    expect(body.errors?.[0]?.message).toContain('missing "sender"');
    expect(await counts()).toEqual(before);
  });

  it('refuses what is not an X-ARF v4 report, and a report whose evidence the site would refuse', async () => {
    const before = await counts();
    const notJson = await request('/partners/reports', {
      body: '<report/>',
      authorization: `partners API-Key ${partner.apiKey}`,
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors?.[0]?.message).toMatch(/not JSON/);
    const notXarf = await file({ Version: '3', Report: {} });
    expect(notXarf.status).toBe(400);
    expect(notXarf.body.errors?.[0]?.message).toMatch(/"xarf_version"/);

    // A shell script declared as a screenshot: Payload's content check refuses it,
    // and the text file stored before it is removed again.
    const disguised = {
      ...report('xarf4-phishing.json'),
      report_id: randomUUID(),
      evidence: [
        { content_type: 'text/plain', payload: Buffer.from('log line\n').toString('base64') },
        { content_type: 'image/png', payload: Buffer.from('#!/bin/sh\nrm -rf /\n').toString('base64') },
      ],
    };
    const refused = await file(disguised);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^Evidence file evidence-2\.png \(declared image\/png\) was refused: the desk takes only image\/png, .* files, recognised by their content\.$/,
    );

    const tooMany = {
      ...report('xarf4-phishing.json'),
      report_id: randomUUID(),
      evidence: Array.from({ length: 11 }, () => ({
        content_type: 'text/plain',
        payload: Buffer.from('x').toString('base64'),
      })),
    };
    const many = await file(tooMany);
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0]?.message).toBe('At most 10 evidence files are accepted; this report has 11.');
    expect(await counts()).toEqual(before);
  });

  it('refuses a wrong key with a 401, and any other caller with a 403', async () => {
    const before = await counts();
    const wrong = await file(report('xarf4-botnet.json'), 'not-a-partner-key');
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors?.[0]?.message).toContain('partners API-Key');
    const none = await request('/partners/reports', { body: JSON.stringify(report('xarf4-botnet.json')) });
    expect(none.status).toBe(401);
    const site = await request('/partners/reports', {
      body: JSON.stringify(report('xarf4-botnet.json')),
      authorization: `api-clients API-Key ${process.env.SITE_API_KEY}`,
    });
    expect(site.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('lets a partner key do nothing else: no reading cases, no filing through the site’s route', async () => {
    const authorization = `partners API-Key ${partner.apiKey}`;
    expect((await request('/cases', { method: 'GET', authorization })).status).toBe(403);
    expect((await request('/evidence', { method: 'GET', authorization })).status).toBe(403);
    expect((await request('/partners', { method: 'GET', authorization })).status).toBe(403);
    expect((await request('/users', { method: 'GET', authorization })).status).toBe(403);
    expect((await request('/payload-preferences', { method: 'GET', authorization })).status).toBe(403);
    const filed = await request('/cases', {
      authorization,
      body: JSON.stringify({ channel: 'abuse', language: 'en', name: 'x', email: 'x@example.test' }),
    });
    expect(filed.status).toBe(403);

    // Every access rule of every collection refuses a partner, except reading
    // what every visitor may read (the departments' published names on the
    // site): exactly the visitor's allowance, a query included.
    const req = await createLocalReq({ user: { ...partner, collection: 'partners' } as never }, payload);
    const visitor = await createLocalReq({}, payload);
    for (const collection of Object.values(payload.collections)) {
      for (const [operation, check] of Object.entries(collection.config.access)) {
        if (typeof check !== 'function') continue;
        const asPartner = await (check as (args: { req: unknown }) => unknown)({ req });
        const asVisitor = await (check as (args: { req: unknown }) => unknown)({ req: visitor });
        expect([collection.config.slug, operation, asPartner || false]).toEqual([
          collection.config.slug,
          operation,
          asVisitor || false,
        ]);
      }
    }
  });

  it('turns a partner over its hourly allowance away with a 429 and when to try again', async () => {
    const limited = await newPartner({ maxReportsPerHour: 1 });
    const first = await file({ ...report('xarf4-botnet.json'), report_id: randomUUID() }, limited.apiKey);
    expect(first.status).toBe(201);
    const second = await file({ ...report('xarf4-botnet.json'), report_id: randomUUID() }, limited.apiKey);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('gives an authority partner’s report the 24-hour review', async () => {
    const cert = await newPartner({ reporterType: 'authority' });
    const { status, body } = await file({ ...report('xarf4-spam.json'), report_id: randomUUID() }, cert.apiKey);
    expect(status).toBe(201);
    const [stored] = await casesOf(body.caseNumber ?? '');
    expect(stored?.abuse?.reporterType).toBe('authority');
    expect(stored?.deadlines?.reviewDueAt).toBeTruthy();
  });

  it('works over HTTP against the built CMS: an admin issues a key, the partner files with it', async () => {
    const login = await postJson('/api/users/login', {
      email: 'admin@example.test',
      password: 'correct-horse-battery-staple',
    });
    const { token } = (await login.json()) as { token: string };
    const apiKey = randomUUID();
    const issued = await postJson(
      '/api/partners',
      {
        name: 'Example CERT',
        contactEmail: 'cert@cert.example',
        reporterType: 'organisation',
        maxReportsPerHour: 100,
        enableAPIKey: true,
        apiKey,
      },
      { authorization: `JWT ${token}` },
    );
    expect(issued.status).toBe(201);
    const filed = await fetch(`${cmsUrl()}/api/partners/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `partners API-Key ${apiKey}` },
      body: JSON.stringify({ ...report('xarf4-phishing.json'), report_id: randomUUID() }),
    });
    expect(filed.status).toBe(201);
    expect(((await filed.json()) as Answer).caseNumber).toMatch(/^A-\d{4}-\d{6}$/);
    const read = await fetch(`${cmsUrl()}/api/cases`, { headers: { authorization: `partners API-Key ${apiKey}` } });
    expect(read.status).toBe(403);
  });

  it('is managed by admins only', async () => {
    const admin = await staffUser(payload, 'admin');
    const abuseSpecialist = await staffUser(payload, 'abuseSpecialist');
    const site = await siteClient(payload);
    const readAs = (user: unknown) =>
      payload.find({ collection: 'partners', overrideAccess: false, user: user as never }).then(
        (result) => result.totalDocs,
        () => 'refused',
      );
    expect(await readAs(admin)).toBeGreaterThan(0);
    expect(await readAs(abuseSpecialist)).toBe('refused');
    expect(await readAs(site)).toBe('refused');
  });
});
