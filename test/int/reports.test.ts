import { createLocalReq, handleEndpoints, type Payload, type PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { figuresCsvEndpoint, figuresEndpoint } from '../../cms/reports/endpoints';
import { computeFigures } from '../../cms/reports/figures';
import type { Figures, Tally } from '../../cms/reports/types';
import { at, realClockAfterEach } from '../helpers/clock';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  advanceEscalation,
  fileAsSite,
  fileEscalation,
  siteClient,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';

const staffPassword = 'a-long-test-password';

// Groups that have any records, as "key count" pairs: short to read in an assertion.
const nonZero = (tallies: Tally[]) => tallies.filter((tally) => tally.count > 0).map((t) => `${t.key} ${t.count}`);

// A few cases in known months and languages, some answered within their
// deadlines and some after, counted by the real Payload on its own database.
describe(`reports on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;
  let abuseSpecialist: Actor;
  let editor: Actor;
  let figures: Figures;

  const complaintIn = (language: string, topic: string) =>
    fileAsSite(payload, { ...validComplaint, language, topic }, language);

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    abuseSpecialist = await staffUser(payload, 'abuseSpecialist');
    editor = await staffUser(payload, 'editor');

    // January: answered the next day, both deadlines met; then escalated, and
    // the final answer sent a day late (which closes the complaint).
    at('2026-01-05T09:00:00Z'); // Monday
    const inTime = await complaintIn('nl', 'transfer');
    at('2026-01-06T09:00:00Z');
    await advanceCase(payload, inTime.id, handler, 'acknowledged', 'inProgress', 'answered');
    at('2026-01-12T09:00:00Z'); // final answer due end of Monday 26 January
    const escalation = await fileEscalation(payload, inTime.caseNumber as string);
    at('2026-01-13T09:00:00Z');
    await advanceEscalation(payload, escalation.id, handler, 'acknowledged', 'inProgress');
    at('2026-01-27T09:00:00Z');
    await advanceEscalation(payload, escalation.id, handler, 'answered');

    // February: answered after the original deadline, but within the extension
    // the customer was told of: met.
    at('2026-02-02T09:00:00Z'); // answer due end of Monday 16 February
    const extended = await complaintIn('en', 'renewal');
    await advanceCase(payload, extended.id, handler, 'acknowledged', 'inProgress');
    at('2026-02-10T09:00:00Z');
    await payload.update({
      collection: 'cases',
      id: extended.id,
      data: { extension: { expectedAnswerAt: '2026-02-27T22:59:59.999Z', reason: 'Registry delay.' } },
      overrideAccess: false,
      user: handler,
    });
    at('2026-02-20T09:00:00Z');
    await advanceCase(payload, extended.id, handler, 'answered');

    // February: never touched; both deadlines passed by the report date.
    at('2026-02-23T09:00:00Z');
    await complaintIn('nl', 'support');
    at('2026-02-10T09:00:00Z');
    await payload.create({
      collection: 'feedback',
      data: { language: 'en', topic: 'website', message: 'Nice work.' } as never,
      overrideAccess: false,
      user: await siteClient(payload),
    });

    // March: acknowledged and answered late.
    at('2026-03-02T09:00:00Z'); // acknowledgement due end of Wednesday 4, answer end of Monday 16 March
    const late = await complaintIn('de', 'billing');
    at('2026-03-05T09:00:00Z');
    await advanceCase(payload, late.id, handler, 'acknowledged', 'inProgress');
    at('2026-03-18T09:00:00Z');
    await advanceCase(payload, late.id, handler, 'answered');

    // March: spam, closed the day it came: it owed no acknowledgement or answer.
    at('2026-03-10T09:00:00Z');
    const spam = await fileAsSite(payload, { ...validAbuseReport, language: 'en', category: 'spam' }, 'en');
    await payload.update({
      collection: 'cases',
      id: spam.id,
      data: { status: 'closed', closeReason: 'spam', closeNote: 'Automated junk.' },
      overrideAccess: false,
      user: abuseSpecialist,
    });

    // March: an abuse report acknowledged at once, its answer not yet due; a
    // complaint whose acknowledgement is due at the end of the report's day.
    at('2026-03-16T09:00:00Z'); // answer due end of Monday 30 March
    const phishing = await fileAsSite(payload, validAbuseReport, 'de');
    await advanceCase(payload, phishing.id, abuseSpecialist, 'acknowledged');
    at('2026-03-18T09:00:00Z');
    await complaintIn('fr', 'privacy');
    await payload.create({
      collection: 'feedback',
      data: { language: 'nl', topic: 'policy', message: 'Clear procedure.' } as never,
      overrideAccess: false,
      user: await siteClient(payload),
    });

    vi.useRealTimers();
    figures = await computeFigures(payload, { now: new Date('2026-03-20T12:00:00Z') });
  });

  realClockAfterEach();

  afterAll(async () => {
    await payload.destroy();
  });

  it('counts cases by channel, topic, category, language and Berlin month', () => {
    expect(figures.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(figures.cases.byChannel).toEqual({ complaint: 5, abuse: 2 });
    expect(nonZero(figures.cases.byComplaintTopic)).toEqual([
      'billing 1',
      'transfer 1',
      'renewal 1',
      'support 1',
      'privacy 1',
    ]);
    expect(nonZero(figures.cases.byAbuseCategory)).toEqual(['phishing 1', 'spam 1']);
    expect(nonZero(figures.cases.byLanguage.complaint)).toEqual(['nl 2', 'en 1', 'de 1', 'fr 1']);
    expect(nonZero(figures.cases.byLanguage.abuse)).toEqual(['en 1', 'de 1']);
    expect(figures.cases.byMonth.complaint.map((tally) => tally.count)).toEqual([1, 2, 2]);
    expect(figures.cases.byMonth.abuse.map((tally) => tally.count)).toEqual([0, 0, 2]);
  });

  it('counts escalations and feedback by month, and the open work', () => {
    // The one escalation has its final answer: nothing is owed on it any more.
    expect(figures.escalations).toMatchObject({ total: 1, open: 0 });
    expect(figures.escalations.byMonth.map((tally) => tally.count)).toEqual([1, 0, 0]);
    expect(figures.feedback.total).toBe(2);
    expect(figures.feedback.byMonth.map((tally) => tally.count)).toEqual([0, 1, 1]);
    // The January complaint was closed by its escalation's final answer, the spam on arrival.
    expect(nonZero(figures.cases.openByStatus.complaint)).toEqual(['received 2', 'answered 2']);
    expect(nonZero(figures.cases.openByStatus.abuse)).toEqual(['acknowledged 1']);
  });

  it('tells the deadlines met, missed and still open, for cases and for escalations', () => {
    expect(figures.cases.deadlines.complaint).toEqual({
      acknowledgement: { met: 2, missed: 2, open: 1, metPercent: 50 },
      answer: { met: 2, missed: 2, open: 1, metPercent: 50 },
    });
    expect(figures.cases.deadlines.abuse).toEqual({
      acknowledgement: { met: 1, missed: 0, open: 0, metPercent: 100 },
      answer: { met: 0, missed: 0, open: 1, metPercent: null },
    });
    expect(figures.cases.deadlines.all).toEqual({
      acknowledgement: { met: 3, missed: 2, open: 1, metPercent: 60 },
      answer: { met: 2, missed: 2, open: 2, metPercent: 50 },
    });
    expect(figures.escalations.deadlines).toEqual({
      acknowledgement: { met: 1, missed: 0, open: 0, metPercent: 100 },
      answer: { met: 0, missed: 1, open: 0, metPercent: 0 },
    });
  });

  it('gives the median business days from receipt to answer', () => {
    // 1 (January), 14 (February, extended) and 12 (March) business days.
    expect(figures.cases.medianBusinessDaysToAnswer).toEqual({ complaint: 12, abuse: null });
  });

  describe('the endpoints', () => {
    const call = async (endpoint: typeof figuresEndpoint, user: Actor | null) =>
      endpoint.handler((await createLocalReq({ user: (user ?? undefined) as never }, payload)) as PayloadRequest);

    it('refuse anyone signed out, the site’s API client and editors', async () => {
      for (const endpoint of [figuresEndpoint, figuresCsvEndpoint]) {
        expect((await call(endpoint, null)).status).toBe(401);
        expect((await call(endpoint, await siteClient(payload))).status).toBe(403);
        expect((await call(endpoint, editor)).status).toBe(403);
      }
    });

    it('give handlers and abuse specialists the figures as JSON', async () => {
      for (const user of [handler, abuseSpecialist]) {
        const response = await call(figuresEndpoint, user);
        expect(response.status).toBe(200);
        const body = (await response.json()) as Figures;
        expect(body.cases.byChannel).toEqual({ complaint: 5, abuse: 2 });
      }
    });

    it('give the same figures as a CSV download named for the Berlin day', async () => {
      at('2026-03-20T23:30:00Z'); // already 21 March in Berlin
      const response = await call(figuresCsvEndpoint, handler);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="complaints-figures-2026-03-21.csv"',
      );
      const lines = (await response.text()).split('\r\n');
      expect(lines[0]).toBe('section,key,channel,value');
      expect(lines).toContain('cases,total,complaint,5');
      expect(lines).toContain('cases_by_language,fr,complaint,1');
      expect(lines).toContain('cases_by_month,2026-02,complaint,2');
      // By now the French complaint's acknowledgement (due end of 20 March) is missed too.
      expect(lines).toContain('case_acknowledgement_deadline,missed,complaint,3');
      expect(lines).toContain('case_acknowledgement_deadline,met_percent,all,50');
      expect(lines).toContain('case_answer_business_days,median,complaint,12');
      expect(lines).toContain('escalation_final_answer_deadline,missed,complaint,1');
      expect(lines).toContain('feedback_by_month,2026-03,,1');
    });

    it('are served under /api, with Payload’s own sign-in checks', async () => {
      const { default: config } = await import('@payload-config');
      const get = (path: string, headers: Record<string, string> = {}) =>
        handleEndpoints({ config, request: new Request(`http://localhost/api${path}`, { headers }) });
      const { token } = await payload.login({
        collection: 'users',
        data: { email: String((handler as { email: string }).email), password: staffPassword },
      });
      const signedIn = { authorization: `JWT ${token}` };
      const site = { authorization: `api-clients API-Key ${process.env.SITE_API_KEY}` };

      expect((await get('/reports/figures')).status).toBe(401);
      expect((await get('/reports/figures.csv', site)).status).toBe(403);
      const csv = await get('/reports/figures.csv', signedIn);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const json = await get('/reports/figures', signedIn);
      expect(json.status).toBe(200);
      expect(((await json.json()) as Figures).escalations.total).toBe(1);
    });
  });
});
