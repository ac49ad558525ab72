import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { cmsUrl, postJson, postOnOwnConnection, siteHeaders } from '../helpers/http';
import { validAbuseReport, validComplaint } from '../helpers/payload';

type CreatedCase = { doc: { id: number | string; caseNumber: string; status: string; accessToken?: string } };
type Refusal = { errors: { data?: { errors: { path: string; message: string }[] } }[] };

// The same rules over HTTP, against the built CMS (`next start`) on a database of
// its own: what the site, a visitor or a script on the internet can and cannot do.
describe(`the CMS's HTTP API on ${describeDatabase()}`, () => {
  const cms = cmsUrl();

  const staffToken = async () => {
    const response = await postJson('/api/users/login', {
      email: 'admin@example.test',
      password: 'correct-horse-battery-staple',
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  };

  const fileComplaint = async (body: Record<string, unknown> = validComplaint, locale = 'nl') => {
    const response = await postJson(`/api/cases?locale=${locale}`, body, siteHeaders());
    expect(response.status).toBe(201);
    return ((await response.json()) as CreatedCase).doc;
  };

  it('lets the site file a complaint and answers with its number and status-link token', async () => {
    const doc = await fileComplaint();
    expect(doc.caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
    expect(doc.status).toBe('received');
    expect(doc.accessToken).toMatch(/^[\w-]{43}$/);
  });

  it('stores a form sent twice with the same submission key once, and answers the repeat with the first case', async () => {
    const key = randomUUID();
    const body = { ...validComplaint, email: `twice-${key}@example.nl`, submissionKey: key };
    // Five copies at once (a retry racing the original), then one more later.
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => postJson('/api/cases?locale=de', body, siteHeaders())),
    );
    const statuses = racing.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    for (const status of statuses) expect([201, 400, 409]).toContain(status);
    const created = ((await racing[statuses.indexOf(201)]?.json()) as CreatedCase).doc;
    const repeat = await postJson('/api/cases?locale=de', body, siteHeaders());
    expect(repeat.status).toBe(409);
    const { errors } = (await repeat.json()) as { errors: { data: { doc: CreatedCase['doc'] } }[] };
    expect(errors[0]?.data.doc).toMatchObject({ caseNumber: created.caseNumber, accessToken: created.accessToken });

    const token = await staffToken();
    const stored = await fetch(`${cms}/api/cases?where[reporter.email][equals]=twice-${key}@example.nl&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    });
    const { docs } = (await stored.json()) as { docs: Record<string, unknown>[] };
    expect(docs).toHaveLength(1);
    // The key is never handed out.
    expect(docs[0]).not.toHaveProperty('submissionKey');
  });

  it('refuses a submission that does not come through the site', async () => {
    expect((await postJson('/api/cases', validComplaint)).status).toBe(403);
    const forged = await postJson('/api/cases', validComplaint, { authorization: 'api-clients API-Key forged' });
    expect(forged.ok).toBe(false);
    expect((await postJson('/api/feedback', { language: 'en', topic: 'website', message: 'Hi' })).status).toBe(403);
  });

  it('refuses a bad complaint with a 400 naming each field in the requested language', async () => {
    const response = await postJson(
      '/api/cases?locale=de',
      { ...validComplaint, email: 'nope', topic: 'x' },
      siteHeaders(),
    );
    expect(response.status).toBe(400);
    const fields = ((await response.json()) as Refusal).errors[0]?.data?.errors ?? [];
    expect(fields.map((field) => field.path).sort()).toEqual(['email', 'topic']);
    expect(fields.find((field) => field.path === 'topic')?.message).toBe('Wählen Sie eine der Optionen.');
  });

  it('never lets a visitor or the site list, read, change or delete cases', async () => {
    const doc = await fileComplaint();
    for (const headers of [{}, siteHeaders()]) {
      expect((await fetch(`${cms}/api/cases`, { headers })).status).toBe(403);
      expect((await fetch(`${cms}/api/cases/${doc.id}`, { headers })).status).toBe(403);
      const patch = await fetch(`${cms}/api/cases/${doc.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ status: 'closed' }),
      });
      expect(patch.status).toBe(403);
      expect((await fetch(`${cms}/api/cases/${doc.id}`, { method: 'DELETE', headers })).status).toBe(403);
    }
  });

  it('shows the private status view for the right token only, without personal data', async () => {
    const doc = await fileComplaint();
    const status = await fetch(`${cms}/api/cases/status/${doc.accessToken}`, { headers: siteHeaders() });
    expect(status.status).toBe(200);
    const view = (await status.json()) as Record<string, unknown>;
    expect(view).toMatchObject({ caseNumber: doc.caseNumber, status: 'received', canEscalate: false });
    // The reader's own name and address come back only to fill in their
    // escalation form (server-side, with the site's key); nowhere else.
    const { name, email, ...restOfFiling } = (view.filed ?? {}) as Record<string, unknown>;
    expect({ name, email }).toEqual({ name: 'Anna de Vries', email: 'anna@example.nl' });
    // The conversation repeats the mail we sent them (greeting them by name)
    // and what they wrote; it names no address.
    const { conversation, ...restOfView } = view;
    expect(JSON.stringify(conversation)).not.toContain('anna@example.nl');
    const elsewhere = JSON.stringify({ ...restOfView, filed: restOfFiling });
    expect(elsewhere).not.toContain('anna@example.nl');
    expect(elsewhere).not.toContain('Anna de Vries');

    const wrong = await fetch(`${cms}/api/cases/status/${'A'.repeat(43)}`, { headers: siteHeaders() });
    const malformed = await fetch(`${cms}/api/cases/status/..%2F..%2Fetc`, { headers: siteHeaders() });
    expect(wrong.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(await wrong.text()).toBe(await malformed.text());
    expect((await fetch(`${cms}/api/cases/status/${doc.accessToken}`)).status).toBe(403);
  });

  it('shows staff the filed complaint', async () => {
    const doc = await fileComplaint({ ...validComplaint, name: 'Staff Should See Me' });
    const token = await staffToken();
    const response = await fetch(`${cms}/api/cases/${doc.id}`, { headers: { authorization: `JWT ${token}` } });
    expect(response.status).toBe(200);
    const found = (await response.json()) as { reporter: { name: string } };
    expect(found.reporter.name).toBe('Staff Should See Me');
  });

  it('routes feedback from the site to a department', async () => {
    const response = await postJson(
      '/api/feedback?locale=en',
      { language: 'en', topic: 'website', department: '', message: 'The form was easy to use.', email: '' },
      siteHeaders(),
    );
    expect(response.status).toBe(201);
    const { doc } = (await response.json()) as { doc: { department: number | string; status: string } };
    expect(doc.department).toBeTruthy();
    expect(doc.status).toBe('new');
  });

  it('takes an abuse report with a real screenshot as evidence', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'screenshot.png');
    const upload = await fetch(`${cms}/api/evidence`, { method: 'POST', headers: siteHeaders(), body: form });
    expect(upload.status).toBe(201);
    const { doc: file } = (await upload.json()) as { doc: { id: number | string } };
    const response = await postJson(
      '/api/cases?locale=de',
      { ...validAbuseReport, attachments: [file.id] },
      siteHeaders(),
    );
    expect(response.status).toBe(201);
    const { doc } = (await response.json()) as CreatedCase;
    expect(doc.caseNumber).toMatch(/^A-/);
    // Only abuse specialists (and admins) may open evidence.
    expect((await fetch(`${cms}/api/evidence/${file.id}`, { headers: siteHeaders() })).status).toBe(403);
    const token = await staffToken();
    const stored = await fetch(`${cms}/api/evidence/${file.id}?depth=0`, {
      headers: { authorization: `JWT ${token}` },
    });
    expect(((await stored.json()) as { case: number | string }).case).toBe(doc.id);
  });

  it('refuses a file that only pretends to be an image', async () => {
    const form = new FormData();
    form.append('file', new Blob(['#!/bin/sh\nrm -rf /\n'], { type: 'image/png' }), 'screenshot.png');
    const upload = await fetch(`${cms}/api/evidence`, { method: 'POST', headers: siteHeaders(), body: form });
    expect(upload.status).toBeGreaterThanOrEqual(400);
    expect(upload.status).toBeLessThan(500);
  });

  it('refuses evidence over the size limit', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(11 * 1024 * 1024, 0x20)], { type: 'text/plain' }), 'huge.txt');
    // The server answers before reading the whole body and drops the connection:
    // a connection of its own keeps that from touching the other tests' requests.
    const status = await postOnOwnConnection(`${cms}/api/evidence`, form, siteHeaders());
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('keeps staff accounts private from visitors and the site', async () => {
    expect((await fetch(`${cms}/api/users`)).status).toBe(403);
    expect((await fetch(`${cms}/api/users`, { headers: siteHeaders() })).status).toBe(403);
    const signup = await postJson('/api/users', { email: 'intruder@example.test', password: 'x'.repeat(12) });
    expect(signup.status).toBe(403);
  });

  it('serves the published procedure and contact details to anyone', async () => {
    const page = (await (await fetch(`${cms}/api/globals/procedure-page?locale=de`)).json()) as { title: string };
    expect(page.title).toBe('Beschwerden und Missbrauch melden');
    const contact = (await (await fetch(`${cms}/api/globals/contact-details?locale=en`)).json()) as {
      complaintsEmail: string;
    };
    expect(contact.complaintsEmail).toBe('complaints@key-systems.net');
  });

  it('does not let a visitor or the site change the published content', async () => {
    expect((await postJson('/api/globals/procedure-page?locale=nl', { title: 'Defaced' })).status).toBe(403);
    expect((await postJson('/api/globals/procedure-page?locale=nl', { title: 'Defaced' }, siteHeaders())).status).toBe(
      403,
    );
  });
});
