import type { Payload } from 'payload';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { completeInterruptedIntake } from '../../cms/jobs/completeIntake';
import { describeDatabase } from '../helpers/databaseEnv';
import { advanceCase, fileAsSite, siteClient, staffUser, testPayload, type Actor } from '../helpers/payload';
import { workflowStep } from '../helpers/workflowStep';

const escalationInput = {
  language: 'en',
  name: 'Anna de Vries',
  email: 'anna@example.nl',
  description: 'The transfer is still pending.',
  reasonUnsatisfied: 'The answer did not say when it would be done.',
  expectedSteps: 'Complete the transfer this week.',
};

describe(`escalations on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  afterAll(async () => {
    await payload.destroy();
  });

  const escalate = async (data: Record<string, unknown>, locale = 'en') =>
    payload.create({
      collection: 'escalations',
      data: data as never,
      overrideAccess: false,
      user: await siteClient(payload),
      locale: locale as never,
    });

  const answeredCase = async () => {
    const filed = await fileAsSite(payload);
    await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress', 'answered');
    return filed;
  };

  it('accepts an escalation by case number and email after the answer, with its own deadlines', async () => {
    const filed = await answeredCase();
    const escalation = await escalate({ ...escalationInput, caseNumber: filed.caseNumber, email: 'ANNA@example.nl' });
    expect(escalation.escalationNumber).toMatch(/^E-\d{4}-\d{6}$/);
    expect(escalation.status).toBe('received');
    expect(escalation.deadlines?.acknowledgementDueAt).toBeTruthy();
    expect(new Date(escalation.deadlines?.answerDueAt ?? 0).getTime()).toBeGreaterThan(
      new Date(escalation.deadlines?.acknowledgementDueAt ?? 0).getTime(),
    );
    const escalatedCase = await payload.findByID({ collection: 'cases', id: filed.id });
    expect(escalatedCase.status).toBe('escalated');
    const events = await payload.find({ collection: 'case-events', where: { case: { equals: filed.id } }, limit: 50 });
    expect(events.docs.map((event) => event.type)).toEqual(
      expect.arrayContaining(['submitted', 'escalated', 'statusChanged']),
    );
  });

  it('accepts an escalation by the secret token from the answer mail', async () => {
    const filed = await answeredCase();
    const escalation = await escalate({ ...escalationInput, token: filed.accessToken });
    expect(escalation.case).toBe(filed.id);
  });

  it('gives the same refusal for an unknown number, a wrong email and a wrong token', async () => {
    const filed = await answeredCase();
    const message =
      'We could not find a complaint with this case number and email address. Check both against our answer mail, or use the link in it.';
    await expect(escalate({ ...escalationInput, caseNumber: 'C-1999-000001' })).rejects.toMatchObject({
      data: { errors: [{ path: 'caseNumber', message }] },
    });
    await expect(
      escalate({ ...escalationInput, caseNumber: filed.caseNumber, email: 'someone.else@example.nl' }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'caseNumber', message }] } });
    await expect(escalate({ ...escalationInput, token: 'x'.repeat(43) })).rejects.toMatchObject({
      data: { errors: [{ path: 'token', message }] },
    });
  });

  it('refuses an escalation before the answer, in the reader’s language', async () => {
    const filed = await fileAsSite(payload);
    await expect(escalate({ ...escalationInput, caseNumber: filed.caseNumber }, 'nl')).rejects.toMatchObject({
      data: { errors: [{ path: 'caseNumber', message: expect.stringContaining('nog niet beantwoord') }] },
    });
  });

  it('refuses a second escalation of the same complaint', async () => {
    const filed = await answeredCase();
    await escalate({ ...escalationInput, caseNumber: filed.caseNumber });
    await expect(escalate({ ...escalationInput, caseNumber: filed.caseNumber })).rejects.toMatchObject({
      data: { errors: [{ path: 'caseNumber', message: expect.stringContaining('already been escalated') }] },
    });
  });

  it('refuses an escalation after the 20-business-day window, naming the day it ended', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-05T09:00:00Z'));
    const filed = await answeredCase();
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    // Answered Monday 5 January 2026: the window ends with Monday 2 February 2026.
    await expect(escalate({ ...escalationInput, caseNumber: filed.caseNumber }, 'de')).rejects.toMatchObject({
      data: { errors: [{ path: 'caseNumber', message: expect.stringContaining('Montag, 2. Februar 2026') }] },
    });
  });

  it('refuses an incomplete escalation field by field', async () => {
    await expect(escalate({ language: 'en', name: 'A', email: 'a@example.test' })).rejects.toMatchObject({
      data: {
        errors: expect.arrayContaining([
          expect.objectContaining({ path: 'caseNumber' }),
          expect.objectContaining({ path: 'description' }),
          expect.objectContaining({ path: 'reasonUnsatisfied' }),
          expect.objectContaining({ path: 'expectedSteps' }),
        ]),
      },
    });
  });

  it('closes the complaint when the final answer to its escalation goes out', async () => {
    const filed = await answeredCase();
    const escalation = await escalate({ ...escalationInput, caseNumber: filed.caseNumber });
    for (const status of ['acknowledged', 'inProgress', 'answered']) {
      await payload.update({
        collection: 'escalations',
        id: escalation.id,
        data: workflowStep(status) as never,
        overrideAccess: false,
        user: handler,
      });
    }
    const closedCase = await payload.findByID({ collection: 'cases', id: filed.id });
    expect(closedCase.status).toBe('closed');
    expect(closedCase.closeReason).toBe('finalAnswer');
  });

  it('completes an escalation whose intake a dying server left half done', async () => {
    const filed = await answeredCase();
    const escalation = await escalate({ ...escalationInput, caseNumber: filed.caseNumber, email: 'anna@example.nl' });
    // What the embedded database (no transactions) keeps when the server dies
    // right after storing the escalation: no timeline entry, no mail, the case not moved.
    await payload.delete({
      collection: 'outbox',
      where: { escalation: { equals: escalation.id } },
      overrideAccess: true,
    });
    await payload.delete({
      collection: 'case-events',
      where: { escalation: { equals: escalation.id } },
      overrideAccess: true,
    });
    await payload.db.updateOne({ collection: 'cases', id: filed.id, data: { status: 'answered' } });
    await payload.db.updateOne({ collection: 'escalations', id: escalation.id, data: { intakeStep: 'stored' } });

    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect(await completeInterruptedIntake(payload, later)).toBe(1);
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('escalated');
    const mail = await payload.find({
      collection: 'outbox',
      where: { escalation: { equals: escalation.id } },
      overrideAccess: true,
    });
    expect(mail.docs.map((message) => message.eventKey)).toContain(`escalations:${escalation.id}:acknowledgement`);
    const received = async () =>
      (
        await payload.count({
          collection: 'case-events',
          where: { and: [{ escalation: { equals: escalation.id } }, { type: { equals: 'escalated' } }] },
        })
      ).totalDocs;
    expect(await received()).toBe(1);
    expect(await completeInterruptedIntake(payload, later)).toBe(0);
    expect(await received()).toBe(1);
  });

  it('lets a handler enter an escalation that came by letter, under the same window rule', async () => {
    const filed = await answeredCase();
    const escalation = await payload.create({
      collection: 'escalations',
      data: {
        case: filed.id,
        language: 'nl',
        receivedVia: 'post',
        receivedAt: new Date(Date.now() - 3600_000).toISOString(),
        reporter: { name: 'Anna de Vries', email: 'anna@example.nl' },
        description: 'Per brief.',
        reasonUnsatisfied: 'Geen datum.',
        expectedSteps: 'Afronden.',
      } as never,
      overrideAccess: false,
      user: handler,
    });
    expect(escalation.receivedVia).toBe('post');
    const unanswered = await fileAsSite(payload);
    await expect(
      payload.create({
        collection: 'escalations',
        data: {
          case: unanswered.id,
          language: 'nl',
          reporter: { name: 'A', email: 'anna@example.nl' },
          description: 'x',
          reasonUnsatisfied: 'x',
          expectedSteps: 'x',
        } as never,
        overrideAccess: false,
        user: handler,
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'case' }] } });
  });
});
