import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCount } from '@shared/i18n/formatDate';
import { localeCodes, type Locale } from '@shared/i18n/locales';
import { labelled } from '@shared/i18n/typography';
import { validationMessage } from '@shared/i18n/validation';
import { translator } from '../../site/i18n';
import { screenshot, useBrowser } from '../helpers/browser';
import { expectAccessible, fill, siteUrl, staffApi, submit, summaryText, withPage } from '../helpers/site';

// The site as customers tried it (issue 12): on phones, in their browser's
// language, with long texts, switching language half-way, and following one
// complaint from filing through escalation to the final answer.

const browserOf = useBrowser();

// WCAG 1.4.10: nothing scrolls sideways at 320 CSS pixels (nor on a 390 px phone).
const expectReflow = async (page: Page, name: string) => {
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect({
      name,
      width,
      wider,
      scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth),
    }).toEqual({ name, width, wider: [], scrollWidth: width });
  }
  await screenshot(page, `reflow-${name}`);
};

// A case number is one word on every screen: one line box, never "C-2026-/000012".
const expectUnbroken = async (page: Page, selector: string) => {
  for (const element of await page.locator(selector).all()) {
    expect(await element.evaluate((node) => node.getClientRects().length)).toBe(1);
  }
};

const goto = async (page: Page, url: string) => {
  await page.goto(url);
  await page.waitForLoadState('load');
};

describe.each(localeCodes)('a complaint told from start to finish in %s, on a phone', (locale) => {
  const t = translator(locale);

  it('fits 320 px in every state, is accessible, and the status page tells the whole story', async () => {
    await withPage(browserOf(), { javaScriptEnabled: true, locale }, async (page) => {
      const failures: string[] = [];
      // A refused form answers 422 by design; Chromium logs that, and it is no failure.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('status of 422')) failures.push(message.text());
      });
      page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
      const staff = await staffApi();

      await goto(page, `${siteUrl()}/${locale}/`);
      await expectReflow(page, `${locale}-procedure`);
      await goto(page, `${siteUrl()}/${locale}/complaint`);
      await expectReflow(page, `${locale}-complaint-empty`);
      await submit(page);
      expect(await page.title()).toMatch(new RegExp(`^${labelled(locale, t('form.errorPrefix'))} `));
      await expectReflow(page, `${locale}-complaint-errors`);
      await expectAccessible(page);

      const name = `Ana ${locale} Martínez-Oberdörfer`;
      await fill(page, {
        name,
        email: `ana.${locale}@example.org`,
        topic: 'transfer',
        domains: 'bücher.de\nexample.org',
        description: 'The transfer of bücher.de has been stuck for three weeks.',
        expectedOutcome: 'Finish the transfer.',
      });
      await submit(page);
      await page.waitForURL(/\/received$/);
      const number = (await page.locator('.case-number').textContent()) ?? '';
      const statusLink = (await page.locator('.status-link').getAttribute('href')) ?? '';
      await expectReflow(page, `${locale}-received`);
      await expectUnbroken(page, '.case-number');
      await expectAccessible(page);

      await goto(page, statusLink);
      await expectReflow(page, `${locale}-status-filed`);
      await expectUnbroken(page, '.case-number-inline');
      // What the customer filed, to read again.
      const filed = (await page.locator('main').textContent()) ?? '';
      for (const text of [
        'bücher.de',
        'stuck for three weeks',
        'Finish the transfer.',
        t('complaint.topic.transfer'),
      ]) {
        expect(filed).toContain(text);
      }
      await expectAccessible(page);

      await staff.waitForStatus(number, 'acknowledged');
      await staff.advance(number, 'inProgress', 'answered');
      await goto(page, statusLink);
      await page.getByRole('link', { name: t('status.escalateLink') }).click();
      await page.waitForURL(/\/escalation\?token=/);
      // Tied to the case from the server: it names the complaint and starts with its details.
      expect(await page.locator('main').textContent()).toContain(number);
      expect(await page.locator('#field-name').inputValue()).toBe(name);
      expect(await page.locator('#field-email').inputValue()).toBe(`ana.${locale}@example.org`);
      expect(await page.locator('#field-domains').inputValue()).toBe('bücher.de\nexample.org');
      await expectReflow(page, `${locale}-escalation-empty`);
      await submit(page);
      await expectReflow(page, `${locale}-escalation-errors`);
      await expectAccessible(page);
      await fill(page, { description: 'Still stuck.', reasonUnsatisfied: 'No date.', expectedSteps: 'This week.' });
      await submit(page);
      await page.waitForURL(/\/received$/);
      expect(await page.locator('.complaint-number').textContent()).toBe(number);
      expect(await page.locator('.status-link').getAttribute('href')).toBe(statusLink);
      await expectReflow(page, `${locale}-escalation-received`);
      await expectAccessible(page);
      const escalationNumber = (await page.locator('.case-number').textContent()) ?? '';

      // The final answer closes the case; every promise then says when it was kept.
      const escalationStatus = async () =>
        (
          (await staff.request(
            `/api/escalations?where[escalationNumber][equals]=${escalationNumber}&depth=0`,
            'GET',
          )) as { docs: { id: number; status: string }[] }
        ).docs;
      // Its acknowledgement mail's delivery acknowledges it (the mail queue runs every 2 s).
      await expect.poll(async () => (await escalationStatus())[0]?.status, { timeout: 30_000 }).toBe('acknowledged');
      const docs = await escalationStatus();
      for (const step of ['inProgress', 'answered']) {
        await staff.request(`/api/escalations/${docs[0]?.id}`, 'PATCH', {
          status: step,
          ...(step === 'answered' ? { answer: 'Our final answer: done.' } : {}),
        });
      }
      await staff.waitForStatus(number, 'closed');
      await goto(page, statusLink);
      const promises = (await page.locator('.escalation-story .dates').textContent()) ?? '';
      const keptPrefix = t('status.promise.kept').split('{date}')[0] ?? '';
      expect(promises).toContain(`${t('status.promise.finalAnswer')}`);
      expect(promises).toContain(keptPrefix);
      expect(promises).not.toContain(t('status.promise.due').split('{date}')[0] || '\u0000');
      const story = (await page.locator('main').textContent()) ?? '';
      expect(story).toContain('Our final answer: done.');
      expect(story).toContain('No date.');
      expect(story).not.toContain(t('status.noMessages'));
      // Every message we sent, with its subject in the customer's language.
      expect(await page.locator('.messages li').count()).toBeGreaterThanOrEqual(3);
      await expectReflow(page, `${locale}-status-closed`);
      await expectAccessible(page);

      // Escalating the finished case again says what is true, not "the period ended" on a future date.
      await goto(page, `${siteUrl()}/${locale}/escalation`);
      await fill(page, {
        caseNumber: number,
        name,
        email: `ana.${locale}@example.org`,
        description: 'Again.',
        reasonUnsatisfied: 'Again.',
        expectedSteps: 'Again.',
      });
      await submit(page);
      const refusal = await summaryText(page);
      expect(refusal).toContain(validationMessage(locale, 'escalationAnswered'));
      expect(failures).toEqual([]);
    });
  });
});

describe('the browser’s language', () => {
  it.each([
    ['de-DE', 'de'],
    ['fr-FR', 'fr'],
    ['es-ES', 'es'],
    ['en-US', 'en'],
    ['nl-BE,nl;q=0.9', 'nl'],
    ['pt-BR, es-MX;q=0.8, en;q=0.5', 'es'],
    ['it-IT, de;q=0.3, fr-CH;q=0.7', 'fr'],
    ['ja-JP', 'nl'],
  ])('sends a browser asking for %s to /%s/', async (accept, locale) => {
    const response = await fetch(`${siteUrl()}/`, { redirect: 'manual', headers: { 'accept-language': accept } });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/${locale}/`);
  });

  it('answers an unknown language prefix with the 404 in the browser’s language', async () => {
    await withPage(browserOf(), { javaScriptEnabled: true, locale: 'es-ES' }, async (page) => {
      const response = await page.goto(`${siteUrl()}/xx/complaint`);
      expect(response?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      expect(await page.locator('h1').textContent()).toBe(translator('es')('notFound.title'));
    });
  });
});

describe('the confirmation page', () => {
  it('is shown only after a submission; otherwise the reader goes to the start page', async () => {
    const response = await fetch(`${siteUrl()}/de/received`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/de/');
  });
});

const modes = [true, false] as const;

describe.each(modes)('long texts (JavaScript: %s)', (javaScriptEnabled) => {
  it('refuses an over-long description and name with the limit, keeping every character typed', async () => {
    const locale: Locale = 'fr';
    const t = translator(locale);
    await withPage(browserOf(), { javaScriptEnabled, locale }, async (page) => {
      await goto(page, `${siteUrl()}/${locale}/complaint`);
      const description = 'é'.repeat(10_001);
      const name = 'N'.repeat(201);
      // Pasted in one go: nothing in the page may cut it.
      await fill(page, { name, email: 'long@example.org', topic: 'other', description, expectedOutcome: 'x' });
      expect((await page.locator('#field-description').inputValue()).length).toBe(10_001);
      if (javaScriptEnabled) {
        const count = page.locator('[data-field=description] .field-count-status');
        expect(await count.textContent()).toBe(t('form.countOverOne').replace('{count}', '1'));
        expect(await page.locator('[data-field=description] [aria-live=polite]').count()).toBe(1);
        await expectAccessible(page);
        await screenshot(page, 'fr-complaint-over-long');
      } else {
        expect(await page.locator('#field-description-count').textContent()).toContain(formatCount(10_000, locale));
      }
      await submit(page);
      const tooLong = (max: number) => validationMessage(locale, 'tooLong').replace('{max}', formatCount(max, locale));
      const summary = await summaryText(page);
      expect(summary).toContain(labelled(locale, t('complaint.description'), tooLong(10_000)));
      expect(summary).toContain(labelled(locale, t('reporter.name'), tooLong(200)));
      expect(await page.locator('#field-description').inputValue()).toBe(description);
      expect(await page.locator('#field-name').inputValue()).toBe(name);
      await expectReflow(page, `fr-over-long-${javaScriptEnabled ? 'js' : 'nojs'}`);
    });
  });
});

describe.each(modes)('switching language half-way (JavaScript: %s)', (javaScriptEnabled) => {
  it('carries what the reader typed to the other language, unsent', async () => {
    await withPage(browserOf(), { javaScriptEnabled, locale: 'fr' }, async (page) => {
      await goto(page, `${siteUrl()}/fr/complaint`);
      await fill(page, { name: 'Zoé', topic: 'billing', description: 'Facturé deux fois.' });
      await page
        .getByRole('navigation', { name: translator('fr')('site.language') })
        .getByText('Deutsch')
        .click();
      await page.waitForURL(`${siteUrl()}/de/complaint`);
      await page.waitForLoadState('load');
      expect(await page.locator('h1').textContent()).toBe(translator('de')('complaint.title'));
      expect(await page.locator('#field-name').inputValue()).toBe('Zoé');
      expect(await page.locator('#field-topic').inputValue()).toBe('billing');
      expect(await page.locator('#field-description').inputValue()).toBe('Facturé deux fois.');
      // Not sent and not judged: no errors for what is still missing.
      expect(await page.locator('[data-error-summary]').isHidden()).toBe(true);
      expect(await page.locator('main').textContent()).toContain(translator('de')('form.languageSwitched'));
    });
  });
});

describe('errors, GOV.UK’s way', () => {
  const locale: Locale = 'de';
  const t = translator(locale);
  const errorTitle = new RegExp(`^${labelled(locale, t('form.errorPrefix'))} `);
  const summaryFields = (page: Page) =>
    page.locator('[data-error-summary] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

  it('with JavaScript: no error for a field focus merely passed; fixing a field clears its summary entry', async () => {
    await withPage(browserOf(), { javaScriptEnabled: true, locale }, async (page) => {
      await goto(page, `${siteUrl()}/${locale}/complaint`);
      await page.locator('#field-name').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.locator('.field-error').count()).toBe(0);
      expect(await page.title()).not.toMatch(errorTitle);

      await fill(page, { email: 'nope' });
      await submit(page);
      expect(await summaryFields(page)).toEqual([
        '#field-name',
        '#field-email',
        '#field-topic',
        '#field-description',
        '#field-expectedOutcome',
      ]);
      expect(await page.title()).toMatch(errorTitle);
      await page.locator('#field-name').fill('Jan');
      await page.locator('#field-email').fill('jan@example.de');
      await page.locator('#field-email').blur();
      // The inline check asks the site (POST /<lang>/check/<form>): its answer comes a moment later.
      await expect
        .poll(() => summaryFields(page))
        .toEqual(['#field-topic', '#field-description', '#field-expectedOutcome']);
      await fill(page, { topic: 'billing', description: 'x' });
      await page.locator('#field-expectedOutcome').fill('y');
      await page.locator('#field-expectedOutcome').blur();
      await expect.poll(() => page.locator('[data-error-summary]').isHidden()).toBe(true);
      expect(await page.title()).not.toMatch(errorTitle);
    });
  });

  it('without JavaScript: the summary follows the form’s order and the title starts with the word for error', async () => {
    await withPage(browserOf(), { javaScriptEnabled: false, locale }, async (page) => {
      await goto(page, `${siteUrl()}/${locale}/abuse`);
      await fill(page, { email: 'nope' });
      await submit(page);
      const fields = await summaryFields(page);
      const formOrder = await page
        .locator('form .field')
        .evaluateAll((elements) => elements.map((element) => `#field-${(element as HTMLElement).dataset.field}`));
      expect(fields.length).toBeGreaterThanOrEqual(5);
      expect(fields).toEqual(formOrder.filter((field) => fields.includes(field)));
      expect(await page.title()).toMatch(errorTitle);
    });
  });
});

describe('print and keep', () => {
  it('prints the status page on one A4 page with the number, the promises and our contact details', async () => {
    await withPage(browserOf(), { javaScriptEnabled: true, locale: 'en' }, async (page) => {
      await goto(page, `${siteUrl()}/en/complaint`);
      await fill(page, {
        name: 'Pat',
        email: 'pat@example.org',
        topic: 'billing',
        description: 'Charged twice.',
        expectedOutcome: 'Refund.',
      });
      await submit(page);
      await page.waitForURL(/\/received$/);
      const statusLink = (await page.locator('.status-link').getAttribute('href')) ?? '';
      for (const [name, url] of [
        ['received', page.url()],
        ['status', statusLink],
      ] as const) {
        await goto(page, url);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.language-switcher').isVisible()).toBe(false);
        expect(await page.locator('.case-number, .case-number-inline').first().isVisible()).toBe(true);
        expect(await page.locator('.dates').first().isVisible()).toBe(true);
        expect(await page.locator('.contact-block').isVisible()).toBe(true);
        const pdf = await page.pdf({ format: 'A4', printBackground: false });
        expect({ name, pages: pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length }).toEqual({
          name,
          pages: 1,
        });
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });
});
