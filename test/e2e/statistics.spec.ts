// Issue 10 item 5: the statistics of a year whose records were made through the forms equal the figures this
// test counts itself from those records — on the page and in the exported .xlsx read back with exceljs.
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { choose } from './page-models/controls';
import { MediationList } from './page-models/mediation';
import { StudyList } from './page-models/study';
import { newPenaltyCase } from './page-models/penalty-case';
import { StatisticsPage } from './page-models/statistics';
import { todayInShanghai } from './test-data';

// Last year: every date below has passed whatever day the test runs.
const YEAR = Number(todayInShanghai().slice(0, 4)) - 1;
const on = (monthDay: string) => `${YEAR}-${monthDay}`;

interface CaseInput {
  applicant: string; respondent: string; disputeType: string; source: string; receivedOn: string;
  outcome: '调解成功' | '调解不成功' | '已受理'; amount?: number; escalation?: boolean;
}
const cases: CaseInput[] = [
  { applicant: '张桂芳', respondent: '王建国', disputeType: '邻里纠纷', source: '当事人申请', receivedOn: on('02-10'), outcome: '调解成功', amount: 5000, escalation: true },
  { applicant: '陈玉梅', respondent: '周建国', disputeType: '合同纠纷', source: '主动调解', receivedOn: on('02-20'), outcome: '调解不成功' },
  { applicant: '刘春燕', respondent: '赵德山', disputeType: '邻里纠纷', source: '公安移交', receivedOn: on('05-06'), outcome: '已受理' },
];
const sessions = [
  { kind: '会前学法', meetingName: '第3次政府常务会议', heldOn: on('03-10'), hours: 1.5, topic: '行政处罚法与人民调解法', laws: [['行政处罚', '中华人民共和国行政处罚法'], ['人民调解', '中华人民共和国人民调解法']], participants: ['王芳', '李强'] },
  { kind: '执法人员培训', meetingName: undefined, heldOn: on('06-12'), hours: 8, topic: '行政处罚程序培训', laws: [['行政处罚', '中华人民共和国行政处罚法']], participants: ['王芳', '赵敏'] },
] as const;
const penalties = [
  { party: '吴国栋', procedure: '简易程序', fine: 200, filedOn: on('04-01'), legalReview: false },
  { party: '孙海涛', procedure: '普通程序', fine: 5000, filedOn: on('07-01'), legalReview: true },
] as const;

async function recordMediation(page: Page, input: CaseInput): Promise<void> {
  await new AppShell(page).goTo('人民调解');
  const form = await new MediationList(page).startNewCase();
  await form.fillBasics({ disputeType: input.disputeType, summary: `${input.applicant}与${input.respondent}的纠纷`, receivedOn: input.receivedOn });
  await choose(form.basics(), '案件来源', input.source);
  await form.fillParty(1, { name: input.applicant, gender: '女' });
  await form.fillParty(2, { name: input.respondent, gender: '男' });
  await form.setMediator('孙立平');
  const closedOn = input.receivedOn.replace(/-(\d\d)$/, '-25');
  if (input.outcome !== '已受理') {
    await form.setStatus(input.outcome);
    await form.addSession({ date: closedOn, record: '双方陈述各自意见' });
    await form.setClosedOn(closedOn);
  }
  if (input.outcome === '调解成功') {
    await form.fillAgreement({ form: '书面协议', signedOn: closedOn, facts: '双方因通行发生争执', terms: '王建国赔偿损失', performanceMethod: '现金支付', performanceDeadline: on('12-01') });
    await form.agreement().getByRole('spinbutton', { name: '协议涉及金额（元）' }).fill(String(input.amount ?? 0));
  }
  if (input.outcome === '调解不成功') await form.textbox('结案说明').fill('未达成协议，已告知可向人民法院起诉');
  if (input.escalation) await form.markEscalation({ measures: '分别做思想工作', reportedOn: input.receivedOn, reportedTo: '忠仁派出所' });
  await form.saveCase();
}

async function recordStudy(page: Page, input: (typeof sessions)[number]): Promise<void> {
  await new AppShell(page).goTo('学法记录');
  const form = await new StudyList(page).startNewSession();
  await form.fill({ kind: input.kind, ...(input.meetingName ? { meetingName: input.meetingName } : {}), heldOn: input.heldOn, hours: input.hours, topic: input.topic, lecturer: '赵明律师' });
  for (const [typed, name] of input.laws) await form.addLaw(typed, name);
  for (const name of input.participants) await form.addParticipant(name);
  await form.saveSession();
}

async function recordPenalty(page: Page, input: (typeof penalties)[number], first: boolean): Promise<void> {
  const form = await newPenaltyCase(page, input.party, { registerOfficers: first });
  await choose(form.region('基本情况'), '程序类型', input.procedure);
  await form.fillDecision({ fineAmount: input.fine });
  const decidedOn = input.procedure === '简易程序' ? input.filedOn : input.filedOn.replace(/-01$/, '-20');
  await form.setStages({ 立案日期: input.filedOn, 告知日期: decidedOn, 决定日期: decidedOn });
  if (input.legalReview) {
    await form.fillLegalReview({ reviewedOn: decidedOn, reviewer: '法制审核员', opinion: '同意', qualification: '非初次从事法制审核' });
  }
  await form.saveCase();
}

// The figures, counted here from the lists above (no code of the app): label → what the page shows.
const count = <T>(items: readonly T[], keep: (item: T) => boolean) => items.filter(keep).length;
const money = (value: number) => value.toLocaleString('zh-CN');
const succeeded = count(cases, (each) => each.outcome === '调解成功');
const closed = count(cases, (each) => each.outcome !== '已受理');
const expected = {
  mediation: {
    '受理纠纷（件）': cases.length, '调解成功（件）': succeeded, '调解不成功（件）': count(cases, (each) => each.outcome === '调解不成功'),
    '尚未结案（件）': cases.length - closed, '协议涉及金额（元）': cases.reduce((sum, each) => sum + (each.amount ?? 0), 0),
    '防止民转刑（件）': count(cases, (each) => Boolean(each.escalation) && each.outcome === '调解成功'),
    '防止民转刑（人）': 2 * count(cases, (each) => Boolean(each.escalation) && each.outcome === '调解成功'),
  },
  // The app's default definition: succeeded ÷ closed (成功 + 不成功 + 终止).
  successRate: succeeded / closed,
  months: Array.from({ length: 12 }, (_, index) => {
    const received = count(cases, (each) => Number(each.receivedOn.slice(5, 7)) === index + 1);
    return [`${index + 1}月`, received === 0 ? '零上报' : received] as const;
  }),
  study: {
    '学法场次（次）': sessions.length, '学习法律法规（部）': new Set(sessions.flatMap((each) => each.laws.map(([, name]) => name))).size,
    '参学人数（人）': new Set(sessions.flatMap((each) => each.participants)).size, '参学人次（人次）': sessions.reduce((sum, each) => sum + each.participants.length, 0),
    '学习时长（小时）': sessions.reduce((sum, each) => sum + each.hours, 0),
  },
  enforcement: {
    '立案（件）': penalties.length, '简易程序（件）': count(penalties, (each) => each.procedure === '简易程序'), '普通程序（件）': count(penalties, (each) => each.procedure === '普通程序'),
    '给予行政处罚（件）': penalties.length, '法制审核（件）': count(penalties, (each) => each.legalReview), '听证（件）': 0,
    '罚款金额（元）': penalties.reduce((sum, each) => sum + each.fine, 0),
  },
};
const shownAs = (value: number | string) => (typeof value === 'number' ? money(value) : value);

test('the statistics of a year made through the forms equal the figures counted from those records, on the page and in the .xlsx', async ({ official: page }) => {
  test.setTimeout(360_000);
  for (const [index, each] of penalties.entries()) await recordPenalty(page, each, index === 0);
  for (const each of cases) await recordMediation(page, each);
  for (const each of sessions) await recordStudy(page, each);

  const statistics = new StatisticsPage(page);
  await statistics.open();
  await statistics.choosePeriod({ type: '年报', year: YEAR }, `忠仁镇 ${YEAR}年度`);
  expect(await statistics.columns('人民调解工作情况')).toEqual(['忠仁镇']);

  const mediation = await statistics.table('人民调解工作情况');
  for (const [label, value] of Object.entries(expected.mediation)) expect(mediation[label], label).toEqual([shownAs(value)]);
  expect(mediation['调解成功率']).toEqual([`${Math.round(expected.successRate * 1000) / 10}%`]);
  const types = await statistics.table('受理纠纷类型');
  for (const [label, cells] of Object.entries(types)) expect(cells, label).toEqual([String(count(cases, (each) => each.disputeType === label))]);
  expect(Object.keys(types)).toEqual(expect.arrayContaining(['邻里纠纷', '合同纠纷', '婚姻家庭纠纷', '物业纠纷']));
  const sources = await statistics.table('案件来源');
  for (const [label, cells] of Object.entries(sources)) expect(cells, label).toEqual([String(count(cases, (each) => each.source === label))]);
  const months = await statistics.table('各月受理纠纷（件）');
  expect(Object.entries(months)).toEqual(expected.months.map(([label, value]) => [label, [String(value)]]));
  const study = await statistics.table('学法工作情况');
  for (const [label, value] of Object.entries(expected.study)) expect(study[label], label).toEqual([shownAs(value)]);
  const enforcement = await statistics.table('行政执法工作情况');
  for (const [label, value] of Object.entries(expected.enforcement)) expect(enforcement[label], label).toEqual([shownAs(value)]);
  await expect(statistics.main.getByRole('figure', { name: '受理纠纷类型分布' }).locator('svg').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/statistics-year.png', fullPage: true });

  // The .xlsx holds the same figures as numbers (the rate as a fraction), 零上报 as text.
  const file = await statistics.exportXlsx();
  expect(file.name).toBe(`统计报表-忠仁镇-${YEAR}年度.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file.path);
  const sheetRows = (name: string) => {
    const sheet = workbook.getWorksheet(name);
    expect(sheet, name).toBeDefined();
    const rows = new Map<string, unknown>();
    sheet?.eachRow((row) => rows.set(row.getCell(1).text, row.getCell(2).value));
    return rows;
  };
  const mediationSheet = sheetRows('人民调解工作情况');
  expect(mediationSheet.get('项目')).toBe('忠仁镇');
  for (const [label, value] of Object.entries(expected.mediation)) expect(mediationSheet.get(label), label).toBe(value);
  expect(mediationSheet.get('调解成功率')).toBeCloseTo(expected.successRate);
  const monthSheet = sheetRows('各月受理纠纷（件）');
  for (const [label, value] of expected.months) expect(monthSheet.get(label), label).toBe(value);
  const studySheet = sheetRows('学法工作情况');
  for (const [label, value] of Object.entries(expected.study)) expect(studySheet.get(label), label).toBe(value);
  const enforcementSheet = sheetRows('行政执法工作情况');
  for (const [label, value] of Object.entries(expected.enforcement)) expect(enforcementSheet.get(label), label).toBe(value);
});

test('a month with no dispute is shown and exported as 零上报, not left out', async ({ official: page }) => {
  const statistics = new StatisticsPage(page);
  await statistics.open();
  await statistics.choosePeriod({ type: '月报', year: YEAR, index: '3月' }, `忠仁镇 ${YEAR}年3月`);
  await expect(statistics.main.getByText(`${YEAR}年3月未受理矛盾纠纷，按零上报报送。`)).toBeVisible();
  expect(await statistics.table('各月受理纠纷（件）')).toEqual({ '3月': ['零上报'] });
  expect((await statistics.table('人民调解工作情况'))['调解成功率']).toEqual(['—']);
  await page.screenshot({ path: '/tmp/statistics-zero.png', fullPage: true });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await statistics.exportXlsx()).path);
  expect(workbook.getWorksheet('各月受理纠纷（件）')?.getRow(3).values).toEqual([undefined, '3月', '零上报']);
});
