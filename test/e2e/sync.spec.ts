// Sync end to end in Chromium against the real county server (started by playwright.config.ts):
// a township PC and the county bureau enroll through 设置; the township goes offline, records three
// mediation cases, and once the network is back they reach the county's list.
import { completeFirstRunSettings, expect, test } from './fixtures';
import { enroll, openDevice, recordCase } from './devices';
import { AppShell } from './page-models/app-shell';
import { MediationList } from './page-models/mediation';
import { SettingsPage } from './page-models/settings-page';
import { SyncSettings } from './page-models/sync-settings';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';
import { issueCode } from './sync-server';

test.describe.configure({ timeout: 360_000 });

test('three cases recorded offline on a township PC reach the county once the network returns', async ({ browser }, testInfo) => {
  const [townshipCode, countyCode] = [await issueCode({ township: 'zhongren' }), await issueCode('county')];
  const township = await openDevice(browser, testInfo);
  const county = await openDevice(browser, testInfo);
  try {
    await completeFirstRunSettings(township.page, '李文静', '忠仁镇');
    await new SyncStatus(township.page).expectText('未登记');
    await enroll(township.page, townshipCode, '乡镇');
    await expect(new SyncSettings(township.page).enrollmentValue('乡镇')).toHaveText('忠仁镇');

    await completeFirstRunSettings(county.page, '赵县局', '绥滨镇');
    await enroll(county.page, countyCode, '县司法局');
    // The county code alone made it the county's PC: 设置 shows its kind, with no menu to pick one.
    await expect(new SettingsPage(county.page).kindField()).toHaveValue('县司法局');
    await expect(county.page.getByRole('combobox', { name: /角色/ })).toHaveCount(0);

    const status = new SyncStatus(township.page);
    await township.context.setOffline(true);
    await status.expectText('离线');
    await recordCase(township.page, '王秀英', '赵德胜', '院墙排水沟堵塞');
    await recordCase(township.page, '刘桂兰', '陈国强', '承包地边界争议');
    await recordCase(township.page, '张淑芬', '周建华', '宅基地通道争议');
    // The three cases wait, each marked in the list, and the chip counts them (not their 修改记录 entries).
    await status.expectText('离线 · 待同步 3 条');
    const list = new MediationList(township.page);
    await new AppShell(township.page).goTo('人民调解');
    await expect(list.rows()).toHaveCount(3);
    for (const name of ['王秀英', '刘桂兰', '张淑芬']) await expect(list.row(name).getByTestId('record-sync-state')).toHaveText('待同步');

    // The county has its 人民调解 list open meanwhile: nothing yet.
    const countyList = new MediationList(county.page);
    await new AppShell(county.page).goTo('人民调解');
    await expect(county.page.getByText('没有符合条件的调解案件')).toBeVisible();

    await township.context.setOffline(false);
    await status.expectText('已同步');
    await expect(status.chip).toBeVisible();
    for (const name of ['王秀英', '刘桂兰', '张淑芬']) await expect(list.row(name).getByTestId('record-sync-state')).toHaveText('已同步', { timeout: SYNC_TIMEOUT });
    const panel = await status.open();
    await expect(panel.getByTestId('sync-last-synced')).toContainText(/上次同步：\d{4}年/);
    await status.close();

    // The county's open list shows them as they arrive, without leaving the page, with real case numbers.
    for (const name of ['王秀英', '刘桂兰', '张淑芬']) await expect(countyList.row(name)).toHaveCount(1, { timeout: SYNC_TIMEOUT });
    await expect(countyList.rows().filter({ hasText: '临' })).toHaveCount(0);
    await expect(countyList.rows().filter({ hasText: /〔\d{4}〕忠仁调字第\d+号/ })).toHaveCount(3);
    await expect(countyList.rows()).toHaveCount(3);
    await new SyncStatus(county.page).expectText('已同步');

    expect(township.problems, 'township: console errors, page errors or CSP violations').toEqual([]);
    expect(county.problems, 'county: console errors, page errors or CSP violations').toEqual([]);
  } finally {
    await township.context.close();
    await county.context.close();
  }
});
