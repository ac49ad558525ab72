import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { fileAsSite, postAsActor, staffUser, testPayload, validComplaint, type Actor } from '../helpers/payload';

// One person at a time: a case a colleague has open in the admin (Payload's
// document lock) cannot be moved on by anyone else's action button, so two
// people never answer one customer at once.
describe(`document locking on the desk's actions, on ${describeDatabase()}`, () => {
  let payload: Payload;
  let hanna: Actor;
  let hugo: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    hanna = await staffUser(payload, 'handler');
    hugo = await staffUser(payload, 'handler');
  });

  afterAll(async () => {
    await payload.destroy();
  });

  // What Payload's admin writes when a person opens a document for editing.
  const openInAdmin = (collection: 'cases' | 'escalations', id: number, user: Actor) =>
    payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: collection, value: id },
        user: { relationTo: 'users', value: user.id as number },
      },
    });

  it("refuses a colleague's action on a case someone has open, and lets the one who has it open act", async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'locked@example.nl' });
    await openInAdmin('cases', filed.id, hanna);

    const refused = await postAsActor(payload, hugo, `/cases/${filed.id}/actions`, { action: 'acknowledge' });
    expect(refused.status).toBe(423);
    const { errors } = (await refused.json()) as { errors: { message: string }[] };
    expect(errors[0]?.message).toMatch(/colleague has this record open/);
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('received');

    const done = await postAsActor(payload, hanna, `/cases/${filed.id}/actions`, { action: 'acknowledge' });
    expect(done.status).toBe(200);
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('acknowledged');
  });
});
