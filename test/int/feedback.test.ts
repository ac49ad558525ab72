import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { siteClient, testPayload } from '../helpers/payload';

describe(`feedback on ${describeDatabase()}`, () => {
  let payload: Payload;

  beforeAll(async () => {
    payload = await testPayload();
  });

  afterAll(async () => {
    await payload.destroy();
  });

  const send = async (data: Record<string, unknown>, locale = 'en') =>
    payload.create({
      collection: 'feedback',
      data: { language: 'en', message: 'Nice work.', ...data } as never,
      overrideAccess: false,
      user: await siteClient(payload),
      locale: locale as never,
      depth: 1,
    });

  const departmentSlug = (doc: { department?: unknown }) => (doc.department as { slug?: string } | null)?.slug;

  it('routes feedback to the department that takes its topic', async () => {
    expect(departmentSlug(await send({ topic: 'website' }))).toBe('web-team');
    expect(departmentSlug(await send({ topic: 'policy' }))).toBe('policy-compliance');
  });

  it('honours the department the reader picked', async () => {
    expect(departmentSlug(await send({ topic: 'website', department: 'customer-service' }))).toBe('customer-service');
  });

  it('falls back to the default department for an unknown pick', async () => {
    await payload.update({ collection: 'departments', where: { slug: { equals: 'web-team' } }, data: { topics: [] } });
    expect(departmentSlug(await send({ topic: 'website', department: 'no-such-team' }))).toBe('customer-service');
  });

  it('takes anonymous feedback, and checks an email address when one is given', async () => {
    const anonymous = await send({ topic: 'services' });
    expect(anonymous.contact?.email).toBeFalsy();
    await expect(send({ topic: 'services', email: 'not-an-address' }, 'nl')).rejects.toMatchObject({
      data: { errors: [{ path: 'email', message: expect.stringContaining('e-mailadres') }] },
    });
  });
});
