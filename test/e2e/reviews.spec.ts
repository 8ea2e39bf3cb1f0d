// 案卷评查: a score sheet for an enforcement case file, found again, corrected, with its history.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { caseToReview, ReviewDetail, ReviewList } from './page-models/reviews';
import { todayInShanghai } from './test-data';

test('a case file review scores an enforcement case, is found by search and by date range, corrected, and still there after a reload', async ({ official: page }) => {
  const today = todayInShanghai();
  const caseNumber = await caseToReview(page);
  const shell = new AppShell(page);
  const list = new ReviewList(page);
  const form = await list.startNewReview();
  await form.pickCase('蒋春燕', caseNumber);
  await form.fill({ reviewer: '郑评查', formScore: 18, contentScore: 72, findings: '文书齐全，送达回证缺少日期' });
  await expect(form.score()).toContainText('90');
  await expect(form.score()).toContainText('优秀');
  const detail = await form.saveReview();
  await expect(detail.heading()).toHaveText(`案卷评查 ${caseNumber}`);

  await shell.goTo('案卷评查');
  await list.expectRows([caseNumber]);
  await list.search('郑评查');
  await list.expectRows([caseNumber]);
  await list.search('不存在的单位');
  await list.expectEmpty();
  await list.search('');
  await list.reviewedBetween('2025-01-01', '2025-12-31');
  await list.expectEmpty();
  await list.reviewedBetween(today, today);
  await list.expectRows([caseNumber]);

  await list.open(caseNumber);
  const edit = await new ReviewDetail(page).edit();
  await edit.fill({ contentScore: 60 });
  await expect(edit.score()).toContainText('78');
  const corrected = await edit.saveReview();
  await expect(corrected.main).toContainText('78 分');
  await corrected.expectHistoryLine('案卷内容得分：72 → 60');

  await shell.reload();
  await expect(corrected.heading()).toHaveText(`案卷评查 ${caseNumber}`);
  await corrected.expectHistoryLine('案卷内容得分：72 → 60');
  await shell.goTo('案卷评查');
  await list.expectRows(['78']);
});

test('a review with a veto item but no findings and a form score over 20 is refused in Chinese and nothing typed is lost', async ({ official: page }) => {
  await new AppShell(page).goTo('案卷评查');
  const list = new ReviewList(page);
  const form = await list.startNewReview();
  await form.fill({ reviewer: '郑评查', vetoItems: ['执法人员少于两人'], formScore: 25, contentScore: 70 });
  await form.saveExpectingRefusal(['存在否决项的案卷判为不合格，请在评查意见中写明具体问题', '应在0到20分之间，现为25']);
  await expect(form.textbox('评查人')).toHaveValue('郑评查');
  await expect(form.form.getByRole('checkbox', { name: '执法人员少于两人' })).toBeChecked();
  await expect(form.form.getByRole('spinbutton', { name: '案卷形式得分' })).toHaveValue('25');

  await new AppShell(page).goTo('案卷评查');
  await list.expectEmpty();
});
