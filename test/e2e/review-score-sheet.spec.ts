// 案卷评查评分表 printed (issue 10 item 2, decision 023): the score sheet filled in the app prints on A4 with the case,
// every veto item, the form and content points against their maxima, the total and grade, the reviewer and the date.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { caseToReview, ReviewList } from './page-models/reviews';
import { todayInShanghai } from './test-data';

const squeeze = (text: string) => text.replace(/\s+/g, '');

test('a review prints its 评分表: the case, veto items, each section with its points, total, reviewer and date', async ({ official: page }) => {
  const today = todayInShanghai();
  const caseNumber = await caseToReview(page);
  const form = await new ReviewList(page).startNewReview();
  await form.pickCase('蒋春燕', caseNumber);
  await form.fill({ reviewer: '郑评查', formScore: 17, contentScore: 66, findings: '送达回证缺少日期' });
  await form.saveReview();

  await page.getByRole('main').getByRole('link', { name: '打印评分表' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: '行政执法案卷评查评分表', level: 1 })).toBeVisible();
  const file = test.info().outputPath('score-sheet.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = squeeze(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  const [year, month, day] = today.split('-').map(Number);

  expect(text).toContain(squeeze(`被评查案件 ${caseNumber}`));
  for (const veto of ['执法主体不合法', '主要证据不足', '适用法律依据错误', '违反法定程序', '执法人员少于两人']) expect(text).toContain(`${veto}☐无`);
  expect(text).toContain('案卷形式文书规范、一案一卷、目录页码、装订顺序2017');
  expect(text).toContain('案卷内容按扣分项逐项扣减，不出现负分8066');
  expect(text).toContain('总分等级：良好10083');
  expect(text).toContain('送达回证缺少日期');
  expect(text).toContain(`评查人：郑评查评查日期：${year}年${month}月${day}日`);
  // Nothing of the app around it is printed.
  expect(text).not.toContain('打印/另存为PDF');
  expect(text).not.toContain('返回评查记录');
});
