// Issue 7 item 3: a warning is seen on 工作台 and on the record, and an official can answer for it —
// 确认知悉 with a reason, kept in 修改记录 under their name — after which it no longer counts as open.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { Dashboard } from './page-models/dashboard';
import { MediationList } from './page-models/mediation';

test('[ACK_REASON_MISSING] a warning is counted on 工作台, acknowledged with a reason on the case page, kept in history, and no longer counted', async ({ official: page }) => {
  const shell = new AppShell(page);
  await shell.goTo('人民调解');
  const form = await new MediationList(page).startNewCase();
  await form.fillBasics({ disputeType: '邻里纠纷', summary: '宅基地边界争议' });
  await form.fillParty(1, { name: '王秀英', gender: '女' });
  await form.fillParty(2, { name: '赵德胜', gender: '男' });
  await form.setMediator('孙立平');
  await form.setStatus('调解中');
  // 权利义务告知 given today, so the one warning left is the missing session record.
  const now = new Date();
  await form.setRightsNoticeGiven(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
  const detail = await form.saveCase();
  await expect(detail.warnings()).toContainText('尚无调解记录');

  await shell.goTo('工作台');
  const dashboard = new Dashboard(page);
  await expect(dashboard.warningCounts()).toContainText('人民调解：1 条有未确认的提醒');

  await page.goBack();
  const dialog = await detail.askToAcknowledge('尚无调解记录');
  await dialog.getByRole('button', { name: '确认知悉' }).click();
  await expect(dialog).toContainText('请写明为什么这条提醒可以不处理');
  await dialog.getByRole('textbox', { name: '确认理由' }).fill('当事人外出务工，待其返乡后再约调解');
  await dialog.getByRole('button', { name: '确认知悉' }).click();
  await expect(dialog).toBeHidden();

  await expect(detail.warnings()).toHaveCount(0);
  await expect(detail.acknowledged()).toContainText('尚无调解记录');
  await expect(detail.acknowledged()).toContainText('李文静');
  await expect(detail.acknowledged()).toContainText('当事人外出务工，待其返乡后再约调解');
  await detail.expectHistoryLine(/^确认知悉 · 李文静 · /);
  await detail.expectHistoryLine(/当事人外出务工/);

  await shell.reload();
  await expect(detail.acknowledged()).toContainText('当事人外出务工');
  await shell.goTo('工作台');
  await expect(dashboard.warningCounts()).toContainText('各台账最近的记录都没有未处理的提醒');
});
