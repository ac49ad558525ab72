import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes } from '@shared/i18n/locales';
import { translator } from '../../site/i18n';
import { logInToAdmin, openCaseFromList } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { expectAccessible, fill, siteUrl, submit, withPage } from '../helpers/site';

const browserOf = useBrowser();

const withStaff = async (work: (page: Page) => Promise<void>) => {
  const context = await browserOf().newContext();
  try {
    const page = await context.newPage();
    await logInToAdmin(page);
    await work(page);
  } finally {
    await context.close();
  }
};

describe('a reader files a complaint on /nl/ and staff see it', () => {
  it('arrives in the admin with everything the reader typed', async () => {
    const reporter = `Anna ${Date.now()}`;
    let caseNumber = '';
    await withPage(browserOf(), { javaScriptEnabled: true, locale: 'nl-NL' }, async (page) => {
      await page.goto(`${siteUrl()}/`);
      await page.waitForURL(`${siteUrl()}/nl/`);
      await page.getByRole('link', { name: new RegExp(translator('nl')('procedure.fileComplaint')) }).click();
      await page.waitForURL(`${siteUrl()}/nl/complaint`);
      await fill(page, {
        name: reporter,
        email: 'anna@example.nl',
        topic: 'billing',
        description: 'Twee keer gefactureerd.',
        expectedOutcome: 'Terugbetalen.',
      });
      await submit(page);
      caseNumber = (await page.locator('.case-number').textContent()) ?? '';
    });
    expect(caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
    await withStaff(async (admin) => {
      await openCaseFromList(admin, caseNumber);
      expect(await admin.locator('#field-reporter__name').inputValue()).toBe(reporter);
      await screenshot(admin, 'admin-case');
    });
  });
});

describe('the procedure in every language', () => {
  it.each(localeCodes)(
    'shows the %s start page with its language, alternates and an accessible layout',
    async (locale) => {
      const t = translator(locale);
      await withPage(browserOf(), { javaScriptEnabled: true }, async (page) => {
        await page.goto(`${siteUrl()}/${locale}/`);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.locator('.start-card-title').allTextContents()).toEqual([
          t('procedure.fileComplaint'),
          t('procedure.reportAbuse'),
          t('procedure.escalate'),
          t('procedure.feedback'),
        ]);
        expect(await page.locator('.contact-block').textContent()).toContain('complaints@key-systems.net');
        expect(await page.locator('article.procedure h2').count()).toBeGreaterThan(2);
        const alternates = await page
          .locator('link[rel=alternate]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
        expect(alternates).toEqual([...localeCodes, 'x-default']);
        await expectAccessible(page);
        await screenshot(page, `${locale}-procedure`);
      });
    },
  );

  it.each(localeCodes)('every form page in %s is accessible before anything is typed', async (locale) => {
    await withPage(browserOf(), { javaScriptEnabled: true }, async (page) => {
      for (const form of ['complaint', 'abuse', 'escalation', 'feedback']) {
        await page.goto(`${siteUrl()}/${locale}/${form}`);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        await expectAccessible(page);
      }
    });
  });

  it('answers an unknown address with an accessible page in the reader’s language', async () => {
    await withPage(browserOf(), { javaScriptEnabled: true }, async (page) => {
      const response = await page.goto(`${siteUrl()}/fr/no-such-page`);
      expect(response?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.locator('h1').textContent()).toBe(translator('fr')('notFound.title'));
      await expectAccessible(page);
    });
  });

  it('keeps the reader on the same page when switching language, without JavaScript', async () => {
    await withPage(browserOf(), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${siteUrl()}/nl/abuse`);
      // On a form page the language is a button: it carries what was typed (see customer.test.ts).
      await page.getByRole('navigation', { name: 'Taal' }).getByRole('button', { name: 'Deutsch' }).click();
      await page.waitForURL(`${siteUrl()}/de/abuse`);
      expect(await page.locator('h1').textContent()).toBe(translator('de')('abuse.title'));
      await page.goto(`${siteUrl()}/nl/`);
      await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Deutsch' }).click();
      await page.waitForURL(`${siteUrl()}/de/`);
    });
  });

  it('shows an editor’s change on the site without a rebuild', async () => {
    const cms = inject('cmsUrl');
    const login = await fetch(`${cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(inject('staffLogin')),
    });
    const { token } = (await login.json()) as { token: string };
    const setTitle = (title: string) =>
      fetch(`${cms}/api/globals/procedure-page?locale=de`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ title }),
      });
    await withPage(browserOf(), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${siteUrl()}/de/`);
      const original = (await page.locator('h1').textContent()) ?? '';
      expect((await setTitle('Beschwerden, Missbrauch und Feedback')).status).toBe(200);
      await page.goto(`${siteUrl()}/de/`);
      expect(await page.locator('h1').textContent()).toBe('Beschwerden, Missbrauch und Feedback');
      await setTitle(original);
    });
  });
});
