import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { testPayload, validComplaint } from '../helpers/payload';

// A create without `user` and with overrideAccess: false is what the public API
// does for a visitor from the site.
describe(`cases on ${describeDatabase()} (Local API)`, () => {
  let payload: Payload;

  beforeAll(async () => {
    payload = await testPayload();
  });

  afterAll(async () => {
    await payload.destroy();
  });

  const fileComplaint = (data: Record<string, unknown> = validComplaint, locale = 'nl') =>
    payload.create({ collection: 'cases', data: data as never, overrideAccess: false, locale: locale as never });

  it('files a public complaint with a case number, a receipt time and the status received', async () => {
    const before = Date.now();
    const created = await fileComplaint();
    expect(created.caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
    expect(created.status).toBe('received');
    expect(created.channel).toBe('complaint');
    expect(new Date(created.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(created.reporter).toMatchObject({ name: 'Anna de Vries', email: 'anna@example.nl' });
    expect(created.domains?.map((domain) => domain.ascii)).toEqual(['voorbeeld.nl', 'xn--bcher-kva.de']);
    expect(created.complaint).toMatchObject({ topic: 'transfer' });
  });

  it('numbers complaints one after another', async () => {
    const first = await fileComplaint();
    const second = await fileComplaint();
    const sequence = (caseNumber?: string | null) => Number(caseNumber?.split('-')[2]);
    expect(sequence(second.caseNumber)).toBe(sequence(first.caseNumber) + 1);
  });

  it('gives 20 parallel complaints 20 different numbers', async () => {
    const created = await Promise.all(Array.from({ length: 20 }, () => fileComplaint()));
    expect(new Set(created.map((doc) => doc.caseNumber)).size).toBe(20);
  });

  it('ignores a status, receipt time or case number a visitor tries to set', async () => {
    const created = await fileComplaint({
      ...validComplaint,
      status: 'closed',
      receivedAt: '2020-01-01T00:00:00.000Z',
      caseNumber: 'C-2020-999999',
    });
    expect(created.status).toBe('received');
    expect(created.caseNumber).not.toBe('C-2020-999999');
    expect(new Date(created.receivedAt).getFullYear()).toBeGreaterThan(2020);
  });

  it('refuses an invalid complaint in the reader’s language and stores nothing', async () => {
    const { totalDocs: before } = await payload.count({ collection: 'cases' });
    await expect(fileComplaint({ ...validComplaint, email: 'not-an-email', name: '' }, 'de')).rejects.toMatchObject({
      data: {
        errors: expect.arrayContaining([
          { path: 'email', message: expect.stringContaining('E-Mail-Adresse') },
          { path: 'name', message: 'Dieses Feld ist erforderlich. Bitte füllen Sie es aus.' },
        ]),
      },
    });
    const { totalDocs: after } = await payload.count({ collection: 'cases' });
    expect(after).toBe(before);
  });

  it('does not let a visitor read, list, change or delete cases', async () => {
    const created = await fileComplaint();
    await expect(payload.find({ collection: 'cases', overrideAccess: false })).rejects.toThrow();
    await expect(payload.findByID({ collection: 'cases', id: created.id, overrideAccess: false })).rejects.toThrow();
    await expect(
      payload.update({ collection: 'cases', id: created.id, data: { status: 'closed' }, overrideAccess: false }),
    ).rejects.toThrow();
    await expect(payload.delete({ collection: 'cases', id: created.id, overrideAccess: false })).rejects.toThrow();
  });

  it('seeds an admin and the procedure text in every language', async () => {
    const admins = await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } });
    expect(admins.docs[0]?.email).toBe('admin@example.test');
    for (const locale of ['nl', 'en', 'de'] as const) {
      const page = await payload.findGlobal({ slug: 'procedure-page', locale, fallbackLocale: false });
      expect(page.title).toBeTruthy();
      expect(page.bodyHtml).toContain('<h2');
    }
  });
});
