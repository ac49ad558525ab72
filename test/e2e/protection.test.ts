import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translator } from '../../site/i18n';
import { freePort, startSite, type Server } from '../../scripts/lib/processes';
import { launchBrowser, screenshot } from '../helpers/browser';
import { expectAccessible, fill, submit, withPage } from '../helpers/site';

// Sites of their own, beside the shared product: one with a tight submission
// limit, one whose CMS is gone.
let browser: Browser;
let limited: Server;
let orphaned: Server;

beforeAll(async () => {
  browser = await launchBrowser();
  const quiet = () => undefined;
  limited = await startSite({
    port: await freePort(),
    env: { CMS_URL: inject('cmsUrl'), SITE_API_KEY: inject('siteApiKey'), RATE_LIMIT_SUBMIT_MAX: '2' },
    log: quiet,
  });
  orphaned = await startSite({
    port: await freePort(),
    env: { CMS_URL: `http://127.0.0.1:${await freePort()}`, SITE_API_KEY: inject('siteApiKey') },
    log: quiet,
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([limited?.stop(), orphaned?.stop()]);
});

const complaint = {
  name: 'Rate Tester',
  email: 'rate@example.de',
  topic: 'support',
  description: 'Testing.',
  expectedOutcome: 'Nothing.',
};

// The form's own POST (the page's navigation), not the inline check the page's
// script makes first (POST /<lang>/check/<form>).
const formPost = (answer: Response) =>
  answer.request().method() === 'POST' && !new URL(answer.url()).pathname.includes('/check/');

describe('protection without a CAPTCHA', () => {
  it('tells a reader who sent too many forms to wait, and keeps their text', async () => {
    const t = translator('de');
    await withPage(browser, { javaScriptEnabled: true }, async (page) => {
      for (let sent = 0; sent < 2; sent += 1) {
        await page.goto(`${limited.url}/de/feedback`);
        await fill(page, { topic: 'other', message: `Feedback ${sent}` });
        await submit(page);
        await page.waitForURL(/\/received$/);
      }
      await page.goto(`${limited.url}/de/complaint`);
      await fill(page, complaint);
      const response = page.waitForResponse(formPost);
      await submit(page);
      expect((await response).status()).toBe(429);
      const notice = (await page.locator('.notice--error').textContent()) ?? '';
      expect(notice).toMatch(new RegExp(t('form.rateLimited').split('{minutes}')[0] ?? ''));
      expect(await page.locator('#field-description').inputValue()).toBe('Testing.');
      await expectAccessible(page);
    });
  });

  it('refuses a form whose hidden honeypot field was filled in, saying how to succeed', async () => {
    const t = translator('nl');
    await withPage(browser, { javaScriptEnabled: true }, async (page) => {
      await page.goto(`${inject('siteUrl')}/nl/complaint`);
      await fill(page, complaint);
      await page.locator('#field-website').fill('http://spam.example', { force: true });
      const response = page.waitForResponse(formPost);
      await submit(page);
      expect((await response).status()).toBe(400);
      expect(await page.locator('.notice--error').textContent()).toBe(t('form.honeypotRefused'));
      await expectAccessible(page);
    });
  });

  it('keeps the reader’s input and explains in their language when the CMS is down', async () => {
    const t = translator('de');
    await withPage(browser, { javaScriptEnabled: true }, async (page) => {
      await page.goto(`${orphaned.url}/de/complaint`);
      await fill(page, complaint);
      const response = page.waitForResponse(formPost);
      await submit(page);
      expect((await response).status()).toBe(503);
      expect(await page.locator('.notice--error').textContent()).toBe(t('form.unavailable'));
      expect(await page.locator('#field-name').inputValue()).toBe('Rate Tester');
      expect(await page.locator('#field-expectedOutcome').inputValue()).toBe('Nothing.');
      await expectAccessible(page);
      await screenshot(page, 'de-cms-unavailable');
    });
  });
});
