import type { Page } from 'playwright-core';
import { inject } from 'vitest';

// Signs in to the CMS admin as a person would, on the login form.
export const logInToAdmin = async (page: Page, login = inject('staffLogin')): Promise<void> => {
  await page.goto(`${inject('adminUrl')}/login`);
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/admin\/?$/);
};
