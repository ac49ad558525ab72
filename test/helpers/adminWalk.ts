import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { screenshotDir } from './browser';
import type { PageWatch } from './watchPage';

// The screens of Payload's admin as a person meets them, for the admin walk
// (test/e2e/admin-walk.test.ts): what the nav offers, lists, documents,
// relationship pickers, the bulk-edit drawer, the search and the saved views.

export type NavEntry = { label: string; href: string; kind: 'collection' | 'global' | 'view'; slug: string };

export const walkScreenshotDir = path.join(screenshotDir, 'admin-walk');

export const walkScreenshot = async (page: Page, name: string, { fullPage = true } = {}): Promise<void> => {
  mkdirSync(walkScreenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(walkScreenshotDir, `${name}.png`), fullPage });
};

export const kebab = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// Everything the nav links to, in the nav's order: collections, globals and
// custom views (the reports). The dashboard and the log-out link are not entries.
export const navEntries = async (page: Page): Promise<NavEntry[]> => {
  const links = page.locator('nav a[href^="/admin/"]:not([href="/admin/logout"])');
  await links.first().waitFor();
  const found = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => ({ label: anchor.textContent?.trim() ?? '', href: anchor.getAttribute('href') ?? '' })),
  );
  return found.map(({ label, href }) => {
    const [, section = '', slug = ''] = href.match(/^\/admin\/(collections|globals)\/([^/?#]+)/) ?? [];
    const kind = section === 'collections' ? 'collection' : section === 'globals' ? 'global' : 'view';
    return { label, href, kind, slug: slug || kebab(href.replace(/^\/admin\//, '')) };
  });
};

// Clicks a link in the nav and waits for its page. Up to 1440 px wide Payload
// keeps the nav closed (and inert) behind its menu button, and open over the
// page (which is inert then) once opened: a person opens it, picks the link and
// closes it again.
export const clickNavLink = async (page: Page, label: string, href: string): Promise<void> => {
  const menuButton = (name: string) => page.getByRole('button', { name }).filter({ visible: true }).first();
  // Until the nav has hydrated it does not know yet whether it is open.
  await page.locator('.nav--nav-hydrated').waitFor({ state: 'attached' });
  if (!(await page.locator('.nav--nav-open').count())) await menuButton('Open Menu').click();
  await page.locator('nav').getByRole('link', { name: label, exact: true }).first().click();
  await page.waitForURL((url) => url.pathname === href, { timeout: 20_000 });
  if (await menuButton('Close Menu').count()) await menuButton('Close Menu').click();
  await page
    .locator('.nav--nav-open')
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => undefined);
};

// A document (or global) is ready when Payload says its form is: mounted,
// initialised, not processing. Fields are read-only until then.
export const documentForm = (page: Page): Locator =>
  page.locator('form[data-form-ready="true"]:not(.edit-many__form)').first();

export const waitForDocument = async (page: Page, watch: PageWatch): Promise<void> => {
  await documentForm(page).waitFor({ timeout: 20_000 });
  await watch.settled();
};

// A list is ready when its table or its "no results" message is there.
export const waitForList = async (page: Page, watch: PageWatch, timeout = 20_000): Promise<void> => {
  await page.locator('.collection-list table, .collection-list__no-results, .no-results').first().waitFor({ timeout });
  await watch.settled();
};

export const listRows = (page: Page): Locator => page.locator('.collection-list table tbody tr');

// Opens every relationship picker on the screen that a person may change
// (react-select loads its options when the control is clicked), one after the
// other, and closes it again. Read-only ones only show their value (which they
// fetch on load). Resolves with the pickers found, and for each whether its
// list of options opened.
export type Picker = { id: string; label: string; opened: boolean };

export const openRelationshipPickers = async (
  page: Page,
  watch: PageWatch,
  scope: Locator,
  onOpen: (field: Picker) => Promise<void>,
): Promise<Picker[]> => {
  const fields = scope.locator('.field-type.relationship:not(.relationship--read-only)');
  const pickers: Picker[] = [];
  for (let index = 0; index < (await fields.count()); index += 1) {
    const field = fields.nth(index);
    const id = ((await field.getAttribute('id')) ?? `relationship-${index}`).replace(/^field-/, '');
    const label = ((await field.locator('.field-label').first().textContent()) ?? id).replace(/\*$/, '').trim();
    const control = field.locator('.rs__control').first();
    await control.scrollIntoViewIfNeeded();
    await control.click();
    // The options arrive with the answer to the request the click made.
    await watch.settled();
    const opened = await field
      .locator('.rs__menu')
      .waitFor({ timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    const picker = { id, label, opened };
    await onOpen(picker);
    await page.keyboard.press('Escape');
    await field
      .locator('.rs__menu')
      .waitFor({ state: 'detached', timeout: 5_000 })
      .catch(() => undefined);
    pickers.push(picker);
  }
  return pickers;
};

export const readOnlyRelationships = async (scope: Locator): Promise<number> =>
  scope.locator('.field-type.relationship.relationship--read-only').count();

// Selects the first row, opens "Edit" (the bulk-edit drawer) and its field
// picker; when a relationship field's label is given, picks that field and
// opens its picker inside the drawer too. Resolves "not offered" where the list
// offers no bulk edit (no rows, or no right to change them), else whether the
// relationship picker's options opened (undefined: none tried).
export const openBulkEdit = async (
  page: Page,
  watch: PageWatch,
  relationshipLabel: string | undefined,
  onOpen: (what: 'fields' | 'relationship') => Promise<void>,
): Promise<'not offered' | { relationshipOpened?: boolean }> => {
  const firstRow = listRows(page).first();
  if (!(await firstRow.count())) return 'not offered';
  const checkbox = firstRow.locator('.select-row input[type="checkbox"]');
  if (!(await checkbox.count())) return 'not offered';
  await checkbox.check();
  const edit = page.locator('.list-selection').getByRole('button', { name: 'Edit', exact: true });
  if (!(await edit.count())) {
    await checkbox.uncheck();
    return 'not offered';
  }
  await edit.click();
  const drawer = page.locator('dialog.drawer--is-open').filter({ has: page.locator('.edit-many__main') });
  await drawer.waitFor();
  await drawer.locator('.field-select .rs__control').click();
  await drawer.locator('.field-select .rs__menu').waitFor();
  await watch.settled();
  await onOpen('fields');
  let relationshipOpened: boolean | undefined;
  if (relationshipLabel) {
    const option = drawer
      .locator('.field-select .rs__option')
      .filter({ hasText: new RegExp(`(^|> )${relationshipLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .first();
    if (await option.count()) {
      await option.click();
      const field = drawer.locator('.field-type.relationship:not(.relationship--read-only)').first();
      await field.locator('.rs__control').click();
      await watch.settled();
      relationshipOpened = await field
        .locator('.rs__menu')
        .waitFor({ timeout: 2_000 })
        .then(() => true)
        .catch(() => false);
      await onOpen('relationship');
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Escape');
  const close = drawer.locator('.edit-many__header__close');
  if (await close.isVisible().catch(() => false)) await close.click();
  await drawer.waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
  return { relationshipOpened };
};

// The list's own search box ("Search by Case Number" and the like).
export const searchList = async (page: Page, watch: PageWatch, term: string): Promise<void> => {
  const box = page.locator('.list-controls').getByRole('textbox', { name: /^Search by/ });
  await box.fill(term);
  await page.waitForURL((url) => url.searchParams.get('search') === term, { timeout: 10_000 });
  await waitForList(page, watch);
};

const presetsDrawer = (page: Page) =>
  page.locator('dialog.drawer--is-open').filter({ has: page.locator('.collection-list--payload-query-presets') });

const openPresetsDrawer = async (page: Page, watch: PageWatch): Promise<Locator> => {
  // The button is named after the active view, "Select Preset" while none is.
  await page.locator('#select-preset').click();
  const drawer = presetsDrawer(page);
  await drawer.locator('table, .no-results, .collection-list__no-results').first().waitFor({ timeout: 15_000 });
  await watch.settled();
  return drawer;
};

const closePresetsDrawer = async (page: Page) => {
  const drawer = presetsDrawer(page);
  if (await drawer.count()) {
    await drawer.getByRole('button', { name: 'Close' }).first().click();
    await drawer.waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
  }
};

// The saved views (query presets) the list offers this person, by title, as
// many times as each appears.
export const savedViewTitles = async (page: Page, watch: PageWatch, onOpen: () => Promise<void>): Promise<string[]> => {
  const drawer = await openPresetsDrawer(page, watch);
  await onOpen();
  // All of them on one page: the drawer shows ten at a time.
  const titles: string[] = [];
  for (;;) {
    titles.push(...(await drawer.locator('tbody tr td:first-child').allTextContents()).map((title) => title.trim()));
    const next = drawer.locator('.paginator__page--next, button[aria-label="Next page"]').first();
    if (!(await next.count()) || !(await next.isEnabled())) break;
    await next.click();
    await watch.settled();
  }
  await closePresetsDrawer(page);
  return titles;
};

// Clears the active saved view (the "x" on it), if there is one: Payload
// remembers a person's view of a list from one visit to the next.
export const clearSavedView = async (page: Page, watch: PageWatch): Promise<void> => {
  const clear = page.locator('#clear-preset');
  if (!(await clear.count())) return;
  await clear.click();
  await page.waitForURL((url) => !url.searchParams.has('preset'), { timeout: 10_000 }).catch(() => undefined);
  await clear.waitFor({ state: 'detached', timeout: 10_000 });
  await waitForList(page, watch);
};

// Applies a saved view by its title, as a person does: "Select Preset", then
// the view in the drawer. Resolves false if the view did not take effect.
export const applySavedView = async (page: Page, watch: PageWatch, title: string): Promise<boolean> => {
  const drawer = await openPresetsDrawer(page, watch);
  const row = drawer
    .locator('tbody tr')
    .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^\\s*${title}\\s*$`) }) })
    .first();
  // The drawer shows ten at a time: beyond those, a person searches.
  if (!(await row.count())) await drawer.getByRole('textbox', { name: /^Search by/ }).fill(title);
  await row.waitFor({ timeout: 10_000 });
  await row.locator('td:first-child').locator('a, button').first().click();
  await drawer.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  const applied = await page
    .waitForURL((url) => url.searchParams.has('preset'), { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  await waitForList(page, watch, 10_000);
  const active = (await page.locator('.active-query-preset__label-text').first().textContent())?.trim();
  return applied && active === title;
};
