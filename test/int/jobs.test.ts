import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeInterruptedIntake } from '../../cms/jobs/completeIntake';
import { at, realClockAfterEach } from '../helpers/clock';
import { describeDatabase } from '../helpers/databaseEnv';
import { advanceCase, fileAsSite, staffUser, testPayload, type Actor } from '../helpers/payload';
import { queueCrons } from '../../cms/jobs/autoRun';

// The jobs run as the started product runs them (Payload's queue), on a clock
// the test controls.
describe(`scheduled deadline work on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
  });

  realClockAfterEach();

  afterAll(async () => {
    await payload.destroy();
  });

  const runTask = async (task: 'markOverdue' | 'closeExpiredWindows') => {
    await payload.jobs.queue({ task, input: {}, queue: 'deadlines' });
    await payload.jobs.run({ queue: 'deadlines' });
  };

  const overdueEvents = async (caseId: number) =>
    (
      await payload.find({
        collection: 'case-events',
        where: { and: [{ case: { equals: caseId } }, { type: { equals: 'overdue' } }] },
      })
    ).docs;

  it('flags a missed acknowledgement once, however often the job runs', async () => {
    at('2026-03-02T09:00:00Z'); // Monday: acknowledgement due end of Wednesday
    const filed = await fileAsSite(payload);
    at('2026-03-04T21:00:00Z'); // Wednesday 22:00 Berlin: not yet
    await runTask('markOverdue');
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).deadlines?.acknowledgementOverdue).toBe(
      false,
    );
    at('2026-03-05T08:00:00Z'); // Thursday morning: missed
    await runTask('markOverdue');
    await runTask('markOverdue');
    const flagged = await payload.findByID({ collection: 'cases', id: filed.id });
    expect(flagged.deadlines?.acknowledgementOverdue).toBe(true);
    expect(flagged.deadlines?.answerOverdue).toBe(false);
    expect((await overdueEvents(filed.id)).map((event) => event.summary)).toEqual(['Acknowledgement deadline passed']);
  });

  it('flags a missed answer, and counts an extension’s new date instead', async () => {
    at('2026-03-02T09:00:00Z'); // answer due end of Monday 16 March
    const plain = await fileAsSite(payload);
    const extended = await fileAsSite(payload);
    await advanceCase(payload, plain.id, handler, 'acknowledged');
    await advanceCase(payload, extended.id, handler, 'acknowledged');
    await payload.update({
      collection: 'cases',
      id: extended.id,
      data: { extension: { expectedAnswerAt: '2026-03-31T21:59:59.999Z', reason: 'Registry delay.' } } as never,
      overrideAccess: false,
      user: handler,
    });
    at('2026-03-17T08:00:00Z');
    await runTask('markOverdue');
    expect((await payload.findByID({ collection: 'cases', id: plain.id })).deadlines?.answerOverdue).toBe(true);
    expect((await payload.findByID({ collection: 'cases', id: extended.id })).deadlines?.answerOverdue).toBe(false);
    at('2026-04-01T08:00:00Z');
    await runTask('markOverdue');
    expect((await payload.findByID({ collection: 'cases', id: extended.id })).deadlines?.answerOverdue).toBe(true);
  });

  it('closes an answered case when its escalation window ends without an escalation', async () => {
    at('2026-01-05T09:00:00Z');
    const filed = await fileAsSite(payload);
    await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress', 'answered');
    at('2026-02-02T20:00:00Z'); // the window's last day, 21:00 Berlin: still open
    await runTask('closeExpiredWindows');
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('answered');
    at('2026-02-03T08:00:00Z');
    await runTask('closeExpiredWindows');
    await runTask('closeExpiredWindows');
    const closed = await payload.findByID({ collection: 'cases', id: filed.id });
    expect(closed.status).toBe('closed');
    expect(closed.closeReason).toBe('noEscalation');
    const changes = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: filed.id } }, { type: { equals: 'statusChanged' } }] },
    });
    expect(changes.docs.filter((event) => event.summary.startsWith('Status: Answered → Closed'))).toHaveLength(1);
  });

  it('runs again a job that a server left half-done when it died, but not one still being worked', async () => {
    const processingJobs = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { and: [{ processing: { equals: true } }, { queue: { equals: 'deadlines' } }] },
          overrideAccess: true,
        })
      ).docs
        .map((job) => job.id)
        .sort();
    at('2026-03-02T09:00:00Z');
    const orphan = await payload.jobs.queue({ task: 'markOverdue', input: {}, queue: 'deadlines' });
    // What a server writes when it takes a job, and then it was killed.
    await payload.db.updateJobs({
      id: orphan.id,
      data: { processing: true, updatedAt: new Date().toISOString() },
      req: {},
    });
    at('2026-03-02T09:14:00Z');
    const busy = await payload.jobs.queue({ task: 'markOverdue', input: {}, queue: 'deadlines' });
    await payload.db.updateJobs({
      id: busy.id,
      data: { processing: true, updatedAt: new Date().toISOString() },
      req: {},
    });
    // Payload itself never picks up a job marked as processing.
    await payload.jobs.run({ queue: 'deadlines' });
    expect(await processingJobs()).toEqual([orphan.id, busy.id]);

    at('2026-03-02T09:16:00Z'); // the orphan has been "processing" for 16 minutes, the other for 2
    // The release happens on the queue's own tick, where Payload asks whether to schedule.
    await payload.jobs.handleSchedules({ queue: 'deadlines' });
    await payload.jobs.run({ queue: 'deadlines' });
    expect(await processingJobs()).toEqual([busy.id]);
    // It ran to the end: Payload deletes a job once it has completed.
    const rerun = await payload.find({ collection: 'payload-jobs', where: { id: { equals: orphan.id } } });
    expect(rerun.docs).toEqual([]);
  });

  it('completes a case whose intake a dying server left half done, once, and leaves whole ones alone', async () => {
    const receiptOf = async (caseId: number) => ({
      mail: (
        await payload.find({ collection: 'outbox', where: { case: { equals: caseId } }, overrideAccess: true })
      ).docs.map((message) => message.eventKey),
      submitted: (
        await payload.count({
          collection: 'case-events',
          where: { and: [{ case: { equals: caseId } }, { type: { equals: 'submitted' } }] },
        })
      ).totalDocs,
    });
    at('2026-03-02T09:00:00Z');
    const whole = await fileAsSite(payload);
    const half = await fileAsSite(payload);
    // What the embedded database (no transactions) keeps when the server dies
    // right after storing the case: the case alone.
    await payload.delete({ collection: 'outbox', where: { case: { equals: half.id } }, overrideAccess: true });
    await payload.delete({ collection: 'case-events', where: { case: { equals: half.id } }, overrideAccess: true });
    await payload.db.updateOne({ collection: 'cases', id: half.id, data: { intakeStep: 'stored' } });
    const wholeBefore = await receiptOf(whole.id);

    // Within the stale period it may still be in progress: untouched.
    expect(await completeInterruptedIntake(payload, new Date('2026-03-02T09:10:00Z'))).toBe(0);
    expect(await receiptOf(half.id)).toEqual({ mail: [], submitted: 0 });
    at('2026-03-02T09:16:00Z');
    expect(await completeInterruptedIntake(payload)).toBe(1);
    const repaired = await receiptOf(half.id);
    expect(repaired.mail).toContain(`cases:${half.id}:acknowledgement`);
    expect(repaired.submitted).toBe(1);
    const acknowledgement = await payload.find({
      collection: 'outbox',
      where: { eventKey: { equals: `cases:${half.id}:acknowledgement` } },
      overrideAccess: true,
    });
    // The status link is in it, as in the first acknowledgement.
    expect(acknowledgement.docs[0]?.text).toMatch(/\/nl\/status\/[\w-]{43}/);
    // Run again: nothing more to do, nothing written twice.
    expect(await completeInterruptedIntake(payload)).toBe(0);
    expect(await receiptOf(half.id)).toEqual(repaired);
    expect(await receiptOf(whole.id)).toEqual(wholeBefore);
  });

  it('registers the scheduled jobs on the queues the started product works', async () => {
    const tasks = payload.config.jobs.tasks?.map((task) => [task.slug, task.schedule?.[0]?.queue]);
    expect(tasks).toEqual([
      ['markOverdue', 'deadlines'],
      ['closeExpiredWindows', 'deadlines'],
      ['remindDeadlines', 'deadlines'],
      ['applyRetention', 'deadlines'],
      // Queued per message, not on a schedule.
      ['sendMail', undefined],
      ['retryStalledMail', 'mail'],
      // Queued per received message (cms/inbound/receipt.ts), on the 'inbound' queue.
      ['receiveMail', undefined],
      ['completeInterruptedIntake', 'mail'],
      // Payload's own, for editors' scheduled publishing: queued on 'default' when scheduled.
      ['schedulePublish', undefined],
    ]);
    // The crons of the one process that works the queues (the CMS of `npm run
    // serve`, or `npm run worker`).
    expect(queueCrons()).toEqual([
      expect.objectContaining({ queue: 'deadlines' }),
      expect.objectContaining({ queue: 'default' }),
      expect.objectContaining({ queue: 'mail' }),
      expect.objectContaining({ queue: 'inbound' }),
    ]);
    // Any other process (JOBS_AUTORUN=false, as here) has no crons at all: it
    // neither runs nor schedules jobs, which another runner might take too.
    const autoRun = payload.config.jobs.autoRun;
    expect(typeof autoRun === 'function' ? await autoRun(payload) : autoRun).toEqual([]);
    process.env.JOBS_AUTORUN = 'true';
    try {
      expect(typeof autoRun === 'function' ? await autoRun(payload) : autoRun).toEqual(queueCrons());
    } finally {
      process.env.JOBS_AUTORUN = 'false';
    }
  });
});
