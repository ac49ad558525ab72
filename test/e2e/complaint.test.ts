import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from '../helpers/axe';
import { launchBrowser, screenshot } from '../helpers/browser';

const siteUrl = inject('siteUrl');
const adminUrl = inject('adminUrl');
const staff = inject('staffLogin');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const withPage = async (options: { javaScriptEnabled: boolean }, work: (page: Page) => Promise<void>) => {
  const context: BrowserContext = await browser.newContext({ ...options, locale: 'nl-NL' });
  try {
    await work(await context.newPage());
  } finally {
    await context.close();
  }
};

const fillComplaint = async (page: Page, name: string) => {
  await page.getByLabel('Uw naam').fill(name);
  await page.getByLabel('E-mailadres').fill('anna@example.nl');
  await page.getByLabel('Onderwerp').selectOption('billing');
  await page.getByLabel('Betrokken domeinnamen').fill('voorbeeld.nl');
  await page.getByLabel('Wat is er gebeurd?').fill('Twee keer gefactureerd voor één verlenging.');
  await page.getByLabel('Wat verwacht u van ons?').fill('De tweede betaling terugstorten.');
};

describe('a reader files a complaint and staff see it', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`works ${javaScriptEnabled ? 'with' : 'without'} JavaScript, fixing a mistake on the way`, async () => {
      const reporter = `Anna ${javaScriptEnabled ? 'met' : 'zonder'} JS ${Date.now()}`;
      await withPage({ javaScriptEnabled }, async (page) => {
        await page.goto(`${siteUrl}/nl/`);
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        expect(await page.locator('h1').textContent()).toBe('Klachten en misbruik melden');
        expect(await page.locator('.contact-block').textContent()).toContain('complaints@key-systems.net');
        await page.getByRole('link', { name: /Een klacht over onze dienstverlening indienen/ }).click();
        await page.waitForURL(`${siteUrl}/nl/complaint`);

        await fillComplaint(page, reporter);
        await page.getByLabel('E-mailadres').fill('anna-at-example');
        await page.getByRole('button', { name: 'Klacht versturen' }).click();
        await page.waitForLoadState('load');

        const summary = page.getByRole('alert');
        expect(await summary.textContent()).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
        expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
        // The reader's input survives the round trip.
        expect(await page.getByLabel('Uw naam').inputValue()).toBe(reporter);
        expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toContain('Twee keer');
        if (javaScriptEnabled) {
          expect(await accessibilityViolations(page)).toEqual([]);
          await screenshot(page, 'nl-complaint-errors');
        }

        await page.getByLabel('E-mailadres').fill('anna@example.nl');
        await page.getByRole('button', { name: 'Klacht versturen' }).click();
        await page.waitForLoadState('load');
        expect(await page.locator('h1').textContent()).toBe('Wij hebben uw klacht ontvangen');
        const caseNumber = (await page.locator('.case-number').textContent()) ?? '';
        expect(caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
        if (javaScriptEnabled) await screenshot(page, 'nl-complaint-received');

        await withStaff(async (admin) => {
          await admin.goto(`${adminUrl}/collections/cases`);
          await admin.getByText(caseNumber).click();
          await admin.waitForURL(/\/admin\/collections\/cases\/[^/]+$/);
          expect(await admin.getByRole('textbox', { name: /^Name/ }).inputValue()).toBe(reporter);
          if (javaScriptEnabled) await screenshot(admin, 'admin-case');
        });
      });
    });
  }
});

const withStaff = async (work: (page: Page) => Promise<void>) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${adminUrl}/login`);
    await page.getByLabel('Email').fill(staff.email);
    await page.getByLabel('Password').fill(staff.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL(/\/admin\/?$/);
    await work(page);
  } finally {
    await context.close();
  }
};

describe('the procedure in three languages', () => {
  it.each([
    ['nl', 'Klachten en misbruik melden'],
    ['en', 'Reporting complaints and abuse'],
    ['de', 'Beschwerden und Missbrauch melden'],
  ])('shows the %s page with its language, alternates and an accessible layout', async (locale, title) => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      await page.goto(`${siteUrl}/${locale}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.locator('h1').textContent()).toBe(title);
      const alternates = await page
        .locator('link[rel=alternate]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
      expect(alternates).toEqual(['nl', 'en', 'de', 'x-default']);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `${locale}-procedure`);
    });
  });

  it('keeps the reader on the same page when switching language', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${siteUrl}/nl/complaint`);
      await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Deutsch' }).click();
      await page.waitForURL(`${siteUrl}/de/complaint`);
      expect(await page.locator('h1').textContent()).toBe('Beschwerde einreichen');
    });
  });
});
