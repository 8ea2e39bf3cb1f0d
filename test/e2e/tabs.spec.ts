// The web build open in two tabs of one browser profile (one database): only one tab, the elected
// leader, runs the replication. The other tab must still tell the truth about sync (what it records
// is sent by the leader), and when the leading tab closes, the remaining one takes over.
import { signInAgain } from './page-models/accounts';
import { test } from './county-server';
import { enroll, openDevice, openTab, recordCase } from './devices';
import { completeFirstRunSettings, expect } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { APP_START_TIMEOUT } from './page-models/controls';
import { MediationList } from './page-models/mediation';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';

test.describe.configure({ timeout: 300_000 });

test('a second tab shows sync truthfully while the first leads, and takes over syncing when the first tab closes', async ({ browser, countyServer }, testInfo) => {
  const pc = await openDevice(browser, testInfo);
  const other = await openDevice(browser, testInfo);
  try {
    // The first tab opens the database, enrolls and leads the replication.
    await completeFirstRunSettings(pc.page, '李文静', '忠仁镇');
    await enroll(pc.page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
    const second = await openTab(pc.context);
    await second.page.goto('/');
    // A session is one window's: the second tab asks who works in it.
    await signInAgain(second.page);
    await expect(second.page.getByRole('heading', { name: '工作台', level: 1 })).toBeVisible({ timeout: APP_START_TIMEOUT });
    const secondStatus = new SyncStatus(second.page);
    await secondStatus.expectText('已同步');

    // A case recorded in the second tab is sent by the first; the second tab says so.
    await recordCase(second.page, '刘桂兰', '陈国强', '承包地边界争议');
    const secondList = new MediationList(second.page);
    await new AppShell(second.page).goTo('人民调解');
    await expect(secondList.row('刘桂兰').getByTestId('record-sync-state')).toHaveText('已同步', { timeout: SYNC_TIMEOUT });
    await secondStatus.expectText('已同步');
    const firstList = new MediationList(pc.page);
    await new AppShell(pc.page).goTo('人民调解');
    await expect(firstList.row('刘桂兰').getByTestId('record-sync-state')).toHaveText('已同步', { timeout: SYNC_TIMEOUT });

    // The leading tab closes; the second takes over: its next case reaches the county server.
    await pc.page.close();
    await recordCase(second.page, '张淑芬', '周建华', '宅基地通道争议');
    await new AppShell(second.page).goTo('人民调解');
    for (const name of ['刘桂兰', '张淑芬']) await expect(secondList.row(name).getByTestId('record-sync-state')).toHaveText('已同步', { timeout: SYNC_TIMEOUT });
    await secondStatus.expectText('已同步');

    // Another PC of the township receives both.
    await completeFirstRunSettings(other.page, '王建国', '忠仁镇');
    await enroll(other.page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
    const otherShell = new AppShell(other.page);
    const otherList = new MediationList(other.page);
    await expect(async () => {
      await otherShell.goTo('工作台');
      await otherShell.goTo('人民调解');
      for (const name of ['刘桂兰', '张淑芬']) await expect(otherList.row(name)).toHaveCount(1, { timeout: 2_000 });
    }).toPass({ timeout: SYNC_TIMEOUT });
    await expect(otherList.rows()).toHaveCount(2);

    // And a change made on that PC reaches the remaining tab, which now runs the replication alone.
    await recordCase(other.page, '王秀英', '赵德胜', '院墙排水沟堵塞');
    await new SyncStatus(other.page).expectText('已同步');
    const secondShell = new AppShell(second.page);
    await expect(async () => {
      await secondShell.goTo('工作台');
      await secondShell.goTo('人民调解');
      await expect(secondList.row('王秀英')).toHaveCount(1, { timeout: 2_000 });
    }).toPass({ timeout: SYNC_TIMEOUT });
    await expect(secondList.row('王秀英').getByTestId('record-sync-state')).toHaveText('已同步', { timeout: SYNC_TIMEOUT });

    expect(pc.problems, 'first tab: console errors, page errors or CSP violations').toEqual([]);
    expect(second.problems, 'second tab: console errors, page errors or CSP violations').toEqual([]);
    expect(other.problems, 'other PC: console errors, page errors or CSP violations').toEqual([]);
  } finally {
    await pc.context.close();
    await other.context.close();
  }
});
