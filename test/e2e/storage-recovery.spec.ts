// A profile that cannot be opened (decision 032): the start-up error page says so and, when 重试 does not
// help, offers the two ways out — restore a backup, or empty this PC's data and pull again from the county.
// The data key is replaced, as after a lost key: RxDB refuses the password, so the page stays on the error.
import { completeFirstRunSettings, expect, test } from './fixtures';
import { recordCase } from './devices';
import { APP_START_TIMEOUT } from './page-models/controls';
import { AccountGate, signInAgain } from './page-models/accounts';
import { AppShell } from './page-models/app-shell';
import { BackupSettings } from './page-models/backup-settings';
import { MediationList } from './page-models/mediation';
import type { Page } from '@playwright/test';

const PASSWORD = '忠仁司法所备份2026';

async function loseTheDataKey(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('taizhang.dataKey', btoa('another-key-of-thirty-two-bytes!')));
  await page.reload();
  await expect(page.getByText('无法打开本机数据')).toBeVisible({ timeout: APP_START_TIMEOUT });
  await expect(page.getByRole('heading', { name: '重试仍打不开时' })).toBeVisible();
}

test('a profile that cannot be opened is restored from a backup on its error page, and its cases are back', async ({ official: page }) => {
  test.setTimeout(180_000);
  await recordCase(page, '王秀英', '赵德胜', '院墙排水沟堵塞');
  const backup = new BackupSettings(page);
  await backup.open();
  const file = await backup.backUp(PASSWORD);

  await loseTheDataKey(page);
  const body = page.locator('body');
  await backup.restore(file, '不是这个密码123', body);
  await expect(page.getByRole('alert').filter({ hasText: '备份密码不对' })).toBeVisible();
  await backup.restore(file, PASSWORD, body);
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible({ timeout: 60_000 });
  // The page reopens where it was (设置); the restored accounts ask for the same official's password.
  await signInAgain(page);
  await expect(new AppShell(page).township()).toHaveText('忠仁镇', { timeout: APP_START_TIMEOUT });
  await new AppShell(page).goTo('人民调解');
  await expect(new MediationList(page).rows()).toHaveCount(1);
  await expect(new MediationList(page).rows().first()).toContainText('王秀英（申请人）、赵德胜（被申请人）');
});

test('清空本机数据 on the error page asks for a confirmation, then starts this PC afresh with its first 管理员', async ({ official: page }) => {
  await recordCase(page, '刘桂兰', '陈国强', '承包地边界争议');
  await loseTheDataKey(page);
  const empty = page.getByRole('button', { name: '清空本机数据' });
  await expect(empty).toBeDisabled();
  await page.getByLabel('我明白本机尚未同步的记录会丢失').check();
  await empty.click();
  // A new PC again: its first screen asks for the first 管理员.
  await new AccountGate(page).expectFirstAdmin();
  await completeFirstRunSettings(page);
  await new AppShell(page).goTo('人民调解');
  await expect(new MediationList(page).rows()).toHaveCount(0);
});
