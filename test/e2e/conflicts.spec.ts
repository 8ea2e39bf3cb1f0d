// Issue 3's promise in Chromium, with two township PCs of 忠仁镇 on one county server: the same case
// edited offline on both — different fields merge on both PCs; the same field collides, the PC whose
// push came second lists it in 冲突处理 with both values, the official's choice reaches both PCs,
// and nothing else is lost. Issue 13 ([C12]): the collision shows on both PCs and at the county
// (which may look, not choose) until it is resolved, and the resolution closes it everywhere.
import type { Page } from '@playwright/test';
import { test, type CountyServer } from './county-server';
import { enroll, openCase, openDevice, recordCase, type Device } from './devices';
import { completeFirstRunSettings, expect } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ConflictsPage } from './page-models/conflicts';
import { MediationDetail, MediationList } from './page-models/mediation';
import { SYNC_TIMEOUT, SyncStatus } from './page-models/sync-status';

const APPLICANT = '王秀英';

test.describe.configure({ timeout: 300_000 });

async function enrolledPc(device: Device, server: CountyServer, operator: string, deviceName: string): Promise<void> {
  await completeFirstRunSettings(device.page, operator, '忠仁镇');
  await enroll(device.page, await server.issueCode({ township: 'zhongren' }), '乡镇', server.url, deviceName);
}

/** 修改 on the case's detail page: one basic text field set, saved; back on the detail page. */
async function editCase(page: Page, field: '纠纷简要情况' | '申请事项', value: string): Promise<void> {
  const form = await (await openCase(page, APPLICANT)).edit();
  await form.textbox(field, form.basics()).fill(value);
  const detail = await form.saveCase();
  await expect(detail.value(field)).toHaveText(value);
}

/** Opens the case until it shows every `values` (pulled edits arrive in their own time). */
async function expectCase(page: Page, values: Partial<Record<'纠纷简要情况' | '申请事项', string>>): Promise<MediationDetail> {
  return openCase(page, APPLICANT, async (detail) => {
    for (const [label, text] of Object.entries(values)) await expect(detail.value(label)).toHaveText(text, { timeout: 2_000 });
  });
}

test('the same case edited offline on two PCs: different fields merge, the same field is chosen in 冲突处理, nothing disappears', async ({ browser, countyServer }, testInfo) => {
  const a = await openDevice(browser, testInfo);
  const b = await openDevice(browser, testInfo);
  const county = await openDevice(browser, testInfo);
  try {
    await enrolledPc(a, countyServer, '李文静', '忠仁镇电脑-甲');
    await enrolledPc(b, countyServer, '王建国', '忠仁镇电脑-乙');
    await completeFirstRunSettings(county.page, '赵县局', '绥滨镇');
    await enroll(county.page, await countyServer.issueCode('county'), '县司法局', countyServer.url);
    const [statusA, statusB] = [new SyncStatus(a.page), new SyncStatus(b.page)];

    // PC A records the case online; PC B receives it.
    await recordCase(a.page, APPLICANT, '赵德胜', '院墙排水沟堵塞');
    const caseNumber = await new MediationDetail(a.page).caseNumber();
    await statusA.expectText('已同步');
    await expectCase(b.page, { 纠纷简要情况: '院墙排水沟堵塞' });
    await expect(new MediationDetail(b.page).heading()).toHaveText(`调解案件 ${caseNumber}`);

    // Offline, each PC changes a different field; A's push lands first, B's is merged with it.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await statusA.expectText('离线');
    await statusB.expectText('离线');
    await editCase(a.page, '纠纷简要情况', '院墙排水沟堵塞，雨水倒灌进赵家院子');
    await editCase(b.page, '申请事项', '请求赵德胜疏通排水沟');
    await statusA.expectText('离线 · 待同步 1 条');
    await statusB.expectText('离线 · 待同步 1 条');
    await a.context.setOffline(false);
    await statusA.expectText('已同步');
    await b.context.setOffline(false);
    await statusB.expectText('已同步');
    const merged = { 纠纷简要情况: '院墙排水沟堵塞，雨水倒灌进赵家院子', 申请事项: '请求赵德胜疏通排水沟' };
    await expectCase(b.page, merged);
    await expectCase(a.page, merged);
    for (const pc of [a, b]) await expect(new AppShell(pc.page).conflictsBadge()).toHaveCount(0);

    // Offline again, both change the summary differently: A's push lands first, so B's collides.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await statusA.expectText('离线');
    await statusB.expectText('离线');
    await editCase(a.page, '纠纷简要情况', '排水沟已由赵德胜疏通');
    await editCase(b.page, '纠纷简要情况', '双方同意共同出资疏通排水沟');
    await a.context.setOffline(false);
    await statusA.expectText('已同步');
    await b.context.setOffline(false);
    await statusB.expectText('已同步 · 冲突 1');
    const shellB = new AppShell(b.page);
    await expect(shellB.conflictsBadge()).toHaveText('1');
    // Until chosen, B shows the server's value; its own is kept in 冲突处理, not dropped.
    await expectCase(b.page, { 纠纷简要情况: '排水沟已由赵德胜疏通', 申请事项: '请求赵德胜疏通排水沟' });
    await shellB.goTo('人民调解');
    await expect(new MediationList(b.page).row(APPLICANT).getByTestId('record-sync-state')).toHaveText('有冲突');

    // [C12] PC A and the county see the same collision, naming PC B; the county cannot choose.
    for (const seer of [a, county]) {
      const shell = new AppShell(seer.page);
      await expect(shell.conflictsBadge()).toHaveText('1', { timeout: SYNC_TIMEOUT });
      await shell.goTo('冲突处理');
      const list = new ConflictsPage(seer.page);
      await expect(list.rows()).toHaveCount(1);
      await expect(list.rows().first()).toContainText('另一台电脑“忠仁镇电脑-乙”');
      await list.open(caseNumber);
      await expect(list.value('纠纷简要情况', '另一台电脑“忠仁镇电脑-乙”')).toContainText('双方同意共同出资疏通排水沟');
      await expect(list.value('纠纷简要情况', '服务器')).toContainText('排水沟已由赵德胜疏通');
    }
    await expect(new ConflictsPage(a.page).saveButton()).toBeVisible();
    await expect(new ConflictsPage(county.page).note()).toContainText('由乡镇的电脑选择');
    await expect(new ConflictsPage(county.page).saveButton()).toHaveCount(0);
    await county.page.screenshot({ path: testInfo.outputPath('county-conflict.png'), fullPage: true });

    await shellB.goTo('冲突处理');
    const conflicts = new ConflictsPage(b.page);
    await expect(conflicts.rows()).toHaveCount(1);
    await expect(conflicts.rows().first()).toContainText('人民调解');
    await expect(conflicts.rows().first()).toContainText('纠纷简要情况');
    await conflicts.open(caseNumber);
    await expect(conflicts.value('纠纷简要情况', '本机')).toContainText('双方同意共同出资疏通排水沟');
    await expect(conflicts.value('纠纷简要情况', '服务器')).toContainText('排水沟已由赵德胜疏通');
    await expect(conflicts.main.getByRole('region')).toHaveCount(1);
    await conflicts.choose('纠纷简要情况', '本机');
    await conflicts.save();
    await b.page.getByRole('button', { name: '返回冲突列表' }).click();
    await expect(conflicts.emptyNotice()).toBeVisible();
    await expect(shellB.conflictsBadge()).toHaveCount(0);
    await statusB.expectText('已同步');

    // Both PCs end on the chosen value, with B's merged 申请事项 and the parties as they were.
    const chosen = { 纠纷简要情况: '双方同意共同出资疏通排水沟', 申请事项: '请求赵德胜疏通排水沟' };
    for (const pc of [a, b]) {
      const detail = await expectCase(pc.page, chosen);
      await expect(detail.heading()).toHaveText(`调解案件 ${caseNumber}`);
      await expect(detail.main).toContainText('赵德胜');
      await expect(detail.value('调解员')).toHaveText('孙立平');
      await new AppShell(pc.page).goTo('人民调解');
      await expect(new MediationList(pc.page).rows()).toHaveCount(1);
      await expect(new MediationList(pc.page).row(APPLICANT).getByTestId('record-sync-state')).toHaveText('已同步', { timeout: SYNC_TIMEOUT });
      await new AppShell(pc.page).goTo('冲突处理');
      await expect(new ConflictsPage(pc.page).emptyNotice()).toBeVisible();
    }
    await statusA.expectText('已同步');
    // The resolution reached the county too: nothing left to see there.
    await expect(new AppShell(county.page).conflictsBadge()).toHaveCount(0, { timeout: SYNC_TIMEOUT });
    await new AppShell(county.page).goTo('冲突处理');
    await expect(new ConflictsPage(county.page).emptyNotice()).toBeVisible();

    expect(a.problems, 'PC A: console errors, page errors or CSP violations').toEqual([]);
    expect(b.problems, 'PC B: console errors, page errors or CSP violations').toEqual([]);
    expect(county.problems, 'county PC: console errors, page errors or CSP violations').toEqual([]);
  } finally {
    await a.context.close();
    await b.context.close();
    await county.context.close();
  }
});
