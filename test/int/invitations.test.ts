import type { Payload } from 'payload';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { postAsActor, staffUser, testPayload, type Actor } from '../helpers/payload';
import { startResendStandIn, type ResendStandIn } from '../helpers/resendStandIn';

// Invitations, not passwords: an admin adds a colleague without choosing their
// password; the colleague gets a mail through the outbox and chooses their own.
// "Forgot password" takes the same road. The link leaves the outbox once sent.
describe(`invitations and password resets on ${describeDatabase()}`, () => {
  let payload: Payload;
  let resend: ResendStandIn;
  let admin: Actor;
  let handler: Actor;

  beforeAll(async () => {
    resend = await startResendStandIn();
    process.env.RESEND_API_KEY = resend.apiKey;
    process.env.RESEND_BASE_URL = resend.url;
    payload = await testPayload();
    admin = await staffUser(payload, 'admin');
    await payload.update({ collection: 'users', id: admin.id, data: { name: 'Ada Admin' } });
    admin = { ...admin, name: 'Ada Admin' } as Actor;
    handler = await staffUser(payload, 'handler');
  });

  beforeEach(() => resend.reset());

  afterAll(async () => {
    await payload.destroy();
    await resend.close();
    for (const name of ['RESEND_API_KEY', 'RESEND_BASE_URL']) Reflect.deleteProperty(process.env, name);
  });

  const accountMail = async (to: string, kind: string) =>
    (
      await payload.find({
        collection: 'outbox',
        where: { and: [{ to: { equals: to } }, { kind: { equals: kind } }] },
        sort: '-createdAt',
        depth: 0,
      })
    ).docs;
  const tokenIn = (text: string) => /\/admin\/reset\/([0-9a-f]+)/.exec(text)?.[1];
  const canLogIn = (email: string, password: string) =>
    payload
      .login({ collection: 'users', data: { email, password } })
      .then(() => true)
      .catch(() => false);

  it('invites a colleague an admin adds, in their language, and ignores a password the admin typed', async () => {
    const email = `new-colleague-${Date.now()}@example.test`;
    const created = await payload.create({
      collection: 'users',
      data: { email, name: 'Nina Neu', roles: ['handler'], language: 'de', password: 'chosen-by-the-admin' },
      user: admin,
      overrideAccess: false,
    });
    expect(await canLogIn(email, 'chosen-by-the-admin')).toBe(false);

    const [invitation] = await accountMail(email, 'staffInvitation');
    expect(invitation, 'an invitation in the outbox').toBeDefined();
    expect(invitation?.channel).toBe('account');
    expect(invitation?.language).toBe('de');
    expect(invitation?.subject).toBe('Ihr Konto am Beschwerde-Desk');
    expect(invitation?.text).toContain('Ada Admin hat Ihnen ein Konto');
    const token = tokenIn(invitation?.text ?? '');
    expect(token).toBeTruthy();

    // Only admins read account mail: it carries the link to choose a password.
    const asHandler = await payload.find({
      collection: 'outbox',
      where: { id: { equals: invitation?.id } },
      user: handler,
      overrideAccess: false,
    });
    expect(asHandler.docs).toHaveLength(0);

    // The mail goes out through the outbox, and the stored copy loses its link.
    await payload.jobs.run({ queue: 'mail', limit: 100 });
    expect(resend.emails.filter((mail) => mail.to.includes(email))).toHaveLength(1);
    if (!invitation || !token) throw new Error('no invitation with a link');
    const sent = await payload.findByID({ collection: 'outbox', id: invitation.id, depth: 0 });
    expect(sent.status).toBe('sent');
    expect(tokenIn(sent.text ?? '')).toBeUndefined();
    expect(sent.html).not.toContain(token);

    // The colleague chooses a password with the link and signs in with it.
    await payload.resetPassword({
      collection: 'users',
      data: { token, password: 'ninas-own-choice-2026' },
      overrideAccess: true,
    });
    expect(await canLogIn(email, 'ninas-own-choice-2026')).toBe(true);
    expect(created.id).toBeDefined();
  });

  it("lets nobody set another person's password, but everyone their own", async () => {
    const email = 'email' in handler ? handler.email : '';
    await expect(
      payload.update({
        collection: 'users',
        id: handler.id,
        data: { password: 'set-by-the-admin-1' },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow();
    expect(await canLogIn(email, 'set-by-the-admin-1')).toBe(false);
    expect(await canLogIn(email, 'a-long-test-password')).toBe(true);
    await payload.update({
      collection: 'users',
      id: handler.id,
      data: { password: 'my-own-new-password' },
      user: handler,
      overrideAccess: false,
    });
    expect(await canLogIn(email, 'my-own-new-password')).toBe(true);
  });

  it('sends "forgot password" through the outbox, never straight to the provider', async () => {
    const email = 'email' in admin ? admin.email : '';
    const response = await postAsActor(payload, null, '/users/forgot-password', { email });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).not.toMatch(/[0-9a-f]{40}/);
    expect(resend.emails).toHaveLength(0);
    const [reset] = await accountMail(email, 'passwordReset');
    expect(reset?.subject).toBe('Choose a new password for the complaints desk');
    expect(tokenIn(reset?.text ?? '')).toBeTruthy();
    // An unknown address gets the same answer and no mail.
    const unknown = await postAsActor(payload, null, '/users/forgot-password', { email: 'nobody@example.test' });
    expect(unknown.status).toBe(200);
    expect(await accountMail('nobody@example.test', 'passwordReset')).toHaveLength(0);
  });
});
