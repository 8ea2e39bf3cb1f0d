// Issue 10 item 4: an office's own Excel 台账 (人民调解, and 学法 at the end) with 3 bad rows is checked row by row (row numbers and reasons
// in Chinese) and nothing is written; on request only the good rows are imported; the same file imported
// again adds nothing.
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MediationList } from './page-models/mediation';
import { StudyDetail, StudyList } from './page-models/study';
import { addDays, todayInShanghai } from './test-data';

test('an Excel 台账 with 3 bad rows reports exactly those and writes nothing; then imports the good rows on request, and never twice', async ({ official: page }, testInfo) => {
  const today = todayInShanghai();
  const day = (back: number) => new Date(`${addDays(today, -back)}T00:00:00Z`);
  // The office's own layout: its headers, a 序号 column and a 备注 column the app has no field for.
  const rows: (string | number | Date)[][] = [
    [1, day(30), '邻里纠纷', '马春兰', '孙建国', '排水沟堵塞，雨水倒灌', '孙立平', ''],
    [2, day(28), '婚姻家庭纠纷', '周玉梅', '吴国庆', '赡养老人费用分担', '孙立平、李敏', ''],
    [3, '2026年13月1日', '邻里纠纷', '高志刚', '刘芳', '院墙越界', '孙立平', '日期写错'],
    [4, day(25), '合同纠纷', '郑海波', '冯丽', '承包费拖欠', '李敏', ''],
    [5, day(24), '邻里纠纷', '', '何军', '占道堆放柴草', '孙立平', '缺申请人'],
    [6, day(20), '山林土地纠纷', '钱玉珍', '韩冬', '林地界址不清', '李敏', ''],
    [7, day(18), '宅基地纠纷', '陈志远', '杨秀英', '宅基地界址', '孙立平', '类型不在目录'],
    [8, day(15), '物业纠纷', '罗建华', '石磊', '物业费争议', '李敏', ''],
  ];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('调解台账');
  sheet.addRow(['序号', '受理日期', '纠纷类型', '申请人', '被申请人', '纠纷简要情况', '调解员', '备注']);
  for (const row of rows) sheet.addRow(row);
  const file = testInfo.outputPath('忠仁镇调解台账.xlsx');
  await workbook.xlsx.writeFile(file);

  const shell = new AppShell(page);
  const list = new MediationList(page);
  await shell.goTo('人民调解');
  await list.expectEmpty();

  // First try: the dry run names exactly the three bad rows (Excel rows 4, 6 and 8) and the official cancels.
  let dialog = await list.importExcel(file);
  await expect(dialog.getByLabel('检查结果')).toHaveText('可导入 5 条；已在台账中或在文件中重复 0 条（不会重复导入）；有问题 3 行。');
  const bad = dialog.getByRole('table', { name: '有问题的行' }).locator('tbody tr');
  await expect(bad).toHaveCount(3);
  await expect(bad.nth(0)).toHaveText('第 4 行受理日期“2026年13月1日”不是日期（应写作 2026-03-05 或 2026年3月5日）');
  await expect(bad.nth(1)).toHaveText('第 6 行缺少申请人');
  await expect(bad.nth(2)).toHaveText('第 8 行纠纷类型“宅基地纠纷”不在基础数据的纠纷类型中');
  await expect(dialog.getByRole('button', { name: /^导入 \d+ 条$/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await shell.goTo('工作台');
  await shell.goTo('人民调解');
  await list.expectEmpty();

  // Second: the official chooses to import the good rows only.
  dialog = await list.importExcel(file);
  await dialog.getByRole('button', { name: '只导入没有问题的 5 条' }).click();
  await expect(page.getByText('已导入 5 条记录。')).toBeVisible();
  await list.expectRows(['罗建华', '钱玉珍', '郑海波', '周玉梅', '马春兰']);
  await expect(list.row('周玉梅')).toContainText('婚姻家庭纠纷');

  // Third: the same file again finds every good row already in the ledger and offers nothing to import.
  dialog = await list.importExcel(file);
  await expect(dialog.getByLabel('检查结果')).toHaveText('可导入 0 条；已在台账中或在文件中重复 5 条（不会重复导入）；有问题 3 行。');
  await expect(dialog.getByRole('button', { name: /导入.*条/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: '取消' }).click();
  await shell.goTo('工作台');
  await shell.goTo('人民调解');
  await list.expectRows(['罗建华', '钱玉珍', '郑海波', '周玉梅', '马春兰']);
});

test('a long import shows its progress and can be stopped: the records saved are whole, and the same file again adds only the rest', async ({ official: page }, testInfo) => {
  const today = todayInShanghai();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('调解台账');
  sheet.addRow(['受理日期', '纠纷类型', '申请人', '被申请人', '纠纷简要情况', '调解员']);
  const count = 400;
  for (let index = 0; index < count; index += 1) {
    sheet.addRow([new Date(`${addDays(today, -(index % 300))}T00:00:00Z`), '邻里纠纷', `申请人${String(index)}`, `被申请人${String(index)}`, `第${String(index)}号纠纷`, '孙立平']);
  }
  const file = testInfo.outputPath('历年调解台账.xlsx');
  await workbook.xlsx.writeFile(file);

  const shell = new AppShell(page);
  const list = new MediationList(page);
  await shell.goTo('人民调解');
  const dialog = await list.importExcel(file);
  await expect(dialog.getByLabel('检查结果')).toHaveText(`可导入 ${String(count)} 条；已在台账中或在文件中重复 0 条（不会重复导入）；有问题 0 行。`);
  await dialog.getByRole('button', { name: /^导入 \d+ 条$/ }).click();
  // Saving has begun: the official sees how far it got and stops the rest (the batch being saved finishes).
  await expect(dialog.getByText(/^正在导入：已保存 \d+ \/ 400 条$/)).toBeVisible();
  await dialog.getByRole('button', { name: '停止导入' }).click();
  const stopped = page.getByText(/^已停止导入：已导入 \d+ 条，其余 \d+ 条未导入。再次导入同一文件将只导入其余的记录。$/);
  await expect(stopped).toBeVisible({ timeout: 60_000 });
  const [, saved, rest] = /已导入 (\d+) 条，其余 (\d+) 条/.exec(await stopped.innerText()) ?? [];
  expect(Number(saved) + Number(rest)).toBe(count);
  expect(Number(saved)).toBeGreaterThanOrEqual(100);
  expect(Number(saved)).toBeLessThan(count);

  // The same file again: what was saved is recognised, only the rest is offered.
  const again = await list.importExcel(file);
  await expect(again.getByLabel('检查结果')).toHaveText(`可导入 ${rest} 条；已在台账中或在文件中重复 ${saved} 条（不会重复导入）；有问题 0 行。`);
  await again.getByRole('button', { name: `导入 ${rest} 条` }).click();
  await expect(page.getByText(`已导入 ${rest} 条记录，${saved} 条已在台账中，未重复导入。`)).toBeVisible({ timeout: 120_000 });
});

test('a 学法台账 imports with its laws and participants read from one cell each; a law not in the catalogue is named', async ({ official: page }, testInfo) => {
  const today = todayInShanghai();
  const day = (back: number) => new Date(`${addDays(today, -back)}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学法台账');
  sheet.addRow(['序号', '日期', '形式', '会议名称', '学习主题', '所学法律', '主讲人', '学时', '参学人员']);
  sheet.addRow([1, day(40), '会前学法', '第8次镇政府常务会议', '学习行政处罚法总则', '《行政处罚法》', '赵明律师', 1, '王立新、李春梅']);
  sheet.addRow([2, day(20), '干部集中学法', '', '民法典婚姻家庭编', '《中华人民共和国民法典》、《宪法》', '孙立平', 2.5, '王立新、李春梅、张国华']);
  sheet.addRow([3, day(10), '会前学法', '第9次镇政府常务会议', '学习村规民约', '《忠仁村村规民约》', '赵明律师', 1, '王立新']);
  const file = testInfo.outputPath('忠仁镇学法台账.xlsx');
  await workbook.xlsx.writeFile(file);

  const shell = new AppShell(page);
  const list = new StudyList(page);
  await shell.goTo('学法记录');
  await list.expectEmpty();
  let dialog = await list.importExcel(file);
  await expect(dialog.getByLabel('检查结果')).toHaveText('可导入 2 条；已在台账中或在文件中重复 0 条（不会重复导入）；有问题 1 行。');
  await expect(dialog.getByRole('table', { name: '有问题的行' }).locator('tbody tr')).toHaveText(['第 4 行法律法规“《忠仁村村规民约》”不在基础数据的法律法规目录中']);
  await dialog.getByRole('button', { name: '只导入没有问题的 2 条' }).click();
  await expect(page.getByText('已导入 2 条记录。')).toBeVisible();
  await list.expectRows(['民法典婚姻家庭编', '学习行政处罚法总则']);

  // The session reads as if typed: its laws by name from the catalogue, its three participants.
  await list.open('民法典婚姻家庭编');
  const detail = new StudyDetail(page);
  await expect(detail.main).toContainText('中华人民共和国民法典');
  await expect(detail.main).toContainText('中华人民共和国宪法');
  await expect(detail.main).toContainText('张国华');

  await shell.goTo('学法记录');
  dialog = await list.importExcel(file);
  await expect(dialog.getByLabel('检查结果')).toHaveText('可导入 0 条；已在台账中或在文件中重复 2 条（不会重复导入）；有问题 1 行。');
});
