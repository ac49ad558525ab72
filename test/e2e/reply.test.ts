import { describe, expect, inject, it } from 'vitest';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { addColleague } from '../helpers/invitation';
import { waitForMail } from '../helpers/mailbox';
import { staffApi, withPage } from '../helpers/site';
import { watchPage } from '../helpers/watchPage';

const adminUrl = inject('adminUrl');
const browserOf = useBrowser();

describe('a handler writes to a customer from the case with a canned reply', () => {
  it('picks the German canned reply, sends it; the customer gets it in German, threaded to the case, and reads it on the status page', async () => {
    const admin = await staffApi();
    const stamp = Date.now();
    const handler = { email: `reply-handler-${stamp}@example.test`, password: 'a-long-handler-password' };
    await addColleague(admin.request, { ...handler, name: 'Rita Reply', roles: ['handler'] });
    // An editor's canned reply, published in English and German (admins may do what editors do).
    const title = `Delay ${stamp}`;
    const created = (await admin.request('/api/canned-replies?locale=en', 'POST', {
      title,
      body: 'Case {caseNumber} needs a few more days.',
      usedFor: ['complaint'],
      _status: 'published',
    })) as { doc: { id: number } };
    await admin.request(`/api/canned-replies/${created.doc.id}?locale=de`, 'PATCH', {
      title: `Verzögerung ${stamp}`,
      body: 'Ihr Fall {caseNumber} braucht noch ein paar Tage.',
      _status: 'published',
    });
    const customer = `reply-customer-${stamp}@example.test`;
    const filed = (await admin.request('/api/cases', 'POST', {
      channel: 'complaint',
      language: 'de',
      receivedVia: 'phone',
      reporter: { name: 'Karl Kunde', email: customer },
      complaint: { topic: 'billing', description: 'Zweimal abgebucht.' },
    })) as { doc: { id: number; caseNumber: string } };
    const { id, caseNumber } = filed.doc;

    const context = await browserOf().newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const watched = await watchPage(page, new URL(inject('cmsUrl')).origin);
    await logInToAdmin(page, handler);
    await page.goto(`${adminUrl}/collections/cases/${id}`);
    const composer = page.getByRole('region', { name: 'Write to the customer' });
    await composer.scrollIntoViewIfNeeded();
    // The customer's language is chosen; only replies with a German text are offered.
    await expect.poll(() => composer.getByLabel('Language of the message').inputValue()).toBe('de');
    const canned = composer.getByLabel('Start from a canned reply');
    await canned.locator('option', { hasText: `Verzögerung ${stamp}` }).waitFor({ state: 'attached' });
    await canned.selectOption({ label: `Verzögerung ${stamp}` });
    const text = composer.getByLabel('Message', { exact: true });
    // The placeholders are shown filled in for this case.
    expect(await text.inputValue()).toBe(`Ihr Fall ${caseNumber} braucht noch ein paar Tage.`);
    await screenshot(page, 'reply-composer-filled');
    await composer.getByRole('button', { name: 'Send to the customer' }).click();
    await composer.getByRole('status').getByText(`Sent to ${customer}`).waitFor();
    // Without a reload, the reply is in the case's conversation (the page had no unsaved edits).
    await page
      .locator('section.conversation .conversation__text', {
        hasText: `Ihr Fall ${caseNumber} braucht noch ein paar Tage.`,
      })
      .waitFor();
    expect(await composer.getByRole('status').textContent()).not.toContain('unsaved');

    const mail = await waitForMail(customer, (received) => received.subject.includes('Eine Nachricht'));
    expect(mail.subject).toBe(`Beschwerde ${caseNumber}: Eine Nachricht zu Ihrem Anliegen`);
    expect(mail.text).toContain(`Ihr Fall ${caseNumber} braucht noch ein paar Tage.`);
    expect(mail.headers?.['Message-ID']).toMatch(/^<[^@>]+@[^>]+>$/);
    expect(String(mail.reply_to)).toMatch(/^complaints\+[0-9a-f]{24}@/);
    expect(await watched.take()).toEqual([]);
    await context.close();

    // The customer follows the mail's link to the status page (no JavaScript)
    // and finds the reply there, in the conversation, in German.
    const statusLink = /https?:\/\/\S+\/status\/[\w-]+/.exec(mail.text ?? '')?.[0];
    expect(statusLink, 'the reply links to the status page').toBeTruthy();
    await withPage(browserOf(), { javaScriptEnabled: false, locale: 'de-DE' }, async (status) => {
      await status.goto(String(statusLink));
      const fromUs = status.locator('ol.conversation .from-desk', { hasText: 'braucht noch ein paar Tage' });
      await fromUs.waitFor();
      expect(await fromUs.textContent()).toContain(mail.subject);
      await screenshot(status, 'reply-on-status-page-de');
    });
  });
});
