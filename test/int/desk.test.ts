import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCaseStatus } from '../../cms/collections/Cases/statusView';
import { endOfBerlinDay } from '@shared/calendar/days';
import { at, realClockAfterEach } from '../helpers/clock';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  fileAsSite,
  postAsActor,
  siteClient,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';
import { staffAnswer } from '../helpers/workflowStep';

// The staff desk's work: how pressing each case is, hand-overs, forwarding an
// abuse report to the registrant, and the answer on the customer's page.
describe(`the staff desk on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;
  let colleague: Actor;
  let specialist: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    colleague = await staffUser(payload, 'handler');
    await payload.update({ collection: 'users', id: colleague.id, data: { language: 'nl', name: 'Kees' } });
    specialist = await staffUser(payload, 'abuseSpecialist');
  });

  realClockAfterEach();

  afterAll(async () => {
    await payload.destroy();
  });

  const refresh = async () => {
    await payload.jobs.queue({ task: 'markOverdue', input: {}, queue: 'deadlines' });
    await payload.jobs.run({ queue: 'deadlines' });
  };

  const urgencyOf = async (id: number) => (await payload.findByID({ collection: 'cases', id })).deadlines?.urgency;

  it('tells how pressing a case is, and keeps it true as business days pass', async () => {
    at('2026-03-02T09:00:00Z'); // Monday: acknowledgement due end of Wednesday
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'urgency@example.nl' });
    expect(await urgencyOf(filed.id)).toBe('soon');
    at('2026-03-04T08:00:00Z'); // Wednesday
    await refresh();
    expect(await urgencyOf(filed.id)).toBe('today');
    at('2026-03-05T08:00:00Z'); // Thursday: missed
    await refresh();
    expect(await urgencyOf(filed.id)).toBe('overdue');
    // Acknowledged: the next thing owed is the answer, days away.
    await advanceCase(payload, filed.id, handler, 'acknowledged');
    expect(await urgencyOf(filed.id)).toBe('later');
    // Answered: staff owe nothing until the customer acts.
    await advanceCase(payload, filed.id, handler, 'inProgress', 'answered');
    expect(await urgencyOf(filed.id)).toBe('none');
  });

  it('lists the overdue case first for a handler', async () => {
    at('2026-04-01T09:00:00Z');
    const older = await fileAsSite(payload, { ...validComplaint, email: 'older@example.nl' });
    at('2026-04-08T09:00:00Z');
    const newer = await fileAsSite(payload, { ...validComplaint, email: 'newer@example.nl' });
    await refresh();
    const { docs } = await payload.find({
      collection: 'cases',
      where: { 'deadlines.urgency': { in: ['overdue', 'today', 'soon'] } },
      overrideAccess: false,
      user: handler,
      limit: 100,
    });
    const order = docs.map((doc) => doc.id);
    expect(order.indexOf(older.id)).toBeLessThan(order.indexOf(newer.id));
    expect(docs.find((doc) => doc.id === older.id)?.deadlines?.urgency).toBe('overdue');
  });

  it('gives every colleague saved views: the shared queues and their own open cases', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'views@example.nl' });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { assignee: colleague.id },
      overrideAccess: false,
      user: handler,
    });
    const presets = async (user: Actor) =>
      (
        await payload.find({
          collection: 'payload-query-presets',
          where: { relatedCollection: { equals: 'cases' } },
          overrideAccess: false,
          user,
          limit: 100,
        })
      ).docs;
    const mine = await presets(colleague);
    expect(mine.map((preset) => preset.title).sort()).toEqual(
      ['Due today', 'Due within 2 business days', 'My open cases', 'Open and unassigned', 'Overdue'].sort(),
    );
    // "My open cases" is each person's own, and lists what is assigned to them.
    const myOpen = mine.find((preset) => preset.title === 'My open cases');
    const listed = await payload.find({ collection: 'cases', where: myOpen?.where as never, limit: 100 });
    expect(listed.docs.map((doc) => doc.id)).toEqual([filed.id]);
    expect((await presets(handler)).filter((preset) => preset.title === 'My open cases')).toHaveLength(1);
    await expect(presets(await siteClient(payload))).rejects.toThrow();
  });

  it('gives a colleague an admin invites their own "My open cases", and the admin none of theirs', async () => {
    const admin = await staffUser(payload, 'admin');
    const invited = await payload.create({
      collection: 'users',
      data: {
        email: `invited-${Date.now()}@example.test`,
        roles: ['abuseSpecialist'],
      },
      overrideAccess: false,
      user: admin,
    });
    const titles = async (user: Actor) =>
      (
        await payload.find({
          collection: 'payload-query-presets',
          where: { title: { equals: 'My open cases' } },
          overrideAccess: false,
          user,
          limit: 100,
        })
      ).docs.map((preset) => preset.where);
    const invitedViews = await titles({ ...invited, collection: 'users' });
    expect(invitedViews).toHaveLength(1);
    expect(JSON.stringify(invitedViews[0])).toContain(`{"assignee":{"equals":${JSON.stringify(invited.id)}}}`);
    expect(await titles(admin)).toHaveLength(1);
  });

  it('mails a colleague a case handed to them, in their language, and nobody for taking it oneself', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'handover@example.nl' });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { assignee: colleague.id },
      overrideAccess: false,
      user: handler,
    });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { assignee: handler.id },
      overrideAccess: false,
      user: handler,
    });
    const { docs } = await payload.find({
      collection: 'outbox',
      where: { and: [{ case: { equals: filed.id } }, { kind: { equals: 'assigned' } }] },
    });
    expect(docs).toHaveLength(1);
    expect(docs[0]?.to).toBe('email' in colleague ? colleague.email : '');
    expect(docs[0]?.language).toBe('nl');
    expect(docs[0]?.subject).toContain(String(filed.caseNumber));
    expect(docs[0]?.text).toContain(`/admin/collections/cases/${filed.id}`);
  });

  const reporter = {
    name: 'Petra Reporter',
    email: 'petra@cert.example',
    phone: '+49 30 1234567',
    organisation: 'CERT Example',
  };

  const forward = async (shareIdentity: boolean, registrant: string) => {
    const filed = await fileAsSite(payload, {
      ...validAbuseReport,
      ...reporter,
      shareIdentity,
      evidence: 'Found by Petra Reporter (petra@cert.example, +49 30 1234567) of CERT Example: fake bank login.',
    });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { abuse: { forwardTo: { email: registrant, language: 'fr' } } } as never,
      overrideAccess: false,
      user: specialist,
    });
    const { docs } = await payload.find({ collection: 'outbox', where: { to: { equals: registrant } } });
    return { filed, message: docs[0] };
  };

  it('forwards an abuse report to the registrant without the reporter’s identity', async () => {
    const { filed, message } = await forward(false, 'registrant@holder.example');
    expect(message?.audience).toBe('registrant');
    expect(message?.language).toBe('fr');
    const body = `${message?.subject}\n${message?.text}\n${message?.html}`;
    for (const secret of Object.values(reporter)) expect(body).not.toContain(secret);
    expect(body).toContain('phish-bank.example');
    expect(body).toContain('https://phish-bank.example/login');
    expect(body).toContain('fake bank login');
    // The registrant's reply comes back to the case (cms/mail/threadAddress.ts).
    expect(message?.replyTo).toMatch(/^abuse\+[0-9a-f]{24}@key-systems\.net$/);
    // The request is not kept on the case; the timeline says it happened.
    const saved = await payload.findByID({ collection: 'cases', id: filed.id });
    expect(saved.abuse?.forwardTo?.email).toBeFalsy();
    const events = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: filed.id } }, { type: { equals: 'forwarded' } }] },
    });
    expect(events.docs[0]?.summary).toContain('reporter withheld');
  });

  it('names the reporter to the registrant only when they agreed to share', async () => {
    const { message } = await forward(true, 'registrant-two@holder.example');
    expect(message?.text).toContain('Petra Reporter');
    expect(message?.text).toContain('petra@cert.example');
  });

  it('lets only abuse specialists forward abuse reports', async () => {
    const filed = await fileAsSite(payload, validAbuseReport);
    await expect(
      payload.update({
        collection: 'cases',
        id: filed.id,
        data: { abuse: { forwardTo: { email: 'x@holder.example', language: 'en' } } } as never,
        overrideAccess: false,
        user: handler,
      }),
    ).rejects.toThrow();
  });

  it('shows the customer the answer on their status page once it was sent', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'answer-page@example.nl' });
    await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress');
    expect((await findCaseStatus(payload, String(filed.accessToken)))?.answer).toBeNull();
    await advanceCase(payload, filed.id, handler, 'answered');
    expect((await findCaseStatus(payload, String(filed.accessToken)))?.answer).toBe(staffAnswer);
  });

  describe('the one-click actions', () => {
    const post = (actor: Actor | null, path: string, body: unknown) => postAsActor(payload, actor, path, body);
    const outboxKinds = async (caseId: number) =>
      (await payload.find({ collection: 'outbox', where: { case: { equals: caseId } }, limit: 50 })).docs.map(
        (message) => message.kind,
      );

    it('sends the answer, moves the status and records it in one step', async () => {
      const filed = await fileAsSite(payload, { ...validComplaint, email: 'action-answer@example.nl' });
      expect((await post(handler, `/cases/${filed.id}/actions`, { action: 'acknowledge' })).status).toBe(200);
      expect((await post(handler, `/cases/${filed.id}/actions`, { action: 'startWork' })).status).toBe(200);
      const answered = await post(handler, `/cases/${filed.id}/actions`, {
        action: 'answer',
        answer: 'Done & dusted.',
      });
      expect(answered.status).toBe(200);
      const saved = await payload.findByID({ collection: 'cases', id: filed.id });
      expect(saved).toMatchObject({ status: 'answered', answer: 'Done & dusted.' });
      expect(saved.deadlines?.nextDeadlineAt).toBe(saved.escalationWindowEndsAt);
      expect(await outboxKinds(filed.id)).toContain('answer');
    });

    it('refuses an empty answer with the reason, and changes nothing', async () => {
      const filed = await fileAsSite(payload, { ...validComplaint, email: 'action-empty@example.nl' });
      await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress');
      const refused = await post(handler, `/cases/${filed.id}/actions`, { action: 'answer', answer: '  ' });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(await refused.json())).toContain('Write the answer');
      expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('inProgress');
      expect(await outboxKinds(filed.id)).not.toContain('answer');
    });

    it('sends an extension notice with the new date as the end of that Berlin day', async () => {
      const filed = await fileAsSite(payload, { ...validComplaint, email: 'action-extend@example.nl' });
      const due = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
      const extended = await post(handler, `/cases/${filed.id}/actions`, {
        action: 'extend',
        expectedAnswerAt: due,
        reason: 'Waiting for the other registrar.',
      });
      expect(extended.status).toBe(200);
      const saved = await payload.findByID({ collection: 'cases', id: filed.id });
      expect(saved.extension?.expectedAnswerAt).toBe(endOfBerlinDay(due).toISOString());
      expect(await outboxKinds(filed.id)).toContain('extension');
    });

    it('lets nobody act beyond their role', async () => {
      const filed = await fileAsSite(payload, { ...validComplaint, email: 'action-denied@example.nl' });
      expect((await post(null, `/cases/${filed.id}/actions`, { action: 'acknowledge' })).status).toBe(403);
      expect(
        (await post(await siteClient(payload), `/cases/${filed.id}/actions`, { action: 'acknowledge' })).status,
      ).toBe(403);
      expect([403, 404]).toContain(
        (await post(specialist, `/cases/${filed.id}/actions`, { action: 'acknowledge' })).status,
      );
      expect((await post(handler, `/cases/${filed.id}/actions`, { action: 'deleteEverything' })).status).toBe(400);
      expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('received');
    });
  });

  it('refuses to mark a case answered without the answer, and keeps a sent answer unchanged', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'no-answer@example.nl' });
    await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress');
    await expect(
      payload.update({
        collection: 'cases',
        id: filed.id,
        data: { status: 'answered' },
        overrideAccess: false,
        user: handler,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'status' })] } });
    await advanceCase(payload, filed.id, handler, 'answered');
    const changed = await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { answer: 'Something else entirely.' },
      overrideAccess: false,
      user: handler,
    });
    expect(changed.answer).toBe(staffAnswer);
  });
});
