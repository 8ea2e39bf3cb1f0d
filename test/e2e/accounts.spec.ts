// Staff accounts on one shared PC (issue 11 item 1, decision 031), in Chromium with real IndexedDB and a
// county server of the test's own: the 管理员 adds a 调解员 and a 只读 official; the 调解员 records a case
// offline; after 退出登录 the 只读 official sees it waiting to sync, cannot save a case (the form says why)
// and reads in its history who made it; the 管理员 records another offline; online, the county receives each
// attributed to its maker.
// Wrong passwords lock an account with the wait in Chinese; the idle lock takes the records off the screen.
import type { Page } from '@playwright/test';
import { countyPull, test, type CountyServer } from './county-server';
import { enroll, openDevice, recordCase } from './devices';
import { completeFirstRunSettings, expect } from './fixtures';
import { AccountGate, AccountsAdmin, changeOwnPassword, signOut, TEST_PASSWORD } from './page-models/accounts';
import { AppShell } from './page-models/app-shell';
import { MediationDetail, MediationList } from './page-models/mediation';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';

test.describe.configure({ timeout: 300_000 });

test('two officials on one PC: each change is theirs, a 只读 official cannot save, switching user leaves waiting records alone', async ({ browser, countyServer }, testInfo) => {
  // A device of its own: going offline makes Chromium log the requests it cuts, which nothing else may.
  const pc = await openDevice(browser, testInfo);
  try {
    await twoOfficials(pc.page, countyServer);
    expect(pc.problems, 'console errors, page errors or CSP violations').toEqual([]);
  } finally {
    await pc.context.close();
  }
});

async function twoOfficials(page: Page, countyServer: CountyServer): Promise<void> {
  const pull = await countyPull(countyServer);
  await completeFirstRunSettings(page, '李文静', '忠仁镇');
  await enroll(page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
  const shell = new AppShell(page);
  const admin = new AccountsAdmin(page);
  await admin.open();
  await admin.add({ name: '王敏', login: 'wangmin', role: '调解员' });
  await admin.add({ name: '张强', login: 'zhangqiang', role: '只读' });
  await expect(admin.row('王敏')).toContainText('调解员');
  await expect(admin.row('张强')).toContainText('只读');
  await expect(admin.row('李文静')).toContainText('管理员');

  const gate = new AccountGate(page);
  await signOut(page);
  await gate.signIn('王敏（调解员）');
  // The password the 管理员 chose opens only the form for one of 王敏's own.
  await gate.setOwnPassword(TEST_PASSWORD, 'wangmin2027');
  await expect(page.getByRole('banner')).toContainText('经办人：王敏');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '账户管理' })).toHaveCount(0);

  const status = new SyncStatus(page);
  await page.context().setOffline(true);
  await status.expectText('离线');
  await recordCase(page, '王秀英', '赵德胜', '院墙排水沟堵塞');
  await status.expectText('离线 · 待同步 1 条');

  // Another official takes the PC: the waiting case stays waiting, untouched.
  await signOut(page);
  await expect(page.getByText('王秀英')).toHaveCount(0);
  await gate.signIn('张强（只读）');
  await gate.setOwnPassword(TEST_PASSWORD, 'zhangqiang2027');
  await expect(page.getByRole('banner')).toContainText('经办人：张强');
  await status.expectText('离线 · 待同步 1 条');
  const list = new MediationList(page);
  await shell.goTo('人民调解');
  await expect(list.row('王秀英').getByTestId('record-sync-state')).toHaveText('待同步');
  await list.row('王秀英').click();
  const detail = new MediationDetail(page);
  await expect(detail.heading()).toHaveText(/^调解案件 /);
  await detail.expectHistoryLine(/新建 · 王敏/);

  // The 只读 official may read but not save: the store refuses, and the form says why.
  await shell.goTo('人民调解');
  const form = await list.startNewCase();
  await form.fillBasics({ disputeType: '邻里纠纷', summary: '只读账户试图登记' });
  await form.fillParty(1, { name: '刘桂兰', gender: '女' });
  await form.fillParty(2, { name: '陈国强', gender: '男' });
  await form.setMediator('孙立平');
  await form.saveExpectingRefusal(['当前账户的角色是“只读”', '请由管理员调整账户角色']);

  // The 管理员 takes the PC, still offline, and records a case of their own.
  await signOut(page);
  await gate.signIn('李文静（管理员）');
  await expect(page.getByRole('banner')).toContainText('经办人：李文静');
  await recordCase(page, '刘桂兰', '陈国强', '承包地边界争议');
  await status.expectText('离线 · 待同步 2 条');

  // Back online, each case reaches the county as its maker's, whoever is signed in when it is sent.
  await page.context().setOffline(false);
  await status.expectText('已同步');
  await expect.poll(async () => (await pull('mediationCase')).map((doc) => [doc.summary, (doc.createdBy as { person: string }).person]).sort(),
    { timeout: SYNC_TIMEOUT }).toEqual([['承包地边界争议', '李文静'], ['院墙排水沟堵塞', '王敏']]);
}

test('five wrong passwords lock an account with the wait in Chinese; the 管理员 resets the password and the official gets in', async ({ official: page }) => {
  const admin = new AccountsAdmin(page);
  await admin.open();
  await admin.add({ name: '王敏', login: 'wangmin', role: '调解员' });
  await signOut(page);

  const gate = new AccountGate(page);
  await gate.signIn('王敏（调解员）', 'wrong2026');
  await expect(gate.alert()).toHaveText('密码不正确。再输错 4 次，账户将被暂时锁定。');
  for (const left of [3, 2, 1]) {
    await gate.signIn(undefined, 'wrong2026');
    await expect(gate.alert()).toHaveText(`密码不正确。再输错 ${left} 次，账户将被暂时锁定。`);
  }
  await gate.signIn(undefined, 'wrong2026');
  await expect(gate.alert()).toHaveText('密码连续输错 5 次，账户“王敏”已锁定，请 1 分钟后再试；忘记密码请找管理员重设。');
  await gate.signIn(undefined, TEST_PASSWORD);
  await expect(gate.alert()).toContainText('已锁定');

  // The 管理员 sees the lock and gives a temporary password, which also lifts it.
  await gate.signIn('李文静（管理员）');
  await admin.open();
  await expect(admin.row('王敏')).toContainText('锁定至');
  await admin.row('王敏').getByRole('button', { name: '重设 王敏 的密码' }).click();
  const dialog = page.getByRole('dialog', { name: '重设“王敏”的密码' });
  await dialog.getByLabel('临时密码', { exact: true }).fill('linshi2026');
  await dialog.getByLabel('确认密码', { exact: true }).fill('linshi2026');
  await dialog.getByRole('button', { name: '重设密码' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已为“王敏”重设密码' })).toBeVisible();
  await expect(admin.row('王敏')).toContainText('待本人设置密码');
  await signOut(page);
  await gate.signIn('王敏（调解员）', 'linshi2026');
  // The temporary password is the 管理员's: 王敏 replaces it before any record shows.
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await gate.setOwnPassword('linshi2026', 'wangmin2027');
  await expect(page.getByRole('banner')).toContainText('经办人：王敏');
});

test('修改密码: an official replaces their own password; a wrong current one is refused, and the old one no longer opens the PC', async ({ official: page }) => {
  let dialog = await changeOwnPassword(page, 'cuowu2026', 'lwj2027mima');
  await expect(dialog.getByRole('alert')).toHaveText('当前密码不正确。再输错 4 次，账户将被暂时锁定。');
  await dialog.getByRole('button', { name: '取消' }).click();
  dialog = await changeOwnPassword(page, TEST_PASSWORD, TEST_PASSWORD);
  await expect(dialog.getByText('新密码不能与当前密码相同')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  dialog = await changeOwnPassword(page, TEST_PASSWORD, 'lwj2027mima');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '密码已修改' })).toBeVisible();

  await signOut(page);
  const gate = new AccountGate(page);
  await gate.signIn(undefined, TEST_PASSWORD);
  await expect(gate.alert()).toHaveText('密码不正确。再输错 4 次，账户将被暂时锁定。');
  await gate.signIn(undefined, 'lwj2027mima');
  await expect(page.getByRole('banner')).toContainText('经办人：李文静');
});

test('after the idle time set in 账户管理 the screen locks: the case on it is gone until the password is typed', async ({ page }) => {
  await page.clock.install();
  await completeFirstRunSettings(page);
  const admin = new AccountsAdmin(page);
  await admin.open();
  const idle = page.getByRole('form', { name: '空闲锁定' });
  await idle.getByRole('textbox', { name: '无人使用多少分钟后锁定' }).fill('0');
  await idle.getByRole('button', { name: '保存' }).click();
  await expect(idle.getByRole('alert')).toHaveText('空闲锁定时间请填写 1 到 120 之间的整数（分钟）');
  await idle.getByRole('textbox', { name: '无人使用多少分钟后锁定' }).fill('2');
  await idle.getByRole('button', { name: '保存' }).click();
  await expect(idle.getByRole('status')).toHaveText('已保存：2 分钟无人使用后锁定。');

  await recordCase(page, '王秀英', '赵德胜', '院墙排水沟堵塞');
  await expect(page.getByRole('main')).toContainText('王秀英');
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('main')).toContainText('王秀英');
  await page.clock.fastForward('01:10');
  const gate = new AccountGate(page);
  await expect(gate.unlockForm).toBeVisible();
  await expect(page.getByText('王秀英')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await gate.unlockForm.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD);
  await gate.unlockForm.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('main')).toContainText('王秀英');
});
