// Isolation and hygiene for every end-to-end test.
// - Each test gets Playwright's fresh browser context: a new profile, so its own empty IndexedDB and
//   localStorage (the app's data key included). Nothing one test saves can be seen by another.
// - Any console error, uncaught page error or CSP violation fails the test that caused it.
// - `official` is a page whose first run (the first 管理员 account, 所属乡镇) was completed through the UI.
import { test as base, expect, type Page } from '@playwright/test';
import { AccountGate } from './page-models/accounts';

export { expect };

export const OPERATOR = '李文静';
export const TOWNSHIP = '忠仁镇';

/**
 * Problems a person would never see but that mean something broke: console errors, page errors, CSP refusals.
 * `tolerated` names console errors a test causes on purpose (Chromium logs a request cut by going offline).
 */
export function watchForProblems(page: Page, tolerated?: RegExp): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (tolerated?.test(message.text())) return;
    if (message.type() === 'error' || /Refused|violates/i.test(message.text())) problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/**
 * Completes a new PC's first run the way its 司法所 管理员 does: their account (name, password twice) and
 * the township; signed in, it lands on 工作台.
 */
export async function completeFirstRunSettings(page: Page, operator = OPERATOR, township = TOWNSHIP): Promise<void> {
  await page.goto('/');
  await new AccountGate(page).createFirstAdmin({ name: operator, township });
  await expect(page.getByRole('heading', { name: '工作台', level: 1 })).toBeVisible();
  await expect(page.getByTestId('township-name')).toHaveText(township);
}

/** A CSP violation reports a console message in Chromium; the event makes sure none slips by unlogged. */
export async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violates ${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}

export const test = base.extend<{ official: Page }>({
  page: async ({ page }, use) => {
    await reportCspViolations(page);
    const problems = watchForProblems(page);
    await use(page);
    expect(problems, 'console errors, page errors or CSP violations during the test').toEqual([]);
  },
  official: async ({ page }, use) => {
    await completeFirstRunSettings(page);
    await use(page);
  },
});
