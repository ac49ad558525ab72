import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { enterAsStaff, fileAsSite, staffUser, testPayload, validAbuseReport, validComplaint } from '../helpers/payload';

describe(`filing cases on ${describeDatabase()} (Local API)`, () => {
  let payload: Payload;

  beforeAll(async () => {
    payload = await testPayload();
  });

  afterAll(async () => {
    await payload.destroy();
  });

  it('files a complaint from the site with a number, a receipt time, deadlines and a status-link token', async () => {
    const before = Date.now();
    const created = await fileAsSite(payload);
    expect(created.caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
    expect(created.status).toBe('received');
    expect(created.channel).toBe('complaint');
    expect(created.receivedVia).toBe('web');
    expect(new Date(created.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(created.reporter).toMatchObject({ name: 'Anna de Vries', email: 'anna@example.nl' });
    expect(created.domains?.map((domain) => [domain.unicode, domain.ascii])).toEqual([
      ['voorbeeld.nl', 'voorbeeld.nl'],
      ['bücher.de', 'xn--bcher-kva.de'],
    ]);
    expect(created.complaint).toMatchObject({ topic: 'transfer' });
    expect(new Date(created.deadlines?.acknowledgementDueAt ?? 0).getTime()).toBeGreaterThan(before);
    expect(new Date(created.deadlines?.answerDueAt ?? 0).getTime()).toBeGreaterThan(
      new Date(created.deadlines?.acknowledgementDueAt ?? 0).getTime(),
    );
    expect(created.deadlines?.calendar).toMatch(/date-holidays/);
    expect(created.deadlines?.nextDeadlineAt).toBe(created.deadlines?.acknowledgementDueAt);
    expect(created.accessToken).toMatch(/^[\w-]{43}$/);
  });

  it('never stores or shows the status-link token itself', async () => {
    const created = await fileAsSite(payload);
    const stored = await payload.findByID({ collection: 'cases', id: created.id });
    expect(JSON.stringify(stored)).not.toContain(created.accessToken);
    expect(stored).not.toHaveProperty('accessToken');
    expect(stored).not.toHaveProperty('accessTokenHash');
  });

  it('writes the submission as the first entry of the case’s timeline', async () => {
    const created = await fileAsSite(payload);
    const { docs } = await payload.find({ collection: 'case-events', where: { case: { equals: created.id } } });
    expect(docs.map((event) => event.type)).toEqual(['submitted']);
    expect(docs[0]?.summary).toBe('Complaint received via web');
  });

  it('files an abuse report in its own number series with its evidence', async () => {
    const created = await fileAsSite(payload, validAbuseReport, 'de');
    expect(created.caseNumber).toMatch(/^A-\d{4}-\d{6}$/);
    expect(created.channel).toBe('abuse');
    expect(created.abuse).toMatchObject({ category: 'phishing', reporterType: 'organisation', goodFaith: true });
    expect(created.abuse?.urls?.map((entry) => entry.url)).toEqual(['https://phish-bank.example/login']);
    expect(created.deadlines?.reviewDueAt).toBeFalsy();
  });

  it('flags an authority’s abuse report for review within 24 hours', async () => {
    const before = Date.now();
    const created = await fileAsSite(payload, { ...validAbuseReport, reporterType: 'authority' }, 'de');
    const reviewDue = new Date(created.deadlines?.reviewDueAt ?? 0).getTime();
    expect(reviewDue - before).toBeGreaterThan(23.9 * 3600_000);
    expect(reviewDue - before).toBeLessThan(24.1 * 3600_000);
    expect(created.deadlines?.nextDeadlineAt).toBe(created.deadlines?.reviewDueAt);
  });

  it('refuses a phishing report without the offending address, in German', async () => {
    await expect(fileAsSite(payload, { ...validAbuseReport, urls: '' }, 'de')).rejects.toMatchObject({
      data: { errors: [{ path: 'urls', message: expect.stringContaining('Webadresse') }] },
    });
  });

  it('numbers complaints one after another', async () => {
    const first = await fileAsSite(payload);
    const second = await fileAsSite(payload);
    const sequence = (caseNumber?: string | null) => Number(caseNumber?.split('-')[2]);
    expect(sequence(second.caseNumber)).toBe(sequence(first.caseNumber) + 1);
  });

  it('gives 50 parallel submissions 50 different numbers with no gaps', async () => {
    const created = await Promise.all(Array.from({ length: 50 }, () => fileAsSite(payload)));
    const numbers = created.map((doc) => Number(doc.caseNumber?.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(49);
  });

  it('ignores a status, receipt time or case number the site tries to set', async () => {
    const created = await fileAsSite(payload, {
      ...validComplaint,
      status: 'closed',
      receivedAt: '2020-01-01T00:00:00.000Z',
      caseNumber: 'C-2020-999999',
    });
    expect(created.status).toBe('received');
    expect(created.caseNumber).not.toBe('C-2020-999999');
    expect(new Date(created.receivedAt).getFullYear()).toBeGreaterThan(2020);
  });

  it('refuses an invalid complaint in the reader’s language and stores nothing', async () => {
    const { totalDocs: before } = await payload.count({ collection: 'cases' });
    await expect(
      fileAsSite(payload, { ...validComplaint, email: 'not-an-email', name: '' }, 'de'),
    ).rejects.toMatchObject({
      data: {
        errors: expect.arrayContaining([
          { path: 'email', message: expect.stringContaining('E-Mail-Adresse') },
          { path: 'name', message: 'Dieses Feld ist erforderlich. Bitte füllen Sie es aus.' },
        ]),
      },
    });
    const { totalDocs: after } = await payload.count({ collection: 'cases' });
    expect(after).toBe(before);
  });

  it('lets a handler enter a letter with its real receipt time, and counts deadlines from it', async () => {
    const handler = await staffUser(payload, 'handler');
    // Monday 2 March 2026, 10:00 Berlin: acknowledgement due end of Wednesday, answer end of Monday 16 March.
    const created = await enterAsStaff(payload, handler, 'cases', {
      channel: 'complaint',
      language: 'en',
      receivedVia: 'post',
      receivedAt: '2026-03-02T09:00:00.000Z',
      reporter: { name: 'Brian Letter', email: 'brian@example.co.uk' },
      complaint: { topic: 'billing', description: 'By post.', expectedOutcome: 'Refund.' },
    });
    expect(created.receivedVia).toBe('post');
    expect(created.caseNumber).toMatch(/^C-2026-/);
    expect(created.deadlines?.acknowledgementDueAt).toBe('2026-03-04T22:59:59.999Z');
    expect(created.deadlines?.answerDueAt).toBe('2026-03-16T22:59:59.999Z');
  });

  it('refuses a receipt time in the future', async () => {
    const handler = await staffUser(payload, 'handler');
    await expect(
      enterAsStaff(payload, handler, 'cases', {
        channel: 'complaint',
        language: 'en',
        receivedVia: 'phone',
        receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
        reporter: { name: 'Future Caller', email: 'future@example.test' },
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'receivedAt', message: expect.stringContaining('future') }] } });
  });

  it('does not let a handler enter an abuse report, nor an abuse specialist a complaint', async () => {
    const handler = await staffUser(payload, 'handler');
    await expect(
      enterAsStaff(payload, handler, 'cases', {
        channel: 'abuse',
        language: 'en',
        reporter: { name: 'X', email: 'x@example.test' },
      }),
    ).rejects.toThrow();
    const specialist = await staffUser(payload, 'abuseSpecialist');
    await expect(
      enterAsStaff(payload, specialist, 'cases', {
        channel: 'complaint',
        language: 'en',
        reporter: { name: 'Y', email: 'y@example.test' },
      }),
    ).rejects.toThrow();
  });

  it('uses the closure days staff entered for new deadlines, and never moves promised ones', async () => {
    const handler = await staffUser(payload, 'handler');
    const letter = (receivedAt: string) =>
      enterAsStaff(payload, handler, 'cases', {
        channel: 'complaint',
        language: 'en',
        receivedVia: 'email',
        receivedAt,
        reporter: { name: 'C', email: 'c@example.test' },
      });
    const before = await letter('2025-12-23T09:00:00.000Z');
    expect(before.deadlines?.acknowledgementDueAt).toBe('2025-12-29T22:59:59.999Z');
    await payload.updateGlobal({
      slug: 'calendar-settings',
      data: { closureDays: [{ date: '2025-12-29T12:00:00.000Z', reason: 'Between the years' }] },
    });
    const after = await letter('2025-12-23T09:00:00.000Z');
    expect(after.deadlines?.acknowledgementDueAt).toBe('2025-12-30T22:59:59.999Z');
    expect(after.deadlines?.calendar).toContain('closure days 2025-12-29');
    const unchanged = await payload.findByID({ collection: 'cases', id: before.id });
    expect(unchanged.deadlines?.acknowledgementDueAt).toBe('2025-12-29T22:59:59.999Z');
    await payload.updateGlobal({ slug: 'calendar-settings', data: { closureDays: [] } });
  });

  it('seeds an admin, the site client, departments and the procedure text in every language', async () => {
    const admins = await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } });
    expect(admins.docs[0]?.email).toBe('admin@example.test');
    expect((await payload.count({ collection: 'api-clients' })).totalDocs).toBe(1);
    expect((await payload.count({ collection: 'departments' })).totalDocs).toBeGreaterThan(0);
    for (const locale of ['nl', 'en', 'de'] as const) {
      const page = await payload.findGlobal({ slug: 'procedure-page', locale, fallbackLocale: false });
      expect(page.title).toBeTruthy();
      expect(page.bodyHtml).toContain('<h2');
    }
  });
});
