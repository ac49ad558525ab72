import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeInterruptedIntake } from '../../cms/jobs/completeIntake';
import { describeDatabase } from '../helpers/databaseEnv';
import { cmsUrl, postJson } from '../helpers/http';
import { resetToken } from '../helpers/invitation';
import { enterAsStaff, fileAsSite, staffUser, testPayload, validAbuseReport } from '../helpers/payload';
import { complaintRoundTrips } from '../helpers/roundTrips';

const isMongo = process.env.DATABASE_URI?.startsWith('mongodb') ?? false;

describe(`the intake pipeline on ${describeDatabase()}`, () => {
  let payload: Payload;

  beforeAll(async () => {
    payload = await testPayload();
  });

  afterAll(async () => {
    await payload.destroy();
  });

  it('files a complaint in one commit and the same few statements or commands, whatever the size of the team', async () => {
    // The first complaint of a server reads the number counter and the wording, team and calendar it then keeps.
    await staffUser(payload, 'handler');
    await fileAsSite(payload);
    const small = await complaintRoundTrips(payload);
    for (let added = 0; added < 8; added += 1) await staffUser(payload, 'handler');
    // A new colleague is on the team at once: the team is read again, then kept.
    await fileAsSite(payload);
    const large = await complaintRoundTrips(payload);
    console.log(`a complaint's round trips:\n  ${large.calls.join('\n  ')}`);
    expect(large.calls).toEqual(small.calls);
    if (isMongo) {
      // Every command the driver sends (a standalone server: no transaction).
      expect(large.calls.length).toBeLessThanOrEqual(8);
    } else {
      // Every SQL statement: all of them in one transaction, so one commit (one wait for the disk).
      expect(large.calls[0]).toBe('begin');
      expect(large.calls.at(-1)).toBe('commit');
      expect(large.calls.filter((call) => call === 'commit')).toHaveLength(1);
      // The goal is 8. Two over: Payload's create reads the case back after
      // inserting it (one statement), and BEGIN and COMMIT count. The receipt
      // entry and the mail job are written without a read-back (recordTimeline.ts,
      // utilities/insertMany.ts insertOne).
      expect(large.calls.length).toBeLessThanOrEqual(10);
      expect(large.calls.filter((call) => call.startsWith('select'))).toHaveLength(1);
    }

    // All its work done: the receipt entry, and every message with the job that sends it.
    const { created } = large;
    const handlers = await payload.count({ collection: 'users', where: { roles: { contains: 'handler' } } });
    const { docs: messages } = await payload.find({
      collection: 'outbox',
      where: { case: { equals: created.id } },
      pagination: false,
      overrideAccess: true,
    });
    expect(messages.map((message) => message.kind).sort()).toEqual(
      ['acknowledgement', ...Array.from({ length: handlers.totalDocs }, () => 'newCase')].sort(),
    );
    const jobs = new Set(messages.map((message) => message.job));
    expect(jobs.size).toBe(1);
    const job = await payload.findByID({ collection: 'payload-jobs', id: [...jobs][0] as string });
    expect(job.taskSlug).toBe('sendMail');
    const receipt = await payload.find({ collection: 'case-events', where: { case: { equals: created.id } } });
    expect(receipt.docs.map((event) => event.type)).toEqual(['submitted']);
    const stored = await payload.findByID({ collection: 'cases', id: created.id });
    expect(stored.intakeStep).toBe('complete');
  });

  it('files complaints arriving together each once, with consecutive numbers, beside a staff save', async () => {
    const handler = await staffUser(payload, 'handler');
    const first = await fileAsSite(payload);
    const [filed, saved] = await Promise.all([
      Promise.all(Array.from({ length: 8 }, () => fileAsSite(payload))),
      // A staff save at the same moment is neither lost nor mixed into an intake.
      payload.update({ collection: 'cases', id: first.id, data: { addNote: 'Called back.' } as never, user: handler }),
    ]);
    expect(saved.id).toBe(first.id);
    const serial = (number?: string | null) => Number(number?.split('-').at(-1));
    const numbers = filed.map((doc) => serial(doc.caseNumber)).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, index) => serial(first.caseNumber) + 1 + index));
    for (const doc of filed) {
      const events = await payload.find({ collection: 'case-events', where: { case: { equals: doc.id } } });
      expect(events.docs.map((event) => event.type)).toEqual(['submitted']);
      expect((await payload.findByID({ collection: 'cases', id: doc.id })).intakeStep).toBe('complete');
    }
    const notes = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: first.id } }, { type: { equals: 'note' } }] },
    });
    expect(notes.totalDocs).toBe(1);
  });

  it('gives back the number of an entry refused after numbering: nothing of it is kept', async () => {
    const handler = await staffUser(payload, 'handler');
    const before = await fileAsSite(payload);
    const entry = {
      channel: 'complaint',
      language: 'en',
      receivedVia: 'phone',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      complaint: { topic: 'billing', description: 'By phone.', expectedOutcome: 'Refund.' },
    };
    // The field checks run after the number is drawn: a wrong address refuses the whole entry.
    await expect(
      enterAsStaff(payload, handler, 'cases', { ...entry, reporter: { name: 'Paula Phone', email: 'not an address' } }),
    ).rejects.toThrow(/mail/i);
    const after = await enterAsStaff(payload, handler, 'cases', {
      ...entry,
      reporter: { name: 'Paula Phone', email: 'paula@example.test' },
    });
    const serial = (number?: string | null) => Number(number?.split('-').at(-1));
    if (!isMongo) expect(serial(after.caseNumber)).toBe(serial(before.caseNumber) + 1);
    const refused = await payload.count({ collection: 'cases', where: { 'reporter.name': { equals: 'Paula Phone' } } });
    expect(refused.totalDocs).toBe(1);
  });

  it('sends every message of an intake with its one job', async () => {
    const created = await fileAsSite(payload);
    await payload.jobs.run({ queue: 'mail', limit: 100 });
    const { docs } = await payload.find({
      collection: 'outbox',
      where: { case: { equals: created.id } },
      pagination: false,
      overrideAccess: true,
    });
    expect(docs.length).toBeGreaterThan(1);
    // No provider is configured in the tests: composed and logged, "not sent".
    expect(new Set(docs.map((message) => message.status))).toEqual(new Set(['notSent']));
  });

  it('resumes an interrupted intake after the step it reached, not from the start', async () => {
    const created = await fileAsSite(payload);
    const later = new Date(Date.now() + 16 * 60 * 1000);
    // The server died after the receipt entry and before the mail.
    await payload.delete({ collection: 'outbox', where: { case: { equals: created.id } }, overrideAccess: true });
    await payload.db.updateOne({ collection: 'cases', id: created.id, data: { intakeStep: 'receipt' } });
    expect(await completeInterruptedIntake(payload, later)).toBe(1);
    const events = await payload.find({ collection: 'case-events', where: { case: { equals: created.id } } });
    expect(events.docs.map((event) => event.type)).toEqual(['submitted']);
    const mail = await payload.find({
      collection: 'outbox',
      where: { case: { equals: created.id } },
      pagination: false,
      overrideAccess: true,
    });
    expect(mail.docs.map((message) => message.eventKey)).toContain(`cases:${created.id}:acknowledgement`);
    expect((await payload.findByID({ collection: 'cases', id: created.id })).intakeStep).toBe('complete');
    // Complete now: the next run leaves it alone.
    expect(await completeInterruptedIntake(payload, later)).toBe(0);
  });

  it('gives an authority’s abuse report filed through the site its 24-hour review', async () => {
    const created = await fileAsSite(payload, { ...validAbuseReport, reporterType: 'authority' }, 'de');
    expect(created.deadlines?.reviewDueAt).toBeTruthy();
  });
});

// The admin's own create (REST, as the admin screen sends it) takes the same
// pipeline as the site's form.
describe(`staff entering an intake over HTTP on ${describeDatabase()}`, () => {
  const login = async (email: string, password: string) => {
    const response = await postJson('/api/users/login', { email, password });
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  };

  it('gives an authority’s abuse report entered by an abuse specialist the 24-hour review deadline', async () => {
    const admin = await login('admin@example.test', 'correct-horse-battery-staple');
    const email = `specialist-${Date.now()}@example.test`;
    const made = await postJson(
      '/api/users',
      { email, roles: ['abuseSpecialist'], name: 'Sam Specialist' },
      { authorization: `JWT ${admin}` },
    );
    expect(made.status).toBe(201);
    // The colleague chooses a password from the invitation's link (no mail
    // provider here: the outbox keeps the message as composed).
    const outbox = await fetch(`${cmsUrl()}/api/outbox?where[to][equals]=${encodeURIComponent(email)}&depth=0`, {
      headers: { authorization: `JWT ${admin}` },
    });
    const { docs } = (await outbox.json()) as { docs: { text?: string }[] };
    const password = 'a-long-specialist-password';
    const chosen = await postJson('/api/users/reset-password', {
      token: resetToken(docs[0]?.text ?? ''),
      password,
    });
    expect(chosen.status).toBe(200);
    const token = await login(email, password);

    // A fax from the police, received an hour ago.
    const receivedAt = new Date(Date.now() - 3600_000);
    receivedAt.setUTCMilliseconds(0);
    const response = await postJson(
      '/api/cases?depth=0',
      {
        channel: 'abuse',
        language: 'de',
        receivedVia: 'fax',
        receivedAt: receivedAt.toISOString(),
        reporter: { name: 'LKA Saarland', email: 'cybercrime@lka.example' },
        domains: [{ unicode: 'phish-bank.example' }],
        abuse: {
          category: 'phishing',
          reporterType: 'authority',
          authorityReference: 'LKA-2026-4711',
          urls: [{ url: 'https://phish-bank.example/login' }],
          evidence: 'Phishing page reported by fax.',
        },
      },
      { authorization: `JWT ${token}` },
    );
    const body = (await response.json()) as {
      doc: { caseNumber: string; deadlines: { reviewDueAt?: string; nextDeadlineAt?: string } };
    };
    expect(response.status, JSON.stringify(body)).toBe(201);
    expect(body.doc.caseNumber).toMatch(/^A-\d{4}-\d{6}$/);
    // 24 hours from the time of receipt staff entered, not from the save.
    expect(body.doc.deadlines.reviewDueAt).toBe(new Date(receivedAt.getTime() + 24 * 3600_000).toISOString());
    expect(body.doc.deadlines.nextDeadlineAt).toBe(body.doc.deadlines.reviewDueAt);
  });
});
