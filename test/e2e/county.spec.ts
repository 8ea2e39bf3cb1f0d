// 全县概览 (decision 026): two township PCs save records and sync, the county's PC shows each township's
// year against the plan's targets as saved, each PC's last sync and waiting count as reported, and a
// figure opens the records behind it. The county server is the test's own (county-server.ts).
import { test } from './county-server';
import { completeFirstRunSettings, expect } from './fixtures';
import { CUT_REQUEST, enroll, openDevice, recordCase, type Device } from './devices';
import { AppShell } from './page-models/app-shell';
import { CountyOverview } from './page-models/county';
import { MediationList } from './page-models/mediation';
import { StudyList } from './page-models/study';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';

async function recordPreMeeting(device: Device): Promise<void> {
  await new AppShell(device.page).goTo('学法记录');
  const form = await new StudyList(device.page).startNewSession();
  await form.fill({ kind: '会前学法', meetingName: '第3次政府常务会议', lecturer: '赵明律师', hours: 1, topic: '行政处罚法与人民调解法' });
  await form.addLaw('行政处罚', '中华人民共和国行政处罚法');
  await form.addLaw('人民调解', '中华人民共和国人民调解法');
  await form.saveSession();
}

async function recordTraining(device: Device): Promise<void> {
  await new AppShell(device.page).goTo('学法记录');
  const form = await new StudyList(device.page).startNewSession();
  await form.fill({ kind: '执法人员培训', lecturer: '县司法局', hours: 4, topic: '行政执法三项制度培训' });
  await form.saveSession();
}

test('the county sees each township’s year against the plan, each PC’s last sync and waiting records, and opens the records behind a figure', async ({ browser, countyServer }, testInfo) => {
  test.setTimeout(540_000);
  const zhongren = await openDevice(browser, testInfo);
  const suidong = await openDevice(browser, testInfo);
  const county = await openDevice(browser, testInfo);
  try {
    // 忠仁镇: two cases received, none closed yet.
    await completeFirstRunSettings(zhongren.page, '李文静', '忠仁镇');
    await enroll(zhongren.page, await countyServer.issueCode({ township: 'zhongren' }), '乡镇', countyServer.url);
    await recordCase(zhongren.page, '张秀英', '李建国', '宅基地边界纠纷');
    await recordCase(zhongren.page, '王桂兰', '刘志强', '排水沟堵塞纠纷');
    await new SyncStatus(zhongren.page).expectText('已同步');

    // 绥东镇: a 会前学法 with two laws and a training, synced; then a case whose push does not get through.
    await completeFirstRunSettings(suidong.page, '王海', '绥东镇');
    await enroll(suidong.page, await countyServer.issueCode({ township: 'suidong' }), '乡镇', countyServer.url);
    await recordPreMeeting(suidong);
    await recordTraining(suidong);
    await new SyncStatus(suidong.page).expectText('已同步');
    await suidong.context.route('**/v1/collections/*/push', (route) => route.abort('connectionreset'));
    await recordCase(suidong.page, '陈淑珍', '周海涛', '借款纠纷');

    await completeFirstRunSettings(county.page, '赵县局', '绥滨镇');
    await enroll(county.page, await countyServer.issueCode('county'), '县司法局', countyServer.url);
    const overview = new CountyOverview(county.page);
    await overview.open();

    // Progress as saved: 忠仁镇 has no closed case (no rate), 2 received; 绥东镇 2 of 20 laws and 1 of 2 trainings.
    await expect(overview.figure('忠仁镇', 'mediationSuccessRate')).toContainText('—');
    await expect(overview.figure('忠仁镇', 'mediationSuccessRate')).toContainText('受理 2 件，成功 0 件');
    await expect(overview.figure('忠仁镇', 'lawsStudiedBeforeMeetings').getByTestId('figure-value')).toHaveText('0');
    await expect(overview.figure('绥东镇', 'lawsStudiedBeforeMeetings').getByTestId('figure-value')).toHaveText('2');
    await expect(overview.figure('绥东镇', 'lawsStudiedBeforeMeetings')).toContainText('目标 20');
    await expect(overview.figure('绥东镇', 'lawsStudiedBeforeMeetings').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '10');
    await expect(overview.figure('绥东镇', 'officerTrainings').getByTestId('figure-value')).toHaveText('1');
    await expect(overview.figure('绥东镇', 'officerTrainings').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    await expect(overview.figure('绥东镇', 'mediationSuccessRate')).toContainText('受理 0 件');
    await expect(overview.figure('全县', 'lawsStudiedBeforeMeetings').getByTestId('figure-value')).toHaveText('2');

    // Each PC: its township, last sync just now, waiting as it last reported, the app's version.
    await expect(async () => {
      await overview.refreshDevices();
      expect(await overview.device('忠仁镇')).toEqual(['忠仁镇电脑', '忠仁镇', expect.stringMatching(/^(刚刚|\d+ 分钟前)$/), '0 条', 'dev', '正常']);
      expect(await overview.device('绥东镇')).toEqual(['绥东镇电脑', '绥东镇', expect.stringMatching(/^(刚刚|\d+ 分钟前)$/), '1 条', 'dev', '正常']);
    }).toPass({ timeout: SYNC_TIMEOUT });
    await expect(overview.deviceRow('县司法局')).toHaveCount(1);

    // Drill-down: 忠仁镇's figure opens its cases of the year, the list's filters set to them.
    await overview.figure('忠仁镇', 'mediationSuccessRate').getByRole('link').click();
    // The list takes the filters from the address, then takes them off it (the hash router would carry them on).
    await expect(county.page).toHaveURL(/\/#\/mediation$/);
    const cases = new MediationList(county.page);
    await cases.expectRows(['王桂兰', '张秀英']);
    await expect(county.page.getByRole('combobox', { name: '筛选' })).toHaveText('乡镇：忠仁镇');
    await overview.open();
    await overview.figure('绥东镇', 'lawsStudiedBeforeMeetings').getByRole('link').click();
    await new StudyList(county.page).expectRows(['行政执法三项制度培训', '行政处罚法与人民调解法']);

    // Offline, the county still sees the progress (from its records) and the PCs as last fetched, with when.
    await overview.open();
    await county.context.setOffline(true);
    await overview.refreshDevices();
    await expect(county.page.getByTestId('devices-problem')).toContainText(/无法连接县服务器.*下面是 \d{4}年\d+月\d+日 \d{2}:\d{2} 获取的情况/);
    await expect(overview.deviceRow('忠仁镇')).toContainText('0 条');
    await expect(overview.figure('绥东镇', 'officerTrainings').getByTestId('figure-value')).toHaveText('1');
    await county.context.setOffline(false);

    expect(zhongren.problems).toEqual([]);
    expect(county.problems.filter((line) => !CUT_REQUEST.test(line))).toEqual([]);
  } finally {
    await zhongren.context.close();
    await suidong.context.close();
    await county.context.close();
  }
});
