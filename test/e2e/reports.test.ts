import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';

const adminUrl = inject('adminUrl');
const browserOf = useBrowser();

describe('the reports in the admin', () => {
  it('shows the figures with charts and hands out the same figures as CSV', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await logInToAdmin(page);

    // The navigation offers it (the nav may be folded away on this screen).
    expect(await page.locator('a[href$="/admin/reports"]').count()).toBeGreaterThan(0);
    await page.goto(`${adminUrl}/reports`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.locator('table').count()).toBeGreaterThan(3);
    // The charts are drawn in the browser once the page has measured its width.
    await page.locator('figure svg').first().waitFor();
    await screenshot(page, 'admin-reports');

    // Downloaded as a person does, by the link: the browser sends the session
    // cookie with its same-origin marks, which the CMS requires.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download these figures as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^complaints-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('section,key,channel,value');
    await context.close();
  });
});
