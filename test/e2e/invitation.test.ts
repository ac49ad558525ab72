import { describe, expect, inject, it } from 'vitest';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { resetToken } from '../helpers/invitation';
import { waitForMail } from '../helpers/mailbox';
import { describeProblems, watchPage } from '../helpers/watchPage';

const adminUrl = inject('adminUrl');
const cmsOrigin = new URL(inject('cmsUrl')).origin;
const browserOf = useBrowser();

// Invitations, not passwords: the admin adds a colleague on the Users screen
// without any password field; the colleague opens the mailed link on a phone,
// in German, chooses a password and is signed in to the desk.
describe('a new colleague, invited', () => {
  it('is added without a password, chooses one from the invitation mail, and lands on their desk', async () => {
    const email = `invited-${Date.now()}@example.test`;
    const adminContext = await browserOf().newContext({
      viewport: { width: 1440, height: 900 },
      timezoneId: 'America/New_York',
    });
    const adminPage = await adminContext.newPage();
    const adminWatch = await watchPage(adminPage, cmsOrigin);
    adminWatch.screen('create user');
    await logInToAdmin(adminPage);
    await adminPage.goto(`${adminUrl}/collections/users/create`);
    await adminPage.locator('#field-email').waitFor();
    // Nothing on the screen lets the admin choose the colleague's password; it says what happens instead.
    expect(await adminPage.locator('#field-password, #field-confirm-password').filter({ visible: true }).count()).toBe(
      0,
    );
    await adminPage.locator('.invitation-notice').waitFor();
    await adminPage.locator('#field-email').fill(email);
    await adminPage.locator('#field-name').fill('Ines Invited');
    await adminPage.locator('#field-language .rs__control').click();
    await adminPage.locator('#field-language .rs__option', { hasText: 'Deutsch' }).click();
    await screenshot(adminPage, 'admin-invite-colleague');
    await adminPage.locator('#action-save').click();
    await adminPage.waitForURL(/\/admin\/collections\/users\/(?!create)[^/]+$/);
    await adminWatch.settled();
    expect(describeProblems('admin', await adminWatch.take())).toEqual([]);

    const invitation = await waitForMail(email, (mail) => Boolean(resetToken(mail.text ?? '')));
    expect(invitation.subject).toBe('Ihr Konto am Beschwerde-Desk');
    const link = /https?:\/\/\S+\/admin\/reset\/[0-9a-f]+/.exec(invitation.text ?? '')?.[0];
    expect(link).toBeTruthy();

    const phone = await browserOf().newContext({
      viewport: { width: 390, height: 844 },
      locale: 'de-DE',
      timezoneId: 'Asia/Tokyo',
    });
    const page = await phone.newPage();
    const watch = await watchPage(page, cmsOrigin);
    watch.screen('choose password');
    await page.goto(String(link));
    await page.locator('#field-password').fill('ines-chooses-her-own-2026');
    await page.locator('#field-confirm-password').fill('ines-chooses-her-own-2026');
    await screenshot(page, 'admin-invitation-choose-password-390');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/');
    await page.getByRole('heading', { name: 'Ihr Schreibtisch' }).waitFor();
    await screenshot(page, 'admin-invitation-signed-in-390');
    await watch.settled();
    expect(describeProblems('invited', await watch.take())).toEqual([]);

    // The outbox keeps the message, but not the link, once it went out.
    const { docs } = (await (
      await adminPage.request.get(`${inject('cmsUrl')}/api/outbox?where[to][equals]=${encodeURIComponent(email)}`)
    ).json()) as { docs: { status: string; text: string }[] };
    expect(docs[0]?.status).toBe('sent');
    expect(resetToken(docs[0]?.text ?? '')).toBeUndefined();
    await phone.close();
    await adminContext.close();
  });
});
