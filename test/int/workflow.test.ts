import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { advanceCase, fileAsSite, staffUser, testPayload, type Actor } from '../helpers/payload';

describe(`working a case on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
  });

  afterAll(async () => {
    await payload.destroy();
  });

  // One save in the admin by the handler: the data is what the form sends.
  const saveAsHandler = (id: number | string, data: Record<string, unknown>) =>
    payload.update({ collection: 'cases', id, data: data as never, overrideAccess: false, user: handler });

  const timeline = async (caseId: number | string) =>
    (await payload.find({ collection: 'case-events', where: { case: { equals: caseId } }, sort: 'at', limit: 100 }))
      .docs;

  it('moves step by step from received to answered, recording each milestone and who did it', async () => {
    const created = await fileAsSite(payload);
    const acknowledged = await advanceCase(payload, created.id, handler, 'acknowledged');
    expect(acknowledged?.milestones?.acknowledgedAt).toBeTruthy();
    expect(acknowledged?.deadlines?.nextDeadlineAt).toBe(created.deadlines?.answerDueAt);
    const answered = await advanceCase(payload, created.id, handler, 'inProgress', 'answered');
    expect(answered?.milestones?.answeredAt).toBeTruthy();
    expect(new Date(answered?.escalationWindowEndsAt ?? 0).getTime()).toBeGreaterThan(
      new Date(answered?.milestones?.answeredAt ?? 0).getTime() + 20 * 86_400_000,
    );
    expect(answered?.deadlines?.nextDeadlineAt).toBe(answered?.escalationWindowEndsAt);

    const events = await timeline(created.id);
    const changes = events.filter((event) => event.type === 'statusChanged');
    expect(changes.map((event) => event.summary)).toEqual([
      'Status: Received → Acknowledged',
      'Status: Acknowledged → In progress',
      'Status: In progress → Answered',
    ]);
    for (const change of changes) {
      expect(typeof change.by === 'object' ? change.by?.id : change.by).toBe(handler.id);
      // A colleague is named by their name (the e-mail's local part until one is typed).
      expect(change.actor).toBe(handler.collection === 'users' ? handler.name : '');
      expect(change.at).toBeTruthy();
    }
  });

  it('refuses to jump a step, and says which steps are possible', async () => {
    const created = await fileAsSite(payload);
    await expect(advanceCase(payload, created.id, handler, 'answered')).rejects.toMatchObject({
      data: {
        errors: [{ path: 'status', message: 'A case that is received can only move to: acknowledged, closed.' }],
      },
    });
    const unchanged = await payload.findByID({ collection: 'cases', id: created.id });
    expect(unchanged.status).toBe('received');
  });

  it('never lets staff set “escalated” by hand', async () => {
    const created = await fileAsSite(payload);
    await advanceCase(payload, created.id, handler, 'acknowledged', 'inProgress', 'answered');
    await expect(advanceCase(payload, created.id, handler, 'escalated')).rejects.toMatchObject({
      data: { errors: [{ path: 'status' }] },
    });
  });

  it('closes an unanswered case only as spam, duplicate or out of scope, with a note', async () => {
    const created = await fileAsSite(payload);
    const close = (data: Record<string, unknown>) => saveAsHandler(created.id, data);
    await expect(close({ status: 'closed' })).rejects.toMatchObject({ data: { errors: [{ path: 'closeReason' }] } });
    await expect(close({ status: 'closed', closeReason: 'duplicate' })).rejects.toMatchObject({
      data: { errors: [{ path: 'closeNote' }] },
    });
    const closed = await close({ status: 'closed', closeReason: 'duplicate', closeNote: 'Same as C-2026-000001.' });
    expect(closed.status).toBe('closed');
    expect(closed.milestones?.closedAt).toBeTruthy();
    expect(closed.deadlines?.nextDeadlineAt).toBeFalsy();
    await expect(close({ status: 'received' })).rejects.toMatchObject({
      data: { errors: [{ path: 'status', message: 'A case that is closed cannot change status any more.' }] },
    });
  });

  it('records an extension before the answer deadline, with its reason, and uses the new date', async () => {
    const created = await fileAsSite(payload);
    const newDate = new Date(new Date(created.deadlines?.answerDueAt ?? 0).getTime() + 7 * 86_400_000).toISOString();
    const extend = (extension: Record<string, unknown>) => saveAsHandler(created.id, { extension });
    await expect(extend({ expectedAnswerAt: newDate })).rejects.toMatchObject({
      data: { errors: [{ path: 'extension.reason' }] },
    });
    await expect(extend({ expectedAnswerAt: created.receivedAt, reason: 'Too early' })).rejects.toMatchObject({
      data: { errors: [{ path: 'extension.expectedAnswerAt' }] },
    });
    const extended = await extend({ expectedAnswerAt: newDate, reason: 'We are waiting for the registry.' });
    expect(extended.extension?.expectedAnswerAt).toBe(newDate);
    expect(extended.extension?.recordedAt).toBeTruthy();
    expect(extended.deadlines?.answerDueAt).toBe(created.deadlines?.answerDueAt);
    const acknowledged = await advanceCase(payload, created.id, handler, 'acknowledged');
    expect(acknowledged?.deadlines?.nextDeadlineAt).toBe(newDate);
    const events = await timeline(created.id);
    expect(events.find((event) => event.type === 'extended')?.note).toBe('We are waiting for the registry.');
  });

  it('refuses an extension after the answer deadline unless a late reason is recorded', async () => {
    const created = await enterLetter(payload, handler, '2026-01-05T09:00:00.000Z');
    const extend = (extension: Record<string, unknown>) => saveAsHandler(created.id, { extension });
    const later = new Date(Date.now() + 10 * 86_400_000).toISOString();
    await expect(extend({ expectedAnswerAt: later, reason: 'Registry delay.' })).rejects.toMatchObject({
      data: { errors: [{ path: 'extension.lateReason' }] },
    });
    const extended = await extend({
      expectedAnswerAt: later,
      reason: 'Registry delay.',
      lateReason: 'The case was misfiled.',
    });
    expect(extended.extension?.lateReason).toBe('The case was misfiled.');
  });

  it('keeps internal notes in the timeline, not in the case', async () => {
    const created = await fileAsSite(payload);
    const saved = await saveAsHandler(created.id, { addNote: 'Called the customer, no answer.' });
    expect(saved.addNote).toBeFalsy();
    const note = (await timeline(created.id)).find((event) => event.type === 'note');
    expect(note?.note).toBe('Called the customer, no answer.');
  });

  it('records an assignment with who was assigned', async () => {
    const created = await fileAsSite(payload);
    const colleague = await staffUser(payload, 'handler');
    await saveAsHandler(created.id, { assignee: colleague.id });
    const assigned = (await timeline(created.id)).find((event) => event.type === 'assigned');
    expect(assigned?.details).toMatchObject({ to: colleague.id });
  });

  it('never lets staff move a promised deadline, a milestone or the receipt time by hand', async () => {
    const created = await fileAsSite(payload);
    const tampered = await saveAsHandler(created.id, {
      receivedAt: '2020-01-01T00:00:00.000Z',
      deadlines: { answerDueAt: '2099-01-01T00:00:00.000Z', answerOverdue: false },
      milestones: { answeredAt: '2020-01-02T00:00:00.000Z' },
      caseNumber: 'C-1999-000001',
    });
    expect(tampered.receivedAt).toBe(created.receivedAt);
    expect(tampered.deadlines?.answerDueAt).toBe(created.deadlines?.answerDueAt);
    expect(tampered.milestones?.answeredAt).toBeFalsy();
    expect(tampered.caseNumber).toBe(created.caseNumber);
  });

  it('never lets anyone edit or delete the timeline', async () => {
    const created = await fileAsSite(payload);
    const [event] = await timeline(created.id);
    const admin = await staffUser(payload, 'admin');
    await expect(
      payload.update({
        collection: 'case-events',
        id: event?.id ?? 0,
        data: { summary: 'rewritten' },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toThrow();
    await expect(
      payload.delete({ collection: 'case-events', id: event?.id ?? 0, overrideAccess: false, user: admin }),
    ).rejects.toThrow();
  });
});

const enterLetter = (payload: Payload, user: Actor, receivedAt: string) =>
  payload.create({
    collection: 'cases',
    data: {
      channel: 'complaint',
      language: 'en',
      receivedVia: 'post',
      receivedAt,
      reporter: { name: 'Old Letter', email: 'old@example.test' },
    } as never,
    overrideAccess: false,
    user,
  });
