// 全县概览 (decision 026): two township PCs save records and sync, the county's PC shows each township's
// year against the plan's targets as saved, each PC's last sync and waiting count as reported, and a
// figure opens the records behind it. The county server is the test's own (county-server.ts).
import { test } from './county-server';
import { completeFirstRunSettings, expect } from './fixtures';
import { CUT_REQUEST, enroll, openDevice, openTownshipAndCounty, recordCase, type Device } from './devices';
import { AppShell } from './page-models/app-shell';
import { CountyOverview } from './page-models/county';
import { EnforcementList } from './page-models/enforcement';
import { MediationList } from './page-models/mediation';
import { OfficerList, registerOfficer } from './page-models/officers';
import { ReviewList } from './page-models/reviews';
import { StudyList } from './page-models/study';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';
import { addDays, todayInShanghai } from './test-data';

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
    // Every push the app makes asks for its own writes (?ownWrites=1, S53): the pattern takes the query too.
    await suidong.context.route('**/v1/collections/*/push?*', (route) => route.abort('connectionreset'));
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

test('the county sees a township’s 持证率 and 案卷评查 from the officers and case synced from its PC, follows them while open, and opens exactly those records', async ({ browser, countyServer }, testInfo) => {
  test.setTimeout(420_000);
  const { township: zhongren, county } = await openTownshipAndCounty(browser, testInfo, countyServer);
  try {
    const overview = new CountyOverview(county.page);
    await overview.open();
    // No township has an officer yet: no rate to show, never 0 % or NaN.
    await expect(overview.figure('忠仁镇', 'certifiedOfficerRate').getByTestId('figure-value')).toHaveText('无执法人员');
    await expect(overview.figure('绥东镇', 'certifiedOfficerRate').getByTestId('figure-value')).toHaveText('无执法人员');

    // 忠仁镇's PC: three officers on duty, the card of one ran out yesterday; a case handled by the other two.
    const yesterday = addDays(todayInShanghai(), -1);
    await registerOfficer(zhongren.page, { name: '钱晓东', certificateNumber: 'ZR2024001', issuedOn: '2024-03-01', expiresOn: '2029-02-28' });
    await registerOfficer(zhongren.page, { name: '周海峰', certificateNumber: 'ZR2025003', issuedOn: '2025-01-02', expiresOn: '2030-12-31' });
    await registerOfficer(zhongren.page, { name: '孙丽华', certificateNumber: 'ZR2020007', issuedOn: '2020-01-02', expiresOn: yesterday });
    await new AppShell(zhongren.page).goTo('行政执法');
    const form = await new EnforcementList(zhongren.page).startNewCase();
    await form.fill({ category: '行政检查', matter: '餐饮店消防通道检查', legalBasis: '《中华人民共和国消防法》第五十三条', partyName: '蒋春燕' });
    await form.addOfficer('钱晓东');
    await form.addOfficer('周海峰');
    const caseNumber = await (await form.saveCase()).caseNumber();
    await new SyncStatus(zhongren.page).expectText('已同步');

    // The county's page, open all along, follows the officers as they arrive: 2 of 3 valid today.
    const rate = overview.figure('忠仁镇', 'certifiedOfficerRate');
    await expect(rate.getByTestId('figure-value')).toHaveText('66.7%', { timeout: SYNC_TIMEOUT });
    await expect(rate).toContainText('未达标 · 在岗 3 人，执法证有效 2 人');
    await expect(overview.figure('全县', 'certifiedOfficerRate').getByTestId('figure-value')).toHaveText('66.7%');
    await expect(overview.figure('绥东镇', 'certifiedOfficerRate').getByTestId('figure-value')).toHaveText('无执法人员');
    await expect(overview.figure('忠仁镇', 'caseReviews').getByTestId('figure-value')).toHaveText('0');

    // The county reviews 忠仁镇's case file: it counts for 忠仁镇, the township whose case it is.
    await new AppShell(county.page).goTo('案卷评查');
    const review = await new ReviewList(county.page).startNewReview();
    await review.pickCase('蒋春燕', caseNumber);
    await review.fill({ reviewer: '郑评查', formScore: 18, contentScore: 72, findings: '文书齐全，送达回证缺少日期' });
    await review.saveReview();
    await overview.open();
    await expect(overview.figure('忠仁镇', 'caseReviews').getByTestId('figure-value')).toHaveText('1');
    await expect(overview.figure('忠仁镇', 'caseReviews')).toContainText('评查案卷 1 件，不合格 0 件');
    await expect(overview.figure('忠仁镇', 'caseReviews').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    await expect(overview.figure('绥东镇', 'caseReviews').getByTestId('figure-value')).toHaveText('0');
    await expect(overview.figure('全县', 'caseReviews').getByTestId('figure-value')).toHaveText('1');

    // Drill-down: 持证率 opens 忠仁镇's roster, 案卷评查 its reviews of the year, the 乡镇 filter set.
    await overview.figure('忠仁镇', 'certifiedOfficerRate').getByRole('link').click();
    await new OfficerList(county.page).expectRows(['孙丽华', '钱晓东', '周海峰']);
    await expect(county.page.getByRole('combobox', { name: '筛选' })).toHaveText('乡镇：忠仁镇');
    await expect(new OfficerList(county.page).row('孙丽华')).toContainText('已过期');
    await overview.open();
    await overview.figure('忠仁镇', 'caseReviews').getByRole('link').click();
    await new ReviewList(county.page).expectRows([caseNumber]);
    await expect(county.page.getByRole('combobox', { name: '筛选' })).toHaveText('乡镇：忠仁镇');

    // The review reaches the township whose case file it is.
    await new AppShell(zhongren.page).goTo('案卷评查');
    await expect(zhongren.page.getByRole('main').getByRole('row').filter({ hasText: '郑评查' })).toHaveCount(1, { timeout: SYNC_TIMEOUT });

    expect(zhongren.problems).toEqual([]);
    expect(county.problems.filter((line) => !CUT_REQUEST.test(line))).toEqual([]);
  } finally {
    await zhongren.context.close();
    await county.context.close();
  }
});
