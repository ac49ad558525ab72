import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from '../helpers/browser';
import { waitForMail } from '../helpers/mailbox';
import { expectAccessible, fill, siteUrl, submit, withPage } from '../helpers/site';

const browserOf = useBrowser();

describe('a reader files in German and gets the acknowledgement by mail', () => {
  it('sends it through Resend with the status link, and the status page lists it', async () => {
    const email = `leser-${Date.now()}@example.de`;
    let caseNumber = '';
    await withPage(browserOf(), { javaScriptEnabled: false, locale: 'de-DE' }, async (page) => {
      await page.goto(`${siteUrl()}/de/complaint`);
      await fill(page, {
        name: 'Lena <Leser>',
        email,
        topic: 'billing',
        description: 'Doppelt abgerechnet <b>zweimal</b>.',
        expectedOutcome: 'Erstattung.',
      });
      await submit(page);
      caseNumber = (await page.locator('.case-number').textContent()) ?? '';
    });
    expect(caseNumber).toMatch(/^C-\d{4}-\d{6}$/);

    const mail = await waitForMail(email);
    expect(mail.subject).toBe(`Beschwerde ${caseNumber}: Wir haben Ihre Beschwerde erhalten`);
    expect(mail.html).toContain('Doppelt abgerechnet &lt;b&gt;zweimal&lt;/b&gt;.');
    const link = mail.text?.match(/https?:\/\/\S+\/de\/status\/[\w-]+/)?.[0];
    expect(link?.startsWith(`${siteUrl()}/de/status/`)).toBe(true);

    await withPage(browserOf(), { javaScriptEnabled: true, locale: 'de-DE' }, async (page) => {
      // The mail itself, as a mail client would show it: readable and accessible.
      await page.setContent(mail.html ?? '');
      await screenshot(page, 'de-acknowledgement-mail');
      await expectAccessible(page);

      await page.goto(String(link));
      await page.getByText(mail.subject).waitFor();
      expect(await page.locator('main').textContent()).toContain(caseNumber);
      await screenshot(page, 'de-status-with-mail');
    });
  });
});
