import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addColleague } from '../helpers/invitation';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { fill, staffApi, submit } from '../helpers/site';

const siteUrl = inject('siteUrl');
const adminUrl = inject('adminUrl');
const browserOf = useBrowser();

const heading = async (page: Page) => ((await page.locator('main h1').textContent()) ?? '').trim();

// Polls until `check` holds; the job queue and autosave work on their own time.
const eventually = async (check: () => Promise<boolean>, what: string, timeoutMs = 60_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
};

// The next whole minute at least `seconds` from now: what the editor picks.
const minuteAhead = (seconds: number) => {
  const at = new Date(Date.now() + seconds * 1000);
  at.setSeconds(0, 0);
  at.setMinutes(at.getMinutes() + 1);
  return at;
};

// As the schedule drawer's date field reads a typed date ('MMM d, yyyy h:mm a'),
// in the browser's zone (Europe/Berlin below).
const asTypedInAdmin = (at: Date) => {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', ...options }).format(at);
  return `${part({ month: 'short' })} ${part({ day: 'numeric' })}, ${part({ year: 'numeric' })} ${part({ hour: 'numeric', minute: '2-digit', hour12: true })}`;
};

describe('an editor prepares, previews and schedules a German change', () => {
  it('keeps the draft off the public page, shows it behind the preview link, and publishes it at the scheduled minute', async () => {
    const admin = await staffApi();
    const editor = { email: `editor-publish-${Date.now()}@example.test`, password: 'a-long-editor-password' };
    await addColleague(admin.request, { ...editor, name: 'Erika Editor', roles: ['editor'], language: 'en' });
    const draftTitle = `Beschwerdeverfahren 2027 (${Date.now()})`;

    const reader = await browserOf().newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const readerPage = await reader.newPage();
    await readerPage.goto(`${siteUrl}/de/`);
    const publishedTitle = await heading(readerPage);
    expect(publishedTitle).not.toBe('');

    const staff = await browserOf().newContext({
      viewport: { width: 1440, height: 1000 },
      timezoneId: 'Europe/Berlin',
    });
    const page = await staff.newPage();
    await logInToAdmin(page, editor);
    await page.goto(`${adminUrl}/globals/procedure-page?locale=de`);
    await page.locator('#field-title').fill(draftTitle);
    // Autosave keeps the draft; nothing is published.
    await eventually(async () => {
      const draft = await admin.request('/api/globals/procedure-page?locale=de&draft=true&depth=0', 'GET');
      return draft.title === draftTitle;
    }, 'the autosaved draft');
    await screenshot(page, 'editor-draft-1440');

    // The Preview button opens the real site with the draft, marked "Vorschau".
    const [preview] = await Promise.all([staff.waitForEvent('page'), page.locator('#preview-button').click()]);
    await preview.waitForURL(new RegExp(`^${siteUrl}/de/preview\\?token=`));
    await preview.waitForLoadState('load');
    expect(await heading(preview)).toBe(draftTitle);
    expect(await preview.locator('.preview-banner').textContent()).toContain('Vorschau');
    expect(await preview.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
    const direct = await fetch(preview.url());
    expect(direct.headers.get('cache-control')).toBe('no-store');
    await screenshot(preview, 'editor-preview-de-1440');
    // A colleague with the link sees the same, on a phone.
    const colleague = await browserOf().newContext({ viewport: { width: 390, height: 844 } });
    const colleaguePage = await colleague.newPage();
    await colleaguePage.goto(preview.url());
    expect(await heading(colleaguePage)).toBe(draftTitle);
    await screenshot(colleaguePage, 'editor-preview-de-390');
    await colleague.close();

    // Live preview beside the editor: the site's preview page in a frame, which
    // reloads with the draft as the editor types.
    await page.bringToFront();
    await page.getByRole('button', { name: 'Live Preview' }).click();
    const frame = page.frameLocator('iframe[src*="/de/preview?token="]');
    await frame.locator('main h1', { hasText: draftTitle }).waitFor();
    await page.locator('#field-title').fill(`${draftTitle} (live)`);
    await frame.locator('main h1', { hasText: `${draftTitle} (live)` }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'editor-live-preview-1440');
    await page.locator('#field-title').fill(draftTitle);
    await frame.locator('main h1', { hasText: new RegExp(`^${draftTitle.replace(/[()]/g, '\\$&')}$`) }).waitFor({
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Exit Live Preview' }).click();

    // Readers still see the published text.
    await readerPage.reload();
    expect(await heading(readerPage)).toBe(publishedTitle);

    // Schedule the publication for a minute ahead, as for 1 January.
    const when = minuteAhead(75);
    await page.bringToFront();
    await page.locator('#action-save-popup button').first().click();
    await page.getByRole('button', { name: 'Schedule Publish' }).click();
    const dateInput = page.locator('.date-time-picker input').last();
    await dateInput.click();
    await dateInput.fill(asTypedInAdmin(when));
    // Closes the calendar (Escape would close the whole drawer).
    await page.getByText(/^Schedule publish for/).click();
    await screenshot(page, 'editor-schedule-1440');
    await page.locator('#scheduled-publish-save').click();
    await page.getByText('Scheduled successfully').first().waitFor();
    await screenshot(page, 'editor-scheduled-1440');

    // Until the minute the readers keep the old text, from it the new one.
    await readerPage.reload();
    expect(await heading(readerPage)).toBe(publishedTitle);
    // A reader complains before the minute: the case keeps the procedure it was filed under.
    const complainant = await reader.newPage();
    await complainant.goto(`${siteUrl}/de/complaint`);
    await fill(complainant, {
      name: 'Jonas Beispiel',
      email: 'jonas@example.de',
      topic: 'transfer',
      domains: 'beispiel.de',
      description: 'Der Transfer hängt seit zwei Wochen.',
      expectedOutcome: 'Den Transfer abschließen.',
    });
    await submit(complainant);
    await complainant.waitForURL(/\/received$/);
    const statusLink = (await complainant.locator('.status-link').getAttribute('href')) ?? '';
    expect(statusLink).not.toBe('');
    await eventually(
      async () => {
        await readerPage.reload();
        return (await heading(readerPage)) === draftTitle;
      },
      'the scheduled publication',
      180_000,
    );
    await screenshot(readerPage, 'reader-published-de-390');

    // Later, the status page still links to the text the complaint was filed under.
    await complainant.goto(statusLink.startsWith('http') ? statusLink : `${siteUrl}${statusLink}`);
    await complainant.getByRole('link', { name: 'Das Verfahren, das für Ihre Beschwerde gilt' }).click();
    await complainant.waitForURL(/\/de\/procedure\/[\w-]+$/);
    expect(await heading(complainant)).toBe(publishedTitle);
    expect(await complainant.locator('.procedure-version-notice').textContent()).toContain('veröffentlicht');
    await screenshot(complainant, 'reader-filed-under-de-390');

    // The history lists the scheduled version as the published one, and the
    // version names who published it (the editor who scheduled it), in Berlin
    // time; bookkeeping (the translations' stamps) is not among the changes.
    await page.goto(`${adminUrl}/globals/procedure-page/versions`);
    await page.getByText('Currently Published').first().waitFor();
    await screenshot(page, 'editor-history-1440');
    await page.locator('tbody tr').first().locator('a').first().click();
    const published = page.locator('.version-author p').filter({ hasText: /published .* \(Europe\/Berlin\)/ });
    await published.getByText('Erika Editor').first().waitFor();
    expect(await page.getByText('Translation Stamps').count()).toBe(0);
    await screenshot(page, 'editor-version-1440');
    await reader.close();
    await staff.close();
  }, 300_000);
});
