// The app opens in Chinese, leads a first-time user to 设置, says how safe the data on this computer is, and
// says why when its data cannot be opened (重试 opens it in place).
// (The fixture fails any test that logs a console error, a page error or a CSP violation.)
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { APP_START_TIMEOUT } from './page-models/controls';
import { SettingsPage } from './page-models/settings-page';

test('a first start opens 设置 in Chinese and every page leads there until 经办人 and 乡镇 are given', async ({ page }) => {
  await page.goto('/#/mediation');
  const settings = new SettingsPage(page);
  await settings.expectFirstRun();
  await expect(page).toHaveTitle('台账');
  await expect(page.getByLabel('数据安全')).toContainText('网页版');

  await settings.save({ operator: '' });
  await expect(settings.alert()).toHaveText('请填写经办人和所属乡镇后再保存。');
  await settings.save({ operator: '李文静' });
  await expect(settings.alert()).toHaveText('请填写所属乡镇后再保存。');
  await expect(settings.operatorField()).toHaveValue('李文静');

  await settings.save({ township: '忠仁镇' });
  await expect(page.getByRole('heading', { name: '工作台', level: 1 })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('经办人：李文静');

  const shell = new AppShell(page);
  await shell.reload();
  await expect(page.getByRole('heading', { name: '工作台', level: 1 })).toBeVisible();
  await expect(shell.township()).toHaveText('忠仁镇');
  await shell.goTo('设置');
  await expect(settings.operatorField()).toHaveValue('李文静');
  await expect(settings.townshipField()).toHaveText('忠仁镇');
});

test('when the local data cannot be opened the page says why, and 重试 opens it in place once the cause is gone', async ({ official: page }) => {
  // Another data key than the one the database was made with: RxDB refuses the password (DB1), as it would
  // after a profile's key was lost. The web bridge keeps the key in localStorage.
  const key = await page.evaluate(() => localStorage.getItem('taizhang.dataKey'));
  expect(key).toBeTruthy();
  await page.evaluate(() => localStorage.setItem('taizhang.dataKey', btoa('another-key-of-thirty-two-bytes!')));
  await page.reload();
  await expect(page.getByText('无法打开本机数据')).toBeVisible({ timeout: APP_START_TIMEOUT });
  await expect(page.getByText(/已录入的台账仍保存在本机/)).toBeVisible();

  await page.evaluate((kept) => localStorage.setItem('taizhang.dataKey', kept ?? ''), key);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { name: '工作台', level: 1 })).toBeVisible({ timeout: APP_START_TIMEOUT });
  await expect(new AppShell(page).township()).toHaveText('忠仁镇');
});
