import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { accessibilityViolations } from './axe';
import { workflowStep } from './workflowStep';

export const siteUrl = () => inject('siteUrl');

// Fills fields by their ids (the same in every language).
export const fill = async (page: Page, values: Record<string, string | boolean>) => {
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#field-${name}`);
    const tag = await field.evaluate((element) => element.tagName.toLowerCase(), undefined).catch(() => undefined);
    if (typeof value === 'boolean') await field.setChecked(value);
    else if (tag === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
};

// Sends the form to the server even where the browser script would stop it,
// so the server-rendered error state can be checked with JavaScript on.
export const submit = async (page: Page, { bypassBrowserCheck = false } = {}) => {
  if (bypassBrowserCheck) {
    await Promise.all([
      page.waitForNavigation(),
      page.locator('form[data-form]').evaluate((form) => (form as HTMLFormElement).submit()),
    ]);
  } else {
    // Marks this document, so the wait below can tell the answer's page from it.
    await page.evaluate(() => Object.assign(window, { beforeSubmit: true }));
    await page.locator('form[data-form] button[type=submit]').click();
    // With JavaScript the site checks the form first (aria-busy meanwhile): then
    // either the errors show on this page or the form goes and the server's
    // answer replaces it. Waiting only for aria-busy to clear would read this
    // page again while the post is still on its way.
    await page.waitForFunction(() => {
      if (!('beforeSubmit' in window)) return true;
      const summary = document.querySelector<HTMLElement>('[data-error-summary]');
      return !document.querySelector('form[aria-busy="true"]') && summary !== null && !summary.hidden;
    });
  }
  await page.waitForLoadState('load');
};

export const summaryText = async (page: Page) => (await page.locator('[data-error-summary]').textContent()) ?? '';

export const expectAccessible = async (page: Page) => {
  expect(await accessibilityViolations(page)).toEqual([]);
};

export const withPage = async (
  browser: Browser,
  options: { javaScriptEnabled: boolean; locale?: string },
  work: (page: Page) => Promise<void>,
) => {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled, locale: options.locale });
  try {
    await work(await context.newPage());
  } finally {
    await context.close();
  }
};

// The staff side over the CMS's REST API, for setting up a case's state.
export const staffApi = async () => {
  const cms = inject('cmsUrl');
  const { email, password } = inject('staffLogin');
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { token } = (await login.json()) as { token: string };
  const request = async (path: string, method: string, body?: unknown) => {
    const response = await fetch(`${cms}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const findCase = async (caseNumber: string) =>
    (
      (await request(`/api/cases?where[caseNumber][equals]=${caseNumber}&depth=0`, 'GET')) as {
        docs: { id: number; status: string }[];
      }
    ).docs[0];
  return {
    request,
    // Moves a case, found by its number, through the given statuses.
    advance: async (caseNumber: string, ...statuses: string[]) => {
      const id = (await findCase(caseNumber))?.id;
      for (const status of statuses) await request(`/api/cases/${id}`, 'PATCH', workflowStep(status));
    },
    // The product's own jobs move cases too (the acknowledgement mail): wait for them.
    waitForStatus: async (caseNumber: string, status: string) => {
      for (let tries = 0; tries < 120; tries += 1) {
        if ((await findCase(caseNumber))?.status === status) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`${caseNumber} did not become ${status}`);
    },
  };
};
