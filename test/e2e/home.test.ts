import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { logInToAdmin } from '../helpers/admin';
import { addColleague } from '../helpers/invitation';
import { screenshot, useBrowser } from '../helpers/browser';
import { staffApi } from '../helpers/site';

const adminUrl = inject('adminUrl');
const browserOf = useBrowser();
const DAY = 86_400_000;

// Staff work from anywhere: the desk must not depend on the browser's zone.
// Signed in on the (English) login form; the admin then turns to the language
// of the colleague's profile.
const openAs = async (browser: Browser, login: { email: string; password: string }, width: number, language = 'en') => {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await logInToAdmin(page, login);
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
  await page.waitForLoadState('networkidle');
  return { page, close: () => context.close() };
};

// The rows the admin's list shows (its page holds all of them here: fewer than 10).
// Every row of the list the link opened, on one page however many the suite filed.
const listedRows = async (page: Page) => {
  const url = new URL(page.url());
  if (url.searchParams.get('limit') !== '500') {
    url.searchParams.set('limit', '500');
    await page.goto(url.toString());
  }
  await page.locator('table tbody tr, .no-results').first().waitFor();
  return page.locator('table tbody tr').count();
};

const tileCount = async (page: Page, name: RegExp) =>
  Number(await page.getByRole('link', { name }).locator('span').first().textContent());

describe('the home screen', () => {
  it('greets a German handler in German with their queues, each number the length of its list', async () => {
    const admin = await staffApi();
    const stamp = Date.now();
    const handler = { email: `de-handler-${stamp}@example.test`, password: 'a-long-handler-password' };
    const user = await addColleague(admin.request, {
      ...handler,
      name: 'Heike Handler',
      roles: ['handler'],
      language: 'de',
    });
    const complaint = (daysAgo: number, assignee?: number) =>
      admin.request('/api/cases', 'POST', {
        channel: 'complaint',
        language: 'de',
        receivedVia: 'post',
        receivedAt: new Date(stamp - daysAgo * DAY).toISOString(),
        reporter: { name: 'Berta Brief', email: `berta-${stamp}-${daysAgo}@example.test` },
        complaint: { topic: 'billing', description: 'Doppelt abgebucht.' },
        ...(assignee ? { assignee } : {}),
      });
    // Hers and three weeks old (overdue), hers and fresh, and one nobody has yet.
    await complaint(21, user.id);
    await complaint(0, user.id);
    await complaint(1);

    for (const width of [1440, 390]) {
      const { page, close } = await openAs(browserOf(), handler, width, 'de');
      // Payload's own chrome and the desk's labels, both in German.
      await page.getByRole('heading', { name: 'Ihr Schreibtisch' }).waitFor();
      await page.getByRole('heading', { name: 'Meine Fälle' }).waitFor();
      expect(await page.getByText('Sammlungen', { exact: false }).count()).toBeGreaterThan(0);
      await screenshot(page, `admin-home-handler-de-${width}`);
      await close();
    }

    const { page, close } = await openAs(browserOf(), handler, 1440, 'de');
    const queues = [
      /^\d+\s*Überfällig$/,
      /^\d+\s*Heute fällig$/,
      /^\d+\s*Fällig innerhalb/,
      /^\d+\s*Offen und niemandem/,
    ];
    const cases = page.getByRole('region', { name: 'Meine Fälle' });
    expect(await cases.count()).toBe(1);
    for (const name of queues) {
      const shown = await tileCount(page, name);
      await page.getByRole('link', { name }).first().click();
      await page.waitForURL(/\/admin\/collections\/cases\?/);
      expect({ name: String(name), rows: await listedRows(page) }).toEqual({ name: String(name), rows: shown });
      await page.goto(adminUrl);
    }
    expect(await tileCount(page, queues[0] as RegExp)).toBeGreaterThanOrEqual(1);
    expect(await tileCount(page, queues[3] as RegExp)).toBeGreaterThanOrEqual(1);

    // The reports in German too.
    await page.goto(`${adminUrl}/reports`);
    await page.getByRole('heading', { name: 'Berichte' }).waitFor();
    await page.getByRole('heading', { name: 'Überblick' }).waitFor();
    await page.locator('figure svg').first().waitFor();
    await screenshot(page, 'admin-reports-de-1440');
    await page.setViewportSize({ width: 390, height: 1000 });
    await screenshot(page, 'admin-reports-de-390');
    await close();
  });

  it('gives admins the month so far, and editors the content they keep', async () => {
    for (const width of [1440, 390]) {
      const { page, close } = await openAs(browserOf(), inject('staffLogin'), width);
      await page.getByRole('heading', { name: /^This month \(\d{4}-\d{2}, Europe\/Berlin\)$/ }).waitFor();
      await screenshot(page, `admin-home-admin-en-${width}`);
      if (width === 1440) {
        const name = /^\d+\s*Complaints received$/;
        const shown = await tileCount(page, name);
        await page.getByRole('link', { name }).click();
        await page.waitForURL(/\/admin\/collections\/cases\?/);
        expect(await listedRows(page)).toBe(shown);
      }
      await close();
    }

    const admin = await staffApi();
    const editor = { email: `editor-${Date.now()}@example.test`, password: 'a-long-editor-password' };
    await addColleague(admin.request, { ...editor, roles: ['editor'], language: 'fr' });
    const { page, close } = await openAs(browserOf(), editor, 390, 'fr');
    await page.getByRole('heading', { name: 'Contenus dont vous avez la charge' }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Contenus dont vous avez la charge' }).getByRole('link').count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'admin-home-editor-fr-390');
    await close();
  });
});
