// How the app's MUI controls are driven the way a person drives them: a labelled select opened and an
// option clicked; a date typed section by section into the MUI X date field (年份 → 月份 → 日期).
import { expect, type Locator, type Page } from '@playwright/test';

/** Opening the local database (RxDB on IndexedDB, seven collections) is the slowest wait of a page load. */
export const APP_START_TIMEOUT = 30_000;

/** Opens the select labelled `label` inside `scope` and picks the option named `option`. */
export async function choose(scope: Locator | Page, label: string, option: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const combobox = scope.getByRole('combobox', { name: label, exact: true });
  const listbox = page.getByRole('listbox');
  // On a loaded machine a click can land while MUI's menu is still growing in and be lost (seen once in CI:
  // the menu stayed open). A person would click the option again; so does this, until the menu closes on
  // the chosen value.
  await expect(async () => {
    if (!(await listbox.isVisible())) await combobox.click();
    await listbox.getByRole('option', { name: option, exact: true }).click({ timeout: 5_000 });
    await expect(listbox).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** The date field labelled `label` (a group of 年份/月份/日期 sections). */
export const dateField = (scope: Locator | Page, label: string): Locator => scope.getByRole('group', { name: label, exact: true });

/** Types 'YYYY-MM-DD' into a date field, replacing what was there. */
export async function typeDate(scope: Locator | Page, label: string, date: string): Promise<void> {
  const field = dateField(scope, label);
  await field.getByRole('spinbutton', { name: '年份' }).click();
  await field.page().keyboard.type(date.replaceAll('-', ''));
  await expect.poll(() => dateOf(field)).toBe(date);
}

/** What a date field shows, as 'YYYY-MM-DD' ('' while empty). */
export async function dateOf(field: Locator): Promise<string> {
  const parts = await Promise.all(['年份', '月份', '日期'].map((name) => field.getByRole('spinbutton', { name }).textContent()));
  const text = parts.map((part) => (part ?? '').trim()).join('-');
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : '';
}
