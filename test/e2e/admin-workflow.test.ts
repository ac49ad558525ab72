import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { logInToAdmin, openCaseFromList } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { waitForMail } from '../helpers/mailbox';
import { validComplaint } from '../helpers/payload';
import { staffApi } from '../helpers/site';

const siteUrl = inject('siteUrl');

const browserOf = useBrowser();

// A reader files through the site (no JavaScript needed), so the case is real.
const fileComplaint = async (page: Page, name: string) => {
  await page.goto(`${siteUrl}/en/complaint`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(validComplaint.email);
  await page.getByLabel('Topic').selectOption('transfer');
  await page.getByLabel('What happened?').fill(validComplaint.description);
  await page.getByLabel('What would you like us to do?').fill(validComplaint.expectedOutcome);
  await page.getByRole('button', { name: 'Send complaint' }).click();
  await page.waitForLoadState('load');
  return (await page.locator('.case-number').textContent()) ?? '';
};

const chooseSelect = async (page: Page, field: string, option: string) => {
  await page.locator(`#field-${field} .rs__control`).click();
  await page.locator('.rs__option', { hasText: new RegExp(`^${option}$`) }).click();
};

const save = async (page: Page) => {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Updated successfully').waitFor();
  await page.getByText('Updated successfully').waitFor({ state: 'detached' });
};

describe('an admin works a case from receipt to closed in the admin', () => {
  it('moves it one step at a time, refuses a jump, and the timeline records every step and mail', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const caseNumber = await fileComplaint(page, `Admin Flow ${Date.now()}`);
    expect(caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
    const acknowledgement = await waitForMail(validComplaint.email, (mail) => mail.subject.includes(caseNumber));
    // The acknowledgement mail moves a new case on by itself; staff take it from there.
    await (await staffApi()).waitForStatus(caseNumber, 'acknowledged');

    await logInToAdmin(page);
    await openCaseFromList(page, caseNumber);
    const caseUrl = page.url();

    // A jump from acknowledged to answered is refused with the reason.
    await chooseSelect(page, 'status', 'Answered');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('can only move to: in progress, closed').first().waitFor();
    await screenshot(page, 'admin-refused-jump');

    await page.goto(caseUrl);
    await chooseSelect(page, 'status', 'In progress');
    await save(page);
    // Marked answered without an answer: refused, the answer is what gets mailed.
    await chooseSelect(page, 'status', 'Answered');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Write the answer first').first().waitFor();
    await page.goto(caseUrl);
    await page.getByRole('button', { name: 'Send answer…' }).click();
    await page.getByLabel(/^Your answer to the customer/).fill('We completed your transfer.');
    await page.getByRole('button', { name: 'Send and mark answered' }).click();
    await page.locator('#field-status .rs__single-value', { hasText: 'Answered' }).waitFor();
    await page.locator('#field-addNote').fill('Customer called to say thanks.');
    await chooseSelect(page, 'status', 'Closed');
    await save(page);

    await page.goto(caseUrl);
    await page.locator('#field-status .rs__single-value').waitFor();
    expect(await page.locator('#field-status .rs__single-value').textContent()).toBe('Closed');
    await screenshot(page, 'admin-closed-case');
    const timeline = (await page.locator('#field-timeline').textContent()) ?? '';
    for (const entry of [
      'Complaint received via web',
      'Status: Received → Acknowledged',
      'Status: Acknowledged → In progress',
      'Status: In progress → Answered',
      'Status: Answered → Closed',
      'Internal note',
      acknowledgement.subject,
    ]) {
      expect(timeline).toContain(entry);
    }
    // Who did it, by name (the seeded admin is "Administrator"), on every staff step.
    expect(timeline.split('Administrator').length - 1).toBeGreaterThanOrEqual(4);
    expect(timeline).toContain('customer (via the site)');
    expect(timeline).toContain('system');
    // The answer went to the customer by mail, with the words the admin wrote.
    const answer = await waitForMail(
      validComplaint.email,
      (mail) => mail.subject === `Complaint ${caseNumber}: our answer`,
    );
    expect(answer.text).toContain('We completed your transfer.');
    await context.close();
  });
});
