// The app opens in Chinese, asks a new PC for its first 管理员 before anything else, says how safe the data
// on this computer is, and says why when its data cannot be opened (重试 opens it in place).
// (The fixture fails any test that logs a console error, a page error or a CSP violation.)
import { expect, test } from './fixtures';
import { AccountGate, signInAgain } from './page-models/accounts';
import { AppShell } from './page-models/app-shell';
import { APP_START_TIMEOUT } from './page-models/controls';
import { SettingsPage } from './page-models/settings-page';

test('a first start asks in Chinese for the first 管理员 on every page; once made, they work and sign in again after a restart', async ({ page }) => {
  await page.goto('/#/mediation');
  const gate = new AccountGate(page);
  await gate.expectFirstAdmin();
  await expect(page).toHaveTitle('台账');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();

  await gate.firstAdmin.getByRole('button', { name: '创建并登录' }).click();
  await expect(gate.alert(gate.firstAdmin)).toHaveText('请按提示修改后再保存。');
  for (const text of ['请选择所属乡镇', '请填写姓名', '密码至少 8 位']) await expect(gate.firstAdmin.getByText(text)).toBeVisible();

  await gate.createFirstAdmin({ name: '李文静', township: '忠仁镇' });
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('人民调解');
  await expect(page.getByRole('banner')).toContainText('经办人：李文静');

  // A restart keeps the account, not the session: 李文静 signs in again.
  const shell = new AppShell(page);
  await shell.reload();
  await expect(shell.township()).toHaveText('忠仁镇');
  await expect(page.getByRole('banner')).toContainText('经办人：李文静');
  await shell.goTo('设置');
  const settings = new SettingsPage(page);
  await expect(settings.operatorField()).toHaveValue('李文静');
  await expect(settings.operatorField()).toBeDisabled();
  await expect(settings.kindField()).toHaveValue('乡镇');
  await expect(settings.townshipField()).toHaveText('忠仁镇');
  await expect(page.getByLabel('数据安全')).toContainText('网页版');
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
  await signInAgain(page);
  await expect(page.getByRole('heading', { name: '工作台', level: 1 })).toBeVisible({ timeout: APP_START_TIMEOUT });
  await expect(new AppShell(page).township()).toHaveText('忠仁镇');
});
