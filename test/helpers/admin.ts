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
