import type { Page } from 'playwright-core';
import { inject } from 'vitest';

// Signs in to the CMS admin as a person would, on the login form (which speaks
// the browser's language until the person's profile says otherwise).
export const logInToAdmin = async (page: Page, login = inject('staffLogin')): Promise<void> => {
  await page.goto(`${inject('adminUrl')}/login`);
  await page.locator('#field-email').fill(login.email);
  await page.locator('#field-password').fill(login.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(/\/admin\/?$/);
};

// Opens a case as a person finds one among many: its number typed in the
// cases list's search box, then the row that shows it. (The list's first page
// is the urgent end of the queue, where a case just filed need not be.)
export const openCaseFromList = async (page: Page, caseNumber: string): Promise<void> => {
  await page.goto(`${inject('adminUrl')}/collections/cases`);
  await page.locator('#search-filter-input').fill(caseNumber);
  await page.waitForURL(/[?&]search=/);
  await page.locator('.table tbody tr').getByText(caseNumber).click();
  await page.waitForURL(/\/admin\/collections\/cases\/[^/?]+$/);
};
