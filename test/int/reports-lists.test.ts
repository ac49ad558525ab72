import type { Payload, Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeFigures } from '../../cms/reports/figures';
import { escalationsAwaitingFinalAnswer, monthLists } from '../../cms/reports/lists';
import { unspecified } from '../../cms/reports/tally';
import { channels, type Figures, type Tally } from '../../cms/reports/types';
import { at, realClockAfterEach } from '../helpers/clock';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  advanceEscalation,
  fileAsSite,
  fileEscalation,
  fileFeedback,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';

// Every figure of the reports is a number a person can check: the admin's list
// of the same records, filtered the way the figure's label says, shows as many.
// These records are chosen where the two used to part: an escalation answered
// (its case closed), spam closed after its deadlines, a case filed at 00:30 on
// the first of a month in Berlin (still the previous month in UTC).
describe(`reports agree with the admin's lists on ${describeDatabase()}`, () => {
  let payload: Payload;
  let admin: Actor;
  let figures: Figures;

  // What the admin's list shows for a filter, counted as the admin sees it.
  const listed = async (collection: 'cases' | 'escalations' | 'feedback', where: Where) =>
    (await payload.count({ collection, where, overrideAccess: false, user: admin })).totalDocs;

  beforeAll(async () => {
    payload = await testPayload();
    admin = await staffUser(payload, 'admin');
    const handler = await staffUser(payload, 'handler');
    const abuseSpecialist = await staffUser(payload, 'abuseSpecialist');

    // Two answered complaints, each escalated; one escalation gets its final answer.
    at('2026-01-05T09:00:00Z');
    const first = await fileAsSite(payload, validComplaint);
    const second = await fileAsSite(payload, { ...validComplaint, topic: 'billing', language: 'en' }, 'en');
    at('2026-01-06T09:00:00Z');
    await advanceCase(payload, first.id, handler, 'acknowledged', 'inProgress', 'answered');
    await advanceCase(payload, second.id, handler, 'acknowledged', 'inProgress', 'answered');
    at('2026-01-07T09:00:00Z');
    const answered = await fileEscalation(payload, first.caseNumber as string);
    await fileEscalation(payload, second.caseNumber as string);
    await advanceEscalation(payload, answered.id, handler, 'acknowledged', 'inProgress', 'answered');

    // 00:30 on 1 February in Berlin: a February case.
    at('2026-01-31T23:30:00Z');
    await fileAsSite(payload, { ...validComplaint, topic: 'support', language: 'de' }, 'de');

    // Spam, closed only after both its deadlines passed.
    at('2026-02-02T09:00:00Z');
    const spam = await fileAsSite(payload, { ...validAbuseReport, category: 'spam' }, 'de');
    at('2026-02-20T09:00:00Z');
    await payload.update({
      collection: 'cases',
      id: spam.id,
      data: { status: 'closed', closeReason: 'spam', closeNote: 'Junk.' },
      overrideAccess: false,
      user: abuseSpecialist,
    });
    await fileFeedback(payload, { language: 'en', topic: 'website', message: 'Fine.' });

    vi.useRealTimers();
    figures = await computeFigures(payload, { now: new Date('2026-02-25T12:00:00Z') });
  });

  realClockAfterEach();

  afterAll(async () => {
    await payload.destroy();
  });

  // Each group of a tally against the list filtered to it; "unspecified" is the empty field.
  const expectTallyMatches = async (
    collection: 'cases' | 'escalations' | 'feedback',
    tallies: readonly Tally[],
    whereFor: (key: string) => Where,
  ) => {
    for (const { key, count } of tallies) {
      expect({ key, count }).toEqual({ key, count: await listed(collection, whereFor(key)) });
    }
  };

  const byValue = (field: string) => (key: string) =>
    key === unspecified ? { [field]: { exists: false } } : { [field]: { equals: key } };

  it('counts open escalations as the list of those awaiting the final answer', async () => {
    expect(figures.escalations.total).toBe(await listed('escalations', {}));
    expect(figures.escalations.open).toBe(1);
    expect(figures.escalations.open).toBe(await listed('escalations', escalationsAwaitingFinalAnswer));
  });

  it('counts cases per channel, topic, category, language and status as their lists show them', async () => {
    for (const channel of channels) {
      const ofChannel = { channel: { equals: channel } };
      expect(figures.cases.byChannel[channel]).toBe(await listed('cases', ofChannel));
      await expectTallyMatches('cases', figures.cases.byLanguage[channel], (key) => ({
        and: [ofChannel, byValue('language')(key)],
      }));
      await expectTallyMatches('cases', figures.cases.openByStatus[channel], (key) => ({
        and: [ofChannel, { status: { equals: key } }],
      }));
    }
    const complaints = { channel: { equals: 'complaint' } };
    await expectTallyMatches('cases', figures.cases.byComplaintTopic, (key) => ({
      and: [complaints, byValue('complaint.topic')(key)],
    }));
    const abuse = { channel: { equals: 'abuse' } };
    await expectTallyMatches('cases', figures.cases.byAbuseCategory, (key) => ({
      and: [abuse, byValue('abuse.category')(key)],
    }));
  });

  it('counts each month from midnight to midnight in Berlin, as a list filtered to that month', async () => {
    expect(figures.cases.byMonth.complaint.map((tally) => tally.count)).toEqual([2, 1]);
    const countIn = (tallies: readonly Tally[], month: string) => tallies.find((tally) => tally.key === month)?.count;
    for (const month of figures.months) {
      // The lists the home screen links a month's figures to (cms/reports/lists.ts).
      const shown = await Promise.all(monthLists(month).map(({ collection, where }) => listed(collection, where)));
      expect(shown).toEqual([
        countIn(figures.cases.byMonth.complaint, month),
        countIn(figures.cases.byMonth.abuse, month),
        countIn(figures.escalations.byMonth, month),
        countIn(figures.feedback.byMonth, month),
      ]);
    }
    expect(figures.feedback.total).toBe(await listed('feedback', {}));
  });

  it('does not count spam closed late as a missed acknowledgement or answer', () => {
    expect(figures.cases.deadlines.abuse).toEqual({
      acknowledgement: { met: 0, missed: 0, open: 0, metPercent: null },
      answer: { met: 0, missed: 0, open: 0, metPercent: null },
    });
  });
});
