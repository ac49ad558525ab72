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

    const href = await page.getByRole('link', { name: 'Download these figures as CSV' }).getAttribute('href');
    const download = await page.request.get(new URL(String(href), page.url()).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('text/csv');
    expect((await download.text()).split('\r\n')[0]).toBe('section,key,channel,value');
    await context.close();
  });
});
