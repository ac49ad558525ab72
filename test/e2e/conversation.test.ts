import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatBerlinTime } from '@shared/calendar/berlin';
import { validationMessage } from '@shared/i18n/validation';
import { de as deskDe } from '../../cms/i18n/de';
import { en as deskEn } from '../../cms/i18n/en';
import { translator } from '../../site/i18n';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, screenshotDir, useBrowser } from '../helpers/browser';
import { addColleague } from '../helpers/invitation';
import { waitForMail } from '../helpers/mailbox';
import { expectAccessible, fill, siteUrl, staffApi, submit, withPage } from '../helpers/site';

const browserOf = useBrowser();

// A close-up of one region, for a person to read (screenshots never decide a test).
const mkdirAndShoot = async (region: Locator, name: string) => {
  mkdirSync(screenshotDir, { recursive: true });
  await region.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
};
const t = translator('nl');

// Staff work from anywhere: the admin in New York still shows Berlin times.
const openAdminAs = async (browser: Browser, login: { email: string; password: string }, width: number) => {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await logInToAdmin(page, login);
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  return { page, close: () => context.close() };
};

describe('talking on the status page', () => {
  it(
    'a customer without JavaScript reads the acknowledgement and replies; the handler reads the reply on the case',
    { timeout: 360_000 },
    async () => {
      const email = `gesprek-${Date.now()}@example.nl`;
      const message = 'Mijn verhuizing staat nog steeds stil.\nKunt u mij laten weten wanneer het klaar is?';
      let statusLink = '';
      let caseNumber = '';
      await withPage(browserOf(), { javaScriptEnabled: false, locale: 'nl-NL' }, async (page) => {
        await page.goto(`${siteUrl()}/nl/complaint`);
        await fill(page, {
          name: 'Daan Gesprek',
          email,
          topic: 'transfer',
          description: 'De verhuizing van mijn domein staat stil.',
          expectedOutcome: 'Afronden.',
        });
        await submit(page);
        caseNumber = (await page.locator('.case-number').textContent()) ?? '';
        statusLink = (await page.locator('.status-link').getAttribute('href')) ?? '';
      });
      const acknowledgement = await waitForMail(email);

      await withPage(browserOf(), { javaScriptEnabled: false, locale: 'nl-NL' }, async (page) => {
        await page.setViewportSize({ width: 390, height: 900 });
        await page.goto(statusLink);
        const conversation = page.locator('ol.conversation');
        await conversation.getByText(acknowledgement.subject).waitFor();
        expect(await conversation.locator('.from-desk').first().textContent()).toContain(
          t('status.conversation.fromUs'),
        );

        // An empty message is refused next to its field, in Dutch; nothing is stored.
        await page.getByRole('button', { name: t('status.reply.submit') }).click();
        await page.waitForLoadState('load');
        expect(await page.locator('#field-message-error').textContent()).toContain(validationMessage('nl', 'required'));
        await screenshot(page, 'status-reply-error-nl-390');
        await page.locator('#field-message').fill(message);
        await page.getByRole('button', { name: t('status.reply.submit') }).click();
        await page.waitForLoadState('load');
        // Redirected after the post: the page again, saying so, with the message in the conversation.
        expect(new URL(page.url()).pathname).toBe(new URL(statusLink).pathname);
        await page.getByText(t('status.reply.sent')).waitFor();
        const mine = conversation.locator('.from-customer');
        expect(await mine.count()).toBe(1);
        expect(await mine.textContent()).toContain('Kunt u mij laten weten');
        await screenshot(page, 'status-conversation-nl-390');
        // A reload shows it once, and the thank-you is gone.
        await page.reload();
        expect(await conversation.locator('.from-customer').count()).toBe(1);
        expect(await page.getByText(t('status.reply.sent')).count()).toBe(0);
      });
      // The same page on a desk, checked for accessibility (axe needs JavaScript).
      await withPage(browserOf(), { javaScriptEnabled: true, locale: 'nl-NL' }, async (page) => {
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.goto(statusLink);
        await page.locator('ol.conversation .from-customer').waitFor();
        await screenshot(page, 'status-conversation-nl-1440');
        await expectAccessible(page);
      });
      // The handler, in German, from another time zone, on the case page.
      const admin = await staffApi();
      const handler = { email: `gespraech-${Date.now()}@example.test`, password: 'a-long-handler-password' };
      await addColleague(admin.request, { ...handler, name: 'Heinz Handler', roles: ['handler'], language: 'de' });
      const found = (await admin.request(`/api/cases?where[caseNumber][equals]=${caseNumber}&depth=0`, 'GET')) as {
        docs: { id: number }[];
      };
      const caseId = found.docs[0]?.id;
      const inbox = (await admin.request(`/api/inbound-messages?where[case][equals]=${caseId}&depth=0`, 'GET')) as {
        docs: { receivedAt: string; source: string }[];
      };
      expect(inbox.docs.map((doc) => doc.source)).toEqual(['statusPage']);
      for (const width of [1440, 390]) {
        const { page, close } = await openAdminAs(browserOf(), handler, width);
        await page.goto(`${inject('adminUrl')}/collections/cases/${caseId}`);
        const panel = page.locator('section.conversation');
        await panel.getByRole('heading', { name: deskDe.conversationTitle }).waitFor();
        const text = (await panel.textContent()) ?? '';
        expect(text).toContain('Kunt u mij laten weten wanneer het klaar is?');
        expect(text).toContain(acknowledgement.subject);
        expect(text).toContain(deskDe.conversationViaStatusPage);
        // Berlin time, although this browser lives in New York, written the German way.
        expect(text).toContain(formatBerlinTime(String(inbox.docs[0]?.receivedAt), 'de'));
        // Nothing wider than the screen: long addresses and subjects wrap.
        expect(await panel.evaluate((node) => node.scrollWidth <= node.clientWidth + 1)).toBe(true);
        await screenshot(page, `admin-conversation-de-${width}`);
        await mkdirAndShoot(panel, `admin-conversation-panel-de-${width}`);
        await close();
      }
      // The same panel in English, for an admin in Tokyo.
      const context = await browserOf().newContext({
        viewport: { width: 1440, height: 1000 },
        timezoneId: 'Asia/Tokyo',
      });
      const page = await context.newPage();
      await logInToAdmin(page);
      await page.goto(`${inject('adminUrl')}/collections/cases/${caseId}`);
      const panel = page.locator('section.conversation');
      await panel.getByRole('heading', { name: deskEn.conversationTitle }).waitFor();
      expect(await panel.textContent()).toContain(formatBerlinTime(String(inbox.docs[0]?.receivedAt)));
      await mkdirAndShoot(panel, 'admin-conversation-panel-en-1440');
      await context.close();
    },
  );
});
