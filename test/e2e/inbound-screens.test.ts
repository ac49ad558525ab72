import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { de } from '../../cms/i18n/de';
import { en } from '../../cms/i18n/en';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { addColleague } from '../helpers/invitation';
import { deliveryEvent, mailToDesk, waitForMail } from '../helpers/mailbox';
import { mime } from '../helpers/mime';
import { staffApi } from '../helpers/site';
import { describeProblems, watchPage } from '../helpers/watchPage';

const adminUrl = inject('adminUrl');
const cmsUrl = inject('cmsUrl');
const browserOf = useBrowser();
const complaintsMailbox = 'complaints@key-systems.net';

// Signed in as the colleague, in a browser far from Berlin, at a phone's or a
// desk's width; the admin speaks the profile's language.
const openAs = async (
  browser: Browser,
  login: { email: string; password: string },
  width: number,
  language: string,
) => {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  const watch = await watchPage(page, cmsUrl);
  await logInToAdmin(page, login);
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
  return { page, watch, close: () => context.close() };
};

// Choosing a file and pressing Import, as a person does (the form is plain HTML).
const importFile = async (page: Page, name: string, content: Buffer, summary: string, submit: string) => {
  await page.goto(`${adminUrl}/collections/inbound-messages`);
  const details = page.locator('details.desk-import-eml');
  if (!(await details.evaluate((element: HTMLDetailsElement) => element.open))) {
    await page.getByText(summary, { exact: true }).click();
  }
  await page.locator('#import-eml-file').setInputFiles({ name, mimeType: 'message/rfc822', buffer: content });
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: submit, exact: true }).click()]);
};

// The tile's accessible name: its number, then its label (taken literally).
const tile = (page: Page, label: string) =>
  page.getByRole('link', { name: new RegExp(`^\\d+\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
const tileCount = async (page: Page, label: string) =>
  Number(await tile(page, label).locator('span').first().textContent());
const listedRows = async (page: Page) => {
  await page.locator('table tbody tr, .no-results').first().waitFor();
  return page.locator('table tbody tr').count();
};

describe('mail screens: Import .eml, the mailbox languages, the home screen', () => {
  it(
    'lets a German handler import a mail, says what is wrong with a bad file, and tells her about customer mail',
    { timeout: 300_000 },
    async () => {
      const admin = await staffApi();
      const stamp = Date.now();
      const handler = { email: `import-handler-${stamp}@example.test`, password: 'a-long-handler-password' };
      await addColleague(admin.request, { ...handler, name: 'Hanna Import', roles: ['handler'], language: 'de' });
      const customer = `import.kunde.${stamp}@example.de`;
      const forwarded = await mime({
        from: { name: 'Ida Import', address: customer },
        to: complaintsMailbox,
        subject: 'Rechnung doppelt',
        text: 'Guten Tag, Sie haben mir die Verlängerung meiner Domain zweimal berechnet. Bitte erstatten Sie mir den doppelten Betrag zurück.',
      });

      for (const width of [1440, 390]) {
        const { page, watch, close } = await openAs(browserOf(), handler, width, 'de');
        watch.screen(`inbox ${width}`);
        await page.goto(`${adminUrl}/collections/inbound-messages`);
        await page.getByText(de.importEmlTitle, { exact: true }).click();
        await screenshot(page, `inbound-import-form-de-${width}`);
        // Not a mail: refused in German, nothing stored, the form open again.
        await importFile(
          page,
          'rechnung.pdf',
          Buffer.from('%PDF-1.7\n1 0 obj\n'),
          de.importEmlTitle,
          de.importEmlSubmit,
        );
        expect(await page.locator('#import-eml-error').textContent()).toBe(de.importEmlNotMail);
        await screenshot(page, `inbound-import-refused-de-${width}`);
        const problems = (await watch.take()).filter((problem) => !problem.what.includes('importError'));
        expect(describeProblems('handler', problems)).toEqual([]);
        await close();
      }

      // A mail to another team's mailbox is refused by the endpoint, whatever the form shows.
      const { page, close } = await openAs(browserOf(), handler, 1440, 'de');
      const toAbuse = await mime({
        from: 'someone@example.org',
        to: 'abuse@key-systems.net',
        subject: 'Phishing',
        text: 'A phishing page on a domain you registered.',
      });
      await importFile(page, 'abuse.eml', toAbuse, de.importEmlTitle, de.importEmlSubmit);
      expect(await page.locator('#import-eml-error').textContent()).toBe(de.importEmlNotYourMailbox);

      // Her own mailbox: filed, and she is on the record it became.
      await importFile(page, 'weitergeleitet.eml', forwarded, de.importEmlTitle, de.importEmlSubmit);
      await page.waitForURL(/\/admin\/collections\/inbound-messages\/[^/?]+$/);
      expect(await page.locator('#field-from').inputValue()).toBe(customer);
      await screenshot(page, 'inbound-imported-record-de');

      // The customer gets the acknowledgement; it bounces; the case is closed; the customer writes again.
      const acknowledgement = await waitForMail(customer);
      expect(
        await deliveryEvent('email.bounced', {
          email_id: acknowledgement.id,
          bounce: { type: 'Permanent', message: 'Mailbox does not exist' },
        }),
      ).toBe(200);
      const caseNumber = /C-\d{4}-\d{6}/.exec(acknowledgement.subject)?.[0] ?? '';
      const { docs } = (await admin.request(`/api/cases?where[caseNumber][equals]=${caseNumber}&depth=0`, 'GET')) as {
        docs: { id: number }[];
      };
      await admin.request(`/api/cases/${docs[0]?.id}`, 'PATCH', {
        status: 'closed',
        closeReason: 'spam',
        closeNote: 'Closed for the test.',
      });
      await mailToDesk(
        await mime({
          from: customer,
          to: String(acknowledgement.reply_to),
          inReplyTo: acknowledgement.headers?.['Message-ID'],
          subject: `Re: ${acknowledgement.subject}`,
          text: 'Warum ist mein Fall geschlossen? Das Geld ist noch nicht zurück.',
        }),
      );

      // Her home screen says so, and each number is the length of the list it opens.
      for (let attempt = 0; attempt < 30; attempt += 1) {
        await page.goto(adminUrl);
        if ((await tileCount(page, de.customerRepliesClosed)) > 0) break;
        await page.waitForTimeout(1_000);
      }
      await screenshot(page, 'inbound-home-handler-de');
      for (const label of [de.mailNotDelivered, de.customerReplies, de.customerRepliesClosed]) {
        await page.goto(adminUrl);
        const count = await tileCount(page, label);
        expect(count, label).toBeGreaterThan(0);
        await tile(page, label).click();
        await page.waitForURL(/\/admin\/collections\//);
        expect(await listedRows(page), label).toBe(count);
      }
      await close();
    },
  );

  it('shows admins the mailboxes’ default languages in the contact details, in English and at a phone’s width', async () => {
    for (const width of [1440, 390]) {
      const context = await browserOf().newContext({ viewport: { width, height: 1000 }, timezoneId: 'Asia/Tokyo' });
      const page = await context.newPage();
      await logInToAdmin(page);
      await page.goto(`${adminUrl}/globals/contact-details`);
      await page.locator('#field-complaintsLanguage').waitFor();
      await page.locator('#field-abuseLanguage').scrollIntoViewIfNeeded();
      await screenshot(page, `inbound-contact-languages-${width}`);
      await page.goto(`${adminUrl}/collections/inbound-messages`);
      await page.getByText(en.importEmlTitle, { exact: true }).click();
      await screenshot(page, `inbound-import-form-en-${width}`);
      await context.close();
    }
  });
});
