import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { fileAsSite, testPayload, validComplaint } from '../helpers/payload';

// The embedded default has no mail provider: mail is composed and kept, so a
// newcomer sees exactly what would be sent, and nobody is told it went.
describe(`mail without a provider on ${describeDatabase()}`, () => {
  let payload: Payload;

  beforeAll(async () => {
    delete process.env.RESEND_API_KEY;
    payload = await testPayload();
  });

  afterAll(async () => {
    await payload.destroy();
  });

  it('composes and keeps the acknowledgement, marked as not sent, and does not pretend it went', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'nobody-sends@example.nl' });
    await payload.jobs.run({ queue: 'mail' });
    const { docs } = await payload.find({ collection: 'outbox', where: { to: { equals: 'nobody-sends@example.nl' } } });
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ status: 'notSent', attempts: 1, kind: 'acknowledgement', sentAt: null });
    expect(docs[0]?.subject).toContain(String(filed.caseNumber));
    expect(docs[0]?.text).toContain(`/nl/status/${filed.accessToken}`);
    expect(payload.email.name).toBe('log-only');
    // Still owed: the case is not acknowledged and the customer's page lists no message.
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('received');
    const messages = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: filed.id } }, { type: { equals: 'messageToCustomer' } }] },
    });
    expect(messages.docs).toHaveLength(0);
  });
});
