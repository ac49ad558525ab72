import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@shared/i18n/locales';
import { validationMessage } from '@shared/i18n/validation';
import { translator } from '../../site/i18n';
import { root } from '../../scripts/lib/processes';
import { screenshot, useBrowser } from '../helpers/browser';
import { expectAccessible, fill, siteUrl, staffApi, submit, summaryText, withPage } from '../helpers/site';

const browserOf = useBrowser();

const reporter = (label: string) => ({ name: `Anna ${label}`, email: 'anna@example.nl' });
const pngFixture = path.join(root, 'test/fixtures/screenshot.png');

// The confirmation: number, promised dates, and (for cases) the status link.
const readConfirmation = async (page: Page) => {
  await page.waitForURL(/\/received$/);
  const number =
    (await page
      .locator('.case-number')
      .textContent()
      .catch(() => null)) ?? '';
  const statusLink = await page
    .locator('.status-link')
    .getAttribute('href')
    .catch(() => null);
  return { number, statusLink };
};

const modes = [true, false] as const;
const locales: Locale[] = ['nl', 'de'];

describe.each(locales)('the four forms in %s', (locale) => {
  const t = translator(locale);
  const required = validationMessage(locale, 'required');

  for (const javaScriptEnabled of modes) {
    const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    it(`files a complaint ${mode}: errors first, then the confirmation and the status page`, async () => {
      await withPage(browserOf(), { javaScriptEnabled, locale }, async (page) => {
        await page.goto(`${siteUrl()}/${locale}/complaint`);
        await fill(page, { email: 'anna-at-example' });
        await submit(page);
        const summary = await summaryText(page);
        expect(summary).toContain(`${t('reporter.name')}: ${required}`);
        expect(summary).toContain(validationMessage(locale, 'email'));
        expect(await page.locator('#field-email').getAttribute('aria-invalid')).toBe('true');
        expect(await page.locator('#field-email').inputValue()).toBe('anna-at-example');
        if (javaScriptEnabled) {
          // The browser check and the server say the same; both states are accessible.
          await expectAccessible(page);
          await screenshot(page, `${locale}-complaint-errors-js`);
          await submit(page, { bypassBrowserCheck: true });
          expect(await summaryText(page)).toContain(validationMessage(locale, 'email'));
          await expectAccessible(page);
        }

        await fill(page, {
          ...reporter(`${locale} ${mode}`),
          topic: 'billing',
          domains: 'bücher.de',
          description: 'Twice charged.',
          expectedOutcome: 'Refund.',
        });
        await submit(page);
        const { number, statusLink } = await readConfirmation(page);
        expect(number).toMatch(/^C-\d{4}-\d{6}$/);
        expect(await page.locator('h1').textContent()).toBe(t('received.complaint'));
        expect(await page.locator('.dates').textContent()).toContain(t('received.answerBy'));
        if (javaScriptEnabled) {
          await expectAccessible(page);
          await screenshot(page, `${locale}-complaint-received`);
        }
        // Reloading the confirmation never files again.
        await page.reload();
        expect(await page.locator('.case-number').textContent()).toBe(number);

        await page.goto(statusLink ?? '');
        expect(await page.locator('h1').textContent()).toBe(t('status.title').replace('{number}', number));
        // Received, or already acknowledged: the acknowledgement mail goes out within seconds.
        expect([t('status.value.received'), t('status.value.acknowledged')]).toContain(
          await page.locator('.status-value').textContent(),
        );
        if (javaScriptEnabled) {
          await expectAccessible(page);
          await screenshot(page, `${locale}-status`);
        }
      });
    });

    it(`files an abuse report with evidence ${mode}`, async () => {
      await withPage(browserOf(), { javaScriptEnabled, locale }, async (page) => {
        await page.goto(`${siteUrl()}/${locale}/abuse`);
        expect(await page.locator('#csam-heading').textContent()).toBe(t('abuse.csamHeading'));
        await fill(page, {
          category: 'phishing',
          domains: 'phish-bank.example',
          evidence: 'Fake login page.',
          reporterType: 'organisation',
          ...reporter(`${locale} abuse`),
        });
        await submit(page);
        const summary = await summaryText(page);
        expect(summary).toContain(validationMessage(locale, 'urlRequired'));
        expect(summary).toContain(validationMessage(locale, 'goodFaith'));
        if (javaScriptEnabled) await expectAccessible(page);

        await fill(page, { urls: 'https://phish-bank.example/login', goodFaith: true });
        await page.locator('#field-attachments').setInputFiles(pngFixture);
        await submit(page);
        const { number, statusLink } = await readConfirmation(page);
        expect(number).toMatch(/^A-\d{4}-\d{6}$/);
        expect(statusLink).toContain(`/${locale}/status/`);
        if (javaScriptEnabled) await screenshot(page, `${locale}-abuse-received`);
      });
    });

    it(`escalates an answered complaint ${mode}, by number and by the status link`, async () => {
      await withPage(browserOf(), { javaScriptEnabled, locale }, async (page) => {
        await page.goto(`${siteUrl()}/${locale}/complaint`);
        await fill(page, {
          ...reporter('escalating'),
          topic: 'transfer',
          description: 'Stuck.',
          expectedOutcome: 'Finish it.',
        });
        await submit(page);
        const { number, statusLink } = await readConfirmation(page);

        // Before the answer, the escalation is refused with the reason.
        await page.goto(`${siteUrl()}/${locale}/escalation`);
        const escalation = {
          ...reporter('escalating'),
          description: 'Still stuck.',
          reasonUnsatisfied: 'No date given.',
          expectedSteps: 'Finish this week.',
        };
        await fill(page, { caseNumber: number, ...escalation });
        await submit(page);
        expect(await summaryText(page)).toContain(validationMessage(locale, 'escalationTooEarly'));
        expect(await page.locator('#field-description').inputValue()).toBe('Still stuck.');
        if (javaScriptEnabled) await expectAccessible(page);

        const staff = await staffApi();
        await staff.advance(number, 'acknowledged', 'inProgress', 'answered');

        // The status page now offers the escalation; its link knows the case.
        await page.goto(statusLink ?? '');
        await page.getByRole('link', { name: t('status.escalateLink') }).click();
        await page.waitForURL(/\/escalation\?token=/);
        expect(await page.locator('#field-caseNumber').count()).toBe(0);
        await fill(page, escalation);
        await submit(page);
        const confirmation = await readConfirmation(page);
        expect(confirmation.number).toMatch(/^E-\d{4}-\d{6}$/);
        expect(await page.locator('.dates').textContent()).toContain(t('received.finalAnswerBy'));
        if (javaScriptEnabled) {
          await expectAccessible(page);
          await screenshot(page, `${locale}-escalation-received`);
        }
        await page.goto(statusLink ?? '');
        expect(await page.locator('.status-value').textContent()).toBe(t('status.value.escalated'));
      });
    });

    it(`sends feedback ${mode}`, async () => {
      await withPage(browserOf(), { javaScriptEnabled, locale }, async (page) => {
        await page.goto(`${siteUrl()}/${locale}/feedback`);
        await submit(page);
        expect(await summaryText(page)).toContain(`${t('feedback.message')}: ${required}`);
        if (javaScriptEnabled) await expectAccessible(page);
        await fill(page, { topic: 'website', message: 'Clear forms, thank you.', email: '' });
        await submit(page);
        await page.waitForURL(/\/received$/);
        expect(await page.locator('h1').textContent()).toBe(t('feedback.thanksTitle'));
      });
    });
  }
});

describe('what nobody may learn from a status link', () => {
  it('answers a wrong token with the same neutral page as a malformed one', async () => {
    await withPage(browserOf(), { javaScriptEnabled: true, locale: 'de' }, async (page) => {
      const wrong = await page.goto(`${siteUrl()}/de/status/${'A'.repeat(43)}`);
      const wrongText = await page.locator('main').textContent();
      const malformed = await page.goto(`${siteUrl()}/de/status/x`);
      expect(wrong?.status()).toBe(404);
      expect(malformed?.status()).toBe(404);
      expect(await page.locator('main').textContent()).toBe(wrongText);
      expect(wrongText).toContain(translator('de')('status.notFound'));
      await expectAccessible(page);
    });
  });
});
