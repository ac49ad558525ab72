import { describe, expect, inject, it } from 'vitest';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { addColleague } from '../helpers/invitation';
import { waitForMail } from '../helpers/mailbox';
import { siteUrl, staffApi, withPage } from '../helpers/site';

const adminUrl = inject('adminUrl');
const browserOf = useBrowser();

const DAY = 86_400_000;

describe('a handler’s morning: the overdue case first, answered, and the customer sees it', () => {
  it('finds the overdue letter at the top of the list, answers it, and the status page shows the answer', async () => {
    const admin = await staffApi();
    const stamp = Date.now();
    const handler = { email: `handler-${stamp}@example.test`, password: 'a-long-handler-password' };
    await addColleague(admin.request, { ...handler, name: 'Hanna Handler', roles: ['handler'] });
    // A letter that arrived three weeks ago and was entered late: its answer is overdue.
    const letter = (await admin.request('/api/cases', 'POST', {
      channel: 'complaint',
      language: 'en',
      receivedVia: 'post',
      receivedAt: new Date(stamp - 21 * DAY).toISOString(),
      reporter: { name: 'Lotte Letter', email: `lotte-${stamp}@example.test` },
      complaint: { topic: 'billing', description: 'Billed twice in March (by post).' },
    })) as { doc: { caseNumber: string }; accessToken?: string };
    const letterNumber = letter.doc.caseNumber;
    // A fresh complaint from today, due much later.
    await admin.request('/api/cases', 'POST', {
      channel: 'complaint',
      language: 'en',
      receivedVia: 'phone',
      receivedAt: new Date(stamp - 60_000).toISOString(),
      reporter: { name: 'Fresh Caller', email: `fresh-${stamp}@example.test` },
      complaint: { topic: 'other', description: 'Called today.' },
    });
    await admin.waitForStatus(letterNumber, 'acknowledged');

    const context = await browserOf().newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await logInToAdmin(page, handler);
    await page.goto(`${adminUrl}/collections/cases`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    // The overdue end of the queue comes first: the letter is on the first page,
    // and it and every row above it are overdue (other overdue cases due at the
    // same minute come before it if they were entered earlier).
    const shown = await rows.allTextContents();
    const letterAt = shown.findIndex((text) => text.includes(letterNumber));
    expect(letterAt).toBeGreaterThanOrEqual(0);
    for (const text of shown.slice(0, letterAt + 1)) expect(text).toMatch(/overdue/i);
    const letterRow = rows.nth(letterAt);
    // Under the list, "1-10 of N": every complaint, as a filtered count finds them
    // (the unfiltered list takes N from the report's rollups).
    const complaints = (await admin.request('/api/cases?where[channel][equals]=complaint&limit=1&depth=0', 'GET')) as {
      totalDocs: number;
    };
    expect(await page.locator('.page-controls__page-info').textContent()).toMatch(
      new RegExp(`^1-${Math.min(10, complaints.totalDocs)} \\S+ ${complaints.totalDocs}$`),
    );
    await screenshot(page, 'admin-queue-overdue-first');

    await letterRow.getByText(letterNumber).click();
    await page.waitForURL(/\/admin\/collections\/cases\/[^/]+$/);
    // The desk's buttons: one click per step, the answer written in place.
    await page.getByRole('button', { name: 'Start investigating' }).click();
    await page.getByRole('button', { name: 'Send answer…' }).waitFor();
    await page.getByRole('button', { name: 'Send answer…' }).click();
    await page
      .getByLabel(/^Your answer to the customer/)
      .fill('We refunded the second charge today.\nSorry for the delay.');
    await screenshot(page, 'admin-answer-action');
    await page.getByRole('button', { name: 'Send and mark answered' }).click();
    await page.locator('#field-status .rs__single-value', { hasText: 'Answered' }).waitFor();
    await screenshot(page, 'admin-answered');
    await context.close();

    const answerMail = await waitForMail(`lotte-${stamp}@example.test`, (mail) => mail.subject.includes('our answer'));
    expect(answerMail.text).toContain('We refunded the second charge today.');
    const link = answerMail.text?.match(/https?:\/\/\S+\/en\/status\/[\w-]+/)?.[0];
    expect(link?.startsWith(siteUrl())).toBe(true);
    await withPage(browserOf(), { javaScriptEnabled: false }, async (status) => {
      await status.goto(String(link));
      expect(await status.locator('section[aria-labelledby="answer-heading"] .answer').textContent()).toBe(
        'We refunded the second charge today.\nSorry for the delay.',
      );
      await screenshot(status, 'en-status-answer');
    });
  });
});
