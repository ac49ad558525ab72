import fc from 'fast-check';
import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recountFigures } from '../../cms/reports/figures';
import { figuresFromRollups, readRollups } from '../../cms/reports/rollups/read';
import { rebuildRollups } from '../../cms/reports/rollups/rebuild';
import { anonymiseCase, anonymiseFeedback } from '../../cms/retention/anonymise';
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

// The report's rollups against a full recount of the records, after random
// runs of what happens to cases in real life: filing in any language, every
// workflow step, extensions, spam closed early, escalations, deleted feedback, and the
// retention job's and an erasure request's anonymisation.

const languages = ['nl', 'en', 'de', 'fr', 'es'] as const;
const topics = ['billing', 'transfer', 'renewal', 'support'] as const;
const categories = ['phishing', 'malware', 'spam'] as const;
const caseSteps = ['acknowledged', 'inProgress', 'answered'] as const;

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('complaint' as const),
    language: fc.constantFrom(...languages),
    topic: fc.constantFrom(...topics),
  }),
  fc.record({
    kind: fc.constant('abuse' as const),
    language: fc.constantFrom(...languages),
    category: fc.constantFrom(...categories),
  }),
  fc.record({ kind: fc.constant('step' as const), pick: fc.nat(), steps: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('extend' as const), pick: fc.nat(), days: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('spam' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('escalate' as const), pick: fc.nat(), steps: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('anonymise' as const),
    pick: fc.nat(),
    reason: fc.constantFrom('retention' as const, 'erasure' as const),
  }),
  fc.record({ kind: fc.constant('feedback' as const), language: fc.constantFrom(...languages), erase: fc.boolean() }),
  // Time passes between operations: up to three weeks, so deadlines run out.
  fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 500 }) }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

describe(`report rollups on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;
  let abuseSpecialist: Actor;
  let clock: number;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    abuseSpecialist = await staffUser(payload, 'abuseSpecialist');
    clock = Date.parse('2026-01-05T09:00:00Z');
  });
  realClockAfterEach();
  afterAll(async () => {
    await payload.destroy();
  });

  const cases: { id: number; channel: 'complaint' | 'abuse'; caseNumber: string }[] = [];
  const feedback: number[] = [];
  const anonymised = new Set<number>();
  const pick = <T>(list: readonly T[], index: number): T | undefined => list[index % Math.max(list.length, 1)];
  const staffFor = (channel: 'complaint' | 'abuse') => (channel === 'abuse' ? abuseSpecialist : handler);
  const currentStatus = async (id: number) =>
    (await payload.findByID({ collection: 'cases', id, depth: 0, overrideAccess: true })).status;

  const apply = async (op: Operation) => {
    clock += 60_000;
    at(new Date(clock).toISOString());
    const target = 'pick' in op ? pick(cases, op.pick) : undefined;
    switch (op.kind) {
      case 'complaint': {
        const filed = await fileAsSite(
          payload,
          { ...validComplaint, language: op.language, topic: op.topic },
          op.language,
        );
        cases.push({ id: filed.id, channel: 'complaint', caseNumber: filed.caseNumber as string });
        return;
      }
      case 'abuse': {
        const filed = await fileAsSite(
          payload,
          { ...validAbuseReport, language: op.language, category: op.category },
          op.language,
        );
        cases.push({ id: filed.id, channel: 'abuse', caseNumber: filed.caseNumber as string });
        return;
      }
      case 'step': {
        if (!target) return;
        const status = await currentStatus(target.id);
        const from = caseSteps.indexOf(status as never);
        const next = caseSteps.slice(from + 1, from + 1 + op.steps);
        if (status === 'escalated' || status === 'closed' || !next.length) return;
        await advanceCase(payload, target.id, staffFor(target.channel), ...next);
        return;
      }
      case 'extend': {
        if (!target) return;
        const found = await payload.findByID({ collection: 'cases', id: target.id, depth: 0, overrideAccess: true });
        const due = found.extension?.expectedAnswerAt ?? found.deadlines?.answerDueAt;
        if (!due || !['acknowledged', 'inProgress'].includes(found.status)) return;
        await payload.update({
          collection: 'cases',
          id: target.id,
          // A new date is always later than the one promised.
          data: {
            extension: {
              expectedAnswerAt: new Date(Date.parse(due) + op.days * 86_400_000).toISOString(),
              reason: 'Registry delay.',
              lateReason: 'Told late.',
            },
          },
          overrideAccess: false,
          user: staffFor(target.channel),
        });
        return;
      }
      case 'spam': {
        if (!target || !['received', 'acknowledged', 'inProgress'].includes(await currentStatus(target.id))) return;
        await payload.update({
          collection: 'cases',
          id: target.id,
          data: { status: 'closed', closeReason: 'spam', closeNote: 'Junk.' },
          overrideAccess: false,
          user: staffFor(target.channel),
        });
        return;
      }
      case 'escalate': {
        const answered = [];
        for (const entry of cases.filter((entry) => entry.channel === 'complaint'))
          if ((await currentStatus(entry.id)) === 'answered' && !anonymised.has(entry.id)) answered.push(entry);
        const chosen = pick(answered, op.pick);
        if (!chosen) return;
        const escalation = await fileEscalation(payload, chosen.caseNumber);
        await advanceEscalation(
          payload,
          escalation.id,
          handler,
          ...['acknowledged', 'inProgress', 'answered'].slice(0, op.steps),
        );
        return;
      }
      case 'delete': {
        // Cases are never deleted (their timeline refers to them); feedback may be.
        const chosen = pick(feedback, op.pick);
        if (!chosen) return;
        feedback.splice(feedback.indexOf(chosen), 1);
        await payload.delete({ collection: 'feedback', id: chosen, overrideAccess: true });
        return;
      }
      case 'anonymise': {
        if (!target) return;
        await anonymiseCase(await createLocalReq({}, payload), target.id, op.reason);
        // Its reporter can no longer be matched: it is not escalated any more.
        anonymised.add(target.id);
        return;
      }
      case 'feedback': {
        const filed = await fileFeedback(payload, { language: op.language, topic: 'website', message: 'Fine.' });
        feedback.push(filed.id);
        if (op.erase) await anonymiseFeedback(await createLocalReq({}, payload), filed.id);
        return;
      }
      case 'wait':
        clock += op.hours * 3_600_000;
    }
  };

  it('equal a full recount after random workflows, retention and erasure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 4, maxLength: 14 }), async (operations) => {
        for (const op of operations) await apply(op);
        vi.useRealTimers();
        // Judged at several moments: pending deadlines turn from open to missed with the clock alone.
        for (const offset of [0, 2, 10, 40].map((days) => days * 86_400_000)) {
          const now = new Date(clock + offset);
          expect(await figuresFromRollups(payload, { now })).toEqual(await recountFigures(payload, { now }));
        }
      }),
      { seed: 1302, numRuns: 15, endOnFailure: true },
    );
    expect(cases.length).toBeGreaterThan(3);
  });

  it('are rebuilt from the records to the same counters', async () => {
    const counted = (rows: Awaited<ReturnType<typeof readRollups>>) =>
      Object.fromEntries(
        rows.flatMap(({ kind, month, channel, segment, language, deadline, dueAt, counts }) => {
          const kept = Object.entries(counts).filter(([, value]) => value !== 0);
          const key = JSON.stringify([kind, month, channel, segment, language, deadline, dueAt]);
          return kept.length ? [[key, Object.fromEntries(kept.sort())]] : [];
        }),
      );
    const before = counted(await readRollups(payload));
    const { records } = await rebuildRollups(payload);
    expect(records).toBeGreaterThan(0);
    expect(counted(await readRollups(payload))).toEqual(before);
  });
});
