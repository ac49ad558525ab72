import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { root } from '../../scripts/lib/processes';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { mailToDesk, waitForMail } from '../helpers/mailbox';
import { mime } from '../helpers/mime';

const adminUrl = inject('adminUrl');
const browserOf = useBrowser();

// The seeded contact details' mailboxes (cms/seed/content/contactDetails.ts).
const mailboxes = {
  complaints: 'complaints@key-systems.net',
  abuse: 'abuse@key-systems.net',
  feedback: 'feedback@key-systems.net',
};

// A machine report from the fixtures, addressed to the desk's abuse mailbox.
const machineReport = (name: string) =>
  Buffer.from(
    readFileSync(path.join(root, 'test/fixtures/machine-reports', name), 'latin1').replace(
      /^To: abuse@registrar\.example$/m,
      `To: ${mailboxes.abuse}`,
    ),
    'latin1',
  );

// Sent as Resend delivers it: the stand-in keeps the message and calls the
// started CMS's webhook, signed; the CMS reads it on its inbound queue.
const send = async (raw: Buffer) => {
  const { status } = await mailToDesk(raw);
  expect(status).toBe(202);
};

// What a person does to find a record: the list's search box, again until the
// mail has been read (the queue works every 2 seconds).
const openFromList = async (page: Page, collection: string, search: string) => {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await page.goto(`${adminUrl}/collections/${collection}`);
    await page.locator('#search-filter-input').fill(search);
    // The list follows the search box once the URL carries it.
    await page.waitForURL(/[?&]search=/);
    await page.waitForLoadState('networkidle');
    const rows = page.locator('.table tbody tr');
    if ((await rows.count()) === 1) {
      await rows.first().locator('a').first().click();
      await page.waitForURL(new RegExp(`/admin/collections/${collection}/[^/?]+$`));
      return;
    }
    await page.waitForTimeout(1_000);
  }
  throw new Error(`Nothing found in ${collection} for “${search}”`);
};

// A select's shown value, once the form has drawn it.
const selected = async (page: Page, field: string) => {
  const value = page.locator(`#field-${field} .rs__single-value`).first();
  await value.waitFor();
  return ((await value.textContent()) ?? '').trim();
};

describe('mail to the desk ends up where a person expects it', () => {
  it(
    'files complaints@, abuse@ and feedback@ mail, threads a reply, and reads X-ARF and ARF reports',
    { timeout: 300_000 },
    async () => {
      const stamp = Date.now();
      const customer = `kunde.${stamp}@example.de`;
      const reporter = `reporter.${stamp}@example.org`;
      const fan = `fan.${stamp}@example.es`;
      await send(
        await mime({
          from: { name: 'Klara Kunde', address: customer },
          to: mailboxes.complaints,
          subject: 'Meine Domainübertragung hängt seit Wochen',
          text: 'Guten Tag, seit drei Wochen wartet meine Domain auf die Übertragung zu Ihnen. Niemand antwortet auf meine Nachrichten. Bitte lösen Sie das schnell, mein Geschäft hängt davon ab.',
        }),
      );
      await send(
        await mime({
          from: { name: 'Rita Reporter', address: reporter },
          to: mailboxes.abuse,
          subject: 'Phishing page on one of your domains',
          text: 'Hello, the domain paypa1-login.example that you registered hosts a copy of a bank login page since this morning. Please take it down as soon as possible.',
        }),
      );
      await send(
        await mime({
          from: { name: 'Fernando Fan', address: fan },
          to: mailboxes.feedback,
          subject: 'Gracias',
          text: 'Hola, quería darles las gracias: su equipo de soporte resolvió mi problema con la transferencia en menos de una hora. ¡Excelente servicio!',
        }),
      );
      await send(machineReport('xarf4-phishing.eml'));
      await send(machineReport('arf-abuse.eml'));

      // The complaint's acknowledgement, in German, names its case; the customer answers it.
      const acknowledgement = await waitForMail(customer);
      const caseNumber = /[CA]-\d{4}-\d{6}/.exec(acknowledgement.subject)?.[0] ?? '';
      expect(caseNumber).toMatch(/^C-/);
      expect(acknowledgement.subject).toContain('Beschwerde');
      await send(
        await mime({
          from: { name: 'Klara Kunde', address: customer },
          to: String(acknowledgement.reply_to),
          inReplyTo: acknowledgement.headers?.['Message-ID'],
          references: acknowledgement.headers?.['Message-ID'],
          subject: `Re: ${acknowledgement.subject}`,
          text: 'Danke für Ihre Bestätigung. Ich habe noch eine Frage: brauchen Sie den Auth-Code von mir?',
        }),
      );

      const context = await browserOf().newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
      const page = await context.newPage();
      await logInToAdmin(page);

      // The complaint: in the cases list, a complaint received by e-mail, in German.
      await openFromList(page, 'cases', customer);
      expect(await selected(page, 'channel')).toBe('Complaint');
      expect(await selected(page, 'language')).toBe('Deutsch');
      expect(await selected(page, 'receivedVia')).toMatch(/mail/i);
      expect(await page.locator('#field-caseNumber').inputValue()).toBe(caseNumber);
      // The reply is on its case, not a case of its own.
      // The worker reads the reply within its cron's minute; the page shows it on a reload after.
      const timeline = page.locator('#field-timeline');
      for (let attempt = 0; attempt < 30; attempt += 1) {
        const shown = await timeline
          .getByText(`Mail from ${customer}`)
          .first()
          .waitFor({ timeout: 3_000 })
          .then(() => true)
          .catch(() => false);
        if (shown) break;
        await page.reload();
      }
      expect(await timeline.textContent()).toContain(`Mail from ${customer}`);
      await screenshot(page, 'inbound-complaint-with-reply');

      // The abuse report: a plain one (category "other"), in English.
      await openFromList(page, 'cases', reporter);
      expect(await selected(page, 'channel')).toBe('Abuse report');
      expect(await selected(page, 'language')).toBe('English');

      // The feedback: the Inbox says the mail became feedback; the Feedback list,
      // filtered on the sender as its Filter control does, has it in Spanish.
      await openFromList(page, 'inbound-messages', 'Gracias');
      expect(await selected(page, 'status')).toBe('Filed as a new record');
      await page.goto(
        `${adminUrl}/collections/feedback?${new URLSearchParams({ 'where[or][0][and][0][contact.email][equals]': fan })}`,
      );
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.table tbody tr').count()).toBe(1);
      await page.locator('.table tbody tr a').first().click();
      await page.waitForURL(/\/admin\/collections\/feedback\/[^/?]+$/);
      expect(await selected(page, 'language')).toBe('Español');
      expect(await page.locator('#field-message').inputValue()).toContain('resolvió mi problema');

      // The X-ARF report: a structured phishing report with its URL and evidence.
      await openFromList(page, 'cases', 'xn--bcher-login-thb.example');
      expect(await selected(page, 'channel')).toBe('Abuse report');
      expect(await selected(page, 'abuse__category')).toBe('Phishing');
      expect(await page.locator('#field-abuse__urls__0__url').inputValue()).toMatch(/^https?:\/\//);
      await screenshot(page, 'inbound-xarf-report');

      // The ARF report: spam, naming the sending domain.
      await openFromList(page, 'cases', 'spam-sender.example');
      expect(await selected(page, 'abuse__category')).toBe('Spam');
      expect(await page.locator('#field-abuse__urls__0__url').inputValue()).toContain('verify-account.example');
      await context.close();
    },
  );
});
