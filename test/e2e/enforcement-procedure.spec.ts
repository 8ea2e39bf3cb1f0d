// Issue 7: the penalty procedure a 案卷评查 checks — no decision without 告知 (行政处罚法 art. 62), a
// requested hearing held before the decision and then 法制审核 (arts. 65, 58) — and warnings that stay
// where the official looks: on the case's page after the save, and after a reload.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { EnforcementList } from './page-models/enforcement';
import { newPenaltyCase } from './page-models/penalty-case';

test('[ENF_NOTICE_MISSING] a penalty decided without 告知 is refused citing art. 62; decided inside the hearing window it saves and the warning stays on the case page', async ({ official: page }) => {
  const form = await newPenaltyCase(page, '马九');
  await form.setStages({ 立案日期: '2026-09-01', 调查取证日期: '2026-09-08', 决定日期: '2026-09-30' });
  await form.saveExpectingRefusal(['未告知当事人', '不得作出行政处罚决定（行政处罚法第四十四条、第六十二条）']);
  await expect(form.textbox('当事人姓名')).toHaveValue('马九');

  // 告知 on Friday 09-25: the party may ask for a hearing until 10-09 (5 working days, National Day off).
  await form.setStages({ 告知日期: '2026-09-25' });
  const detail = await form.saveCase();
  await expect(detail.warnings()).toContainText('请留意');
  await expect(detail.warnings()).toContainText('五个工作日内');
  await expect(detail.warnings()).toContainText('第六十四条');
  await expect(detail.ruleErrors()).toHaveCount(0);

  const caseNumber = await detail.caseNumber();
  await new AppShell(page).reload();
  await expect(detail.heading()).toHaveText(/^执法案件 /);
  await expect(detail.warnings()).toContainText('五个工作日内');

  // The list marks the case too, with the count a screen reader hears and the messages on hover.
  await new AppShell(page).goTo('行政执法');
  const list = new EnforcementList(page);
  const marker = list.row(caseNumber).getByTestId('row-issues');
  await expect(marker).toHaveAccessibleName(/^\d+ 条提醒$/);
  await marker.hover();
  await expect(page.getByRole('tooltip')).toContainText('五个工作日内');
});

test('[ENF_HEARING_NOT_HELD] a hearing asked for must be held before the decision, and after it the decision needs 法制审核', async ({ official: page }) => {
  const form = await newPenaltyCase(page, '赵德胜');
  await form.setStages({ 立案日期: '2026-09-01', 告知日期: '2026-09-10', 申请听证日期: '2026-09-14', 决定日期: '2026-09-30' });
  await form.saveExpectingRefusal(['要求听证', '听证结束后才能作出决定（行政处罚法第六十二条、第六十五条）']);

  await form.setStages({ 听证日期: '2026-09-24' });
  await form.saveExpectingRefusal(['举行听证', '须在作出决定前经法制审核（行政处罚法第五十八条）']);
  await expect(form.issueSummary()).not.toContainText('听证结束后才能作出决定');

  await form.fillLegalReview({ reviewedOn: '2026-09-28', reviewer: '王法审', opinion: '同意' });
  const detail = await form.saveCase();
  await expect(detail.ruleErrors()).toHaveCount(0);
  await expect(detail.section('法定期限')).toBeVisible();
});
