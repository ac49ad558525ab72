import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { root } from '../../scripts/lib/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCaseStatus } from '../../cms/collections/Cases/statusView';
import { at, realClockAfterEach } from '../helpers/clock';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  fileAsSite,
  siteClient,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';

// Everything the CMS holds that a person could be found in, as one text.
const everything = async (payload: Payload): Promise<string> => {
  const dump: unknown[] = [];
  for (const collection of ['cases', 'escalations', 'feedback', 'case-events', 'outbox', 'evidence'] as const) {
    const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, showHiddenFields: true });
    dump.push(docs);
  }
  return JSON.stringify(dump);
};

describe(`retention and erasure on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;
  let admin: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    admin = await staffUser(payload, 'admin');
  });

  realClockAfterEach();

  afterAll(async () => {
    await payload.destroy();
  });

  const person = {
    name: 'Rita Retention',
    email: 'rita.retention@example.nl',
    phone: '+31 6 5555 0101',
    customerNumber: 'KS-778899',
  };

  // A complaint with everything in it: a note, an extension, an answer, an
  // escalation with its final answer, mail in the outbox.
  const fullCase = async () => {
    const filed = await fileAsSite(payload, {
      ...validComplaint,
      ...person,
      description: 'Rita Retention here, my account KS-778899 was billed twice.',
    });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { addNote: 'Called Rita on +31 6 5555 0101.' },
      overrideAccess: false,
      user: handler,
    });
    await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress', 'answered');
    const escalation = await payload.create({
      collection: 'escalations',
      data: {
        token: filed.accessToken,
        language: 'nl',
        name: person.name,
        email: person.email,
        description: 'Rita again.',
        reasonUnsatisfied: 'Still billed twice.',
        expectedSteps: 'Refund Rita.',
      } as never,
      overrideAccess: false,
      user: await siteClient(payload),
    });
    for (const status of ['acknowledged', 'inProgress', 'answered']) {
      await payload.update({
        collection: 'escalations',
        id: escalation.id,
        data: (status === 'answered' ? { status, answer: 'Dear Rita, refunded.' } : { status }) as never,
        overrideAccess: false,
        user: handler,
      });
    }
    return filed;
  };

  const retain = async () => {
    await payload.jobs.queue({ task: 'applyRetention', input: {}, queue: 'deadlines' });
    await payload.jobs.run({ queue: 'deadlines' });
  };

  it('removes every trace of the person after the retention period and keeps the figures', async () => {
    at('2024-01-15T09:00:00Z');
    const old = await fullCase();
    const oldFeedback = await payload.create({
      collection: 'feedback',
      data: { language: 'nl', topic: 'website', message: 'Rita thinks the form is long.', ...person } as never,
      overrideAccess: false,
      user: await siteClient(payload),
    });
    const closed = await payload.findByID({ collection: 'cases', id: old.id });
    expect(closed.status).toBe('closed');

    at('2025-06-01T09:00:00Z'); // 17 months later: still kept
    await retain();
    expect((await payload.findByID({ collection: 'cases', id: old.id })).anonymisedAt).toBeFalsy();
    expect(await everything(payload)).toContain(person.email);

    at('2026-03-01T09:00:00Z'); // more than 24 months after closing
    await retain();
    const text = await everything(payload);
    for (const trace of [...Object.values(person), 'Rita']) expect(text).not.toContain(trace);

    const kept = await payload.findByID({ collection: 'cases', id: old.id });
    expect(kept).toMatchObject({
      channel: 'complaint',
      language: 'nl',
      status: 'closed',
      closeReason: 'finalAnswer',
      caseNumber: old.caseNumber,
      complaint: { topic: 'transfer' },
    });
    expect(kept.receivedAt).toBe(closed.receivedAt);
    expect(kept.milestones).toEqual(closed.milestones);
    expect(kept.deadlines?.answerDueAt).toBe(closed.deadlines?.answerDueAt);
    expect(kept.anonymisedAt).toBeTruthy();
    // The private link no longer opens anything.
    expect(await findCaseStatus(payload, String(old.accessToken))).toBeUndefined();
    const feedback = await payload.findByID({ collection: 'feedback', id: oldFeedback.id });
    expect(feedback).toMatchObject({ topic: 'website', language: 'nl' });
    expect(feedback.anonymisedAt).toBeTruthy();
    // The timeline still shows what happened, and says when the data went.
    const events = await payload.find({ collection: 'case-events', where: { case: { equals: old.id } }, limit: 100 });
    expect(events.docs.map((event) => event.type)).toEqual(
      expect.arrayContaining(['submitted', 'statusChanged', 'note', 'escalated', 'anonymised']),
    );
  });

  it('deletes the evidence files of an anonymised abuse report', async () => {
    at('2024-02-01T09:00:00Z');
    const image = readFileSync(path.join(root, 'test/fixtures/screenshot.png'));
    const evidence = await payload.create({
      collection: 'evidence',
      data: {},
      file: { data: image, mimetype: 'image/png', name: 'proof.png', size: image.length },
    });
    const report = await fileAsSite(payload, { ...validAbuseReport, attachments: [evidence.id] });
    const specialist = await staffUser(payload, 'abuseSpecialist');
    await payload.update({
      collection: 'cases',
      id: report.id,
      data: { status: 'closed', closeReason: 'spam', closeNote: 'Not abuse.' },
      overrideAccess: false,
      user: specialist,
    });
    at('2026-06-01T09:00:00Z');
    await retain();
    const left = await payload.find({ collection: 'evidence', where: { id: { equals: evidence.id } } });
    expect(left.docs).toHaveLength(0);
    expect((await payload.findByID({ collection: 'cases', id: report.id })).abuse?.category).toBe('phishing');
  });

  it('executes an erasure request for one reporter, with an audit entry, and leaves others alone', async () => {
    const erased = { ...person, name: 'Erik Erasure', email: 'erik.erasure@example.de', customerNumber: 'KS-1' };
    const mine = await fileAsSite(payload, { ...validComplaint, ...erased });
    const other = await fileAsSite(payload, { ...validComplaint, email: 'someone.else@example.nl' });
    // Only admins act on erasure requests.
    await expect(
      payload.create({
        collection: 'erasure-requests',
        data: { email: erased.email },
        overrideAccess: false,
        user: handler,
      }),
    ).rejects.toThrow();
    const request = await payload.create({
      collection: 'erasure-requests',
      // Typed with other capitals than the reporter used: the same address.
      data: { email: erased.email.toUpperCase(), reference: 'Letter of 3 March' },
      overrideAccess: false,
      user: admin,
    });
    expect(request).toMatchObject({ casesAnonymised: 1, feedbackAnonymised: 0 });
    const audit = await payload.findByID({ collection: 'erasure-requests', id: request.id, depth: 0 });
    expect(audit.requestedBy).toBe(admin.id);
    expect(audit.emailHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(audit)).not.toContain(erased.email);

    const text = await everything(payload);
    expect(text).not.toContain(erased.email);
    expect(text).not.toContain('Erik Erasure');
    expect((await payload.findByID({ collection: 'cases', id: mine.id })).anonymisedAt).toBeTruthy();
    expect((await payload.findByID({ collection: 'cases', id: other.id })).reporter.email).toBe(
      'someone.else@example.nl',
    );
  });
});
