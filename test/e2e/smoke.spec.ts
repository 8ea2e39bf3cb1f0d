import { expect, test } from '@playwright/test';

test('the app opens in Chinese with no console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Refused|violates/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await expect(page.getByText('台账').first()).toBeVisible();
  expect(problems).toEqual([]);
});
