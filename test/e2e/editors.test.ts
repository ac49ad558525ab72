import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const adminUrl = inject('adminUrl');

const browserOf = useBrowser();

const widths = [1440, 390] as const;

const signedIn = async (width: number): Promise<Page> => {
  const context = await browserOf().newContext({ viewport: { width, height: 1000 }, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await logInToAdmin(page);
  return page;
};

describe('an editor’s words are checked before readers see them', () => {
  it('the site dials the stored E.164 number and shows it the national way', async () => {
    const page = await (await browserOf().newContext()).newPage();
    await page.goto(`${siteUrl}/de/`);
    const phone = page.locator('.contact-block a[href^="tel:"]');
    expect(await phone.getAttribute('href')).toBe('tel:+4968949396850');
    expect(await phone.textContent()).toBe('06894 9396850');
    await page.context().close();
  });

  it.each(widths)('refuses "call us maybe" as the phone number, saying how to write it (%i px)', async (width) => {
    const page = await signedIn(width);
    await page.goto(`${adminUrl}/globals/contact-details?locale=de`);
    // The translations panel sits at the top of the edit view.
    await page.getByRole('heading', { name: 'Translations' }).waitFor();
    await page.locator('#field-phone').fill('call us maybe');
    // Drafts are on: the editor publishes (Payload's #action-save), which checks every field.
    await page.locator('#action-save').click();
    // On a narrow screen Payload keeps the field's message in a tooltip until the field has focus.
    await page.getByText('"call us maybe" is not a phone number').first().waitFor({ state: 'attached' });
    await page.getByText('The following field is invalid: Phone').waitFor();
    await screenshot(page, `editor-phone-refused-${width}`);
    await page.context().close();
  });

  it.each(widths)('shows the finished mail for a message and language before publishing (%i px)', async (width) => {
    const page = await signedIn(width);
    await page.goto(`${adminUrl}/globals/mail-wording?locale=de`);
    await page.getByRole('heading', { name: 'Mail preview' }).waitFor();
    await screenshot(page, `editor-mail-wording-de-${width}`);
    await page.locator('.mail-preview select').first().selectOption('extension');
    await page.getByRole('button', { name: 'Show preview' }).click();
    const frame = page.frameLocator('.mail-preview iframe');
    await frame.getByText('Montag, 1. Februar 2027').first().waitFor();
    expect(await page.locator('.mail-preview__text').textContent()).toContain('C-2027-000123');
    await screenshot(page, `editor-mail-preview-de-${width}`);
    await page.context().close();
  });

  it('shows the procedure page’s translation status in the editor’s second language', async () => {
    const page = await signedIn(1440);
    await page.goto(`${adminUrl}/globals/procedure-page?locale=fr`);
    await page.getByRole('heading', { name: 'Translations' }).waitFor();
    await screenshot(page, 'editor-procedure-translations-fr-1440');
    await page.goto(`${adminUrl}/globals/form-choices?locale=en`);
    await page.getByText('Offered on the form').first().waitFor();
    // Each choice is named as the form names it, not by its stored value.
    await page.getByText('Billing and payments').first().waitFor();
    await screenshot(page, 'editor-form-choices-en-1440');
    await page.context().close();
  });
});
