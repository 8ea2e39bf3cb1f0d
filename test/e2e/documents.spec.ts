// 文书 (issue 10 item 1): a case made through the UI downloads its 调解协议书 / 行政处罚决定书 as .docx holding the
// record's words and the signature and seal blocks; the print view of the same document, saved as PDF, has the
// same text; a case lacking 履行期限 is refused with the list of what is missing, in Chinese.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import PizZip from 'pizzip';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { choose } from './page-models/controls';
import { DocumentsMenu } from './page-models/documents';
import { recordMediationCase } from './page-models/mediation';
import { newPenaltyCase } from './page-models/penalty-case';
import { StudyDetail, StudyList } from './page-models/study';
import { addDays, idNumber, mobile, todayInShanghai } from './test-data';

/** The text of a .docx as Word shows it: word/document.xml without its tags, one line per paragraph. */
function docxText(bytes: Buffer): string {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

/** The print view saved as PDF (A4, the page's own @page size and margins), read back with pdftotext. */
async function printViewPdfText(page: Page, name: string): Promise<string> {
  const pdf = test.info().outputPath(`${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** pdftotext -layout spreads a line over columns; compare without the spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('a mediation case mediated to success downloads its 调解协议书 and prints the same paper', async ({ official: page }) => {
  const today = todayInShanghai();
  const deadline = addDays(today, 30);
  const [year, month, day] = deadline.split('-').map(Number);
  const deadlineText = `${year}年${month}月${day}日前`;
  const terms = '以旧界桩为界，张桂芳拆除越界围墙一米，欧阳明轩承担拆除费用八百元';

  // Saved without 履行期限 the case is refused by the rules (人民调解法 art. 29), so it has one; the refusal of the
  // document itself is tested below on a case whose agreement is still being drafted.
  await recordMediationCase(page, {
    disputeType: '房屋宅基地纠纷', summary: '两户因宅基地界址发生争执',
    parties: [
      { name: '张桂芳', gender: '女', age: 56, ethnicity: '汉族', occupation: '农民', idNumber: idNumber('1970-05-08', 12), phone: mobile(61001), address: '忠仁镇忠仁村二组' },
      { name: '欧阳明轩', gender: '男', idNumber: idNumber('1982-11-23', 45), phone: mobile(61002) },
    ],
    mediator: '孙立平', status: '调解成功', session: { place: '忠仁镇人民调解委员会调解室', record: '查看现场，双方同意以旧界桩为准' },
    agreement: {
      form: '书面协议', signedOn: today, facts: '双方对宅基地东侧界址有争议，张桂芳围墙越界一米，双方各有责任', terms,
      performanceMethod: '自行拆除，费用现金支付', performancePlace: '张桂芳家东侧围墙处', performanceDeadline: deadline,
    },
    closedOn: today,
  });

  const documents = new DocumentsMenu(page);
  const { name, bytes } = await documents.download('人民调解协议书');
  expect(name).toMatch(/^人民调解协议书 〔\d{4}〕.+调字第.+号 张桂芳、欧阳明轩\.docx$/);
  const text = docxText(bytes);
  for (const words of [
    '忠仁镇人民调解委员会', '人民调解协议书', '申请人：张桂芳，女，56岁，汉族，农民', `身份证号码：${idNumber('1970-05-08', 12)}`,
    '住址：忠仁镇忠仁村二组', '被申请人：欧阳明轩，男', terms, '自行拆除，费用现金支付', '张桂芳家东侧围墙处', deadlineText,
    '本协议一式三份', '申请人（签名并按指印）：', '（张桂芳）', '被申请人（签名并按指印）：', '（欧阳明轩）',
    '人民调解员（签名）：', '（孙立平）', '忠仁镇人民调解委员会（盖章）',
  ]) expect(text).toContain(words);
  expect(text).not.toMatch(/[{}]|undefined/);

  const record = docxText((await documents.download('人民调解笔录')).bytes);
  for (const words of ['人民调解笔录', '事由：两户因宅基地界址发生争执', '第一次调解', `时间：${Number(today.slice(0, 4))}年`, '地点：忠仁镇人民调解委员会调解室', '查看现场，双方同意以旧界桩为准', '记录人（签名）']) {
    expect(record).toContain(words);
  }

  // 受理登记表: the dispute type by its name from the reference data, the source, each party; 结案报告表: phones and
  // addresses but no ID number (the form asks none), the dates and the result.
  const registration = docxText((await documents.download('人民调解受理登记表')).bytes);
  for (const words of ['人民调解受理登记表', '纠纷类型：房屋宅基地纠纷', '案件来源：当事人申请', '申请人：张桂芳，女，56岁', '两户因宅基地界址发生争执', '登记人（签名）', '忠仁镇人民调解委员会（盖章）']) {
    expect(registration).toContain(words);
  }
  expect(registration).not.toMatch(/[{}]|undefined|disputeType/);
  const report = docxText((await documents.download('人民调解结案报告表')).bytes);
  for (const words of ['人民调解结案报告表', `结案时间：${Number(today.slice(0, 4))}年`, `申请人：张桂芳，联系电话：${mobile(61001)}，住址：忠仁镇忠仁村二组`, '调解结果：调解成功', '人民调解员：孙立平']) {
    expect(report).toContain(words);
  }
  expect(report).not.toContain(idNumber('1970-05-08', 12));

  await documents.openPrintView('人民调解协议书');
  const pdf = squeeze(await printViewPdfText(page, 'mediation-agreement'));
  for (const words of ['人民调解协议书', '申请人：张桂芳', '被申请人：欧阳明轩', terms, deadlineText, '申请人（签名并按指印）', '人民调解员（签名）', '忠仁镇人民调解委员会（盖章）', '—1—']) {
    expect(pdf).toContain(squeeze(words));
  }
  // Nothing of the app around it is printed.
  expect(pdf).not.toContain('经办人');
  expect(pdf).not.toContain('打印/另存为PDF');
});

test('[DOC_FIELD_MISSING] a case whose agreement has no 履行期限 yet is refused with the list naming it; its 权利义务告知书 can be made already', async ({ official: page }) => {
  await recordMediationCase(page, {
    disputeType: '邻里纠纷', summary: '排水沟堵塞引发争执', parties: [{ name: '刘春花' }, { name: '马国强' }], mediator: '孙立平', status: '调解中',
    agreement: { form: '书面协议', facts: '马国强堆放杂物堵塞排水沟', terms: '马国强清理杂物', performanceMethod: '自行清理', performancePlace: '排水沟' },
  });

  const documents = new DocumentsMenu(page);
  const dialog = await documents.refusal('人民调解协议书');
  const missing = dialog.getByRole('list', { name: '尚缺的内容' }).getByRole('listitem');
  await expect(missing).toHaveText(['调解状态为“调解成功”', '履行期限']);
  await dialog.getByRole('button', { name: '知道了' }).click();
  await expect(dialog).toBeHidden();

  // The print view refuses the same way: no paper that looks final.
  const refusedPrint = await documents.refusal('人民调解协议书', 'print');
  await expect(refusedPrint.getByRole('listitem')).toHaveText(['调解状态为“调解成功”', '履行期限']);
  await refusedPrint.getByRole('button', { name: '知道了' }).click();

  // What a case being mediated can already have: the notice of rights and duties, for both parties to sign.
  const notice = docxText((await documents.download('人民调解权利义务告知书')).bytes);
  for (const words of ['人民调解权利义务告知书', '申请人刘春花、被申请人马国强：', '如实陈述纠纷事实', '申请人（签名或按指印）', '（马国强）', '忠仁镇人民调解委员会（盖章）']) {
    expect(notice).toContain(words);
  }
});

test('an enforcement case decided with a fine downloads its 行政处罚决定书 and prints the same paper', async ({ official: page }) => {
  const form = await newPenaltyCase(page, '马德才');
  await form.fill({ idNumber: idNumber('1975-03-14', 31), address: '忠仁镇红星村五组' });
  await form.setStages({ 立案日期: '2026-09-01', 调查取证日期: '2026-09-08', 告知日期: '2026-09-10', 决定日期: '2026-09-30' });
  await form.fillDecision({
    documentNumber: '忠仁综执罚决〔2026〕7号',
    performance: '自收到本决定书之日起十五日内到指定银行缴纳罚款',
    remedies: '可在收到本决定书之日起六十日内向绥滨县人民政府申请行政复议，或者在六个月内向绥滨县人民法院提起行政诉讼',
  });
  await form.addRecording('现场检查执法记录仪录像');
  await form.saveCase();

  const documents = new DocumentsMenu(page);
  // The proposed penalty was not recorded at 告知: its 事先告知书 cannot be made.
  const refused = await documents.refusal('行政处罚事先告知书');
  await expect(refused.getByRole('listitem')).toHaveText(['告知书拟作出的处罚']);
  await refused.getByRole('button', { name: '知道了' }).click();

  const { bytes } = await documents.download('行政处罚决定书');
  const text = docxText(bytes);
  for (const words of [
    '忠仁镇人民政府', '行政处罚决定书', '忠仁综执罚决〔2026〕7号', '当事人：马德才', '住址：忠仁镇红星村五组', '秸秆露天焚烧',
    '现场检查执法记录仪录像', '《中华人民共和国大气污染防治法》第一百一十九条', '罚款伍佰元', '罚款金额：500元', '百分之三',
    '十五日内到指定银行缴纳罚款', '六十日内向绥滨县人民政府申请行政复议', '忠仁镇人民政府（盖章）', '2026年9月30日',
  ]) expect(text).toContain(words);
  expect(text).not.toMatch(/[{}]|undefined/);

  const filing = docxText((await documents.download('立案审批表')).bytes);
  for (const words of ['立案审批表', '案由：秸秆露天焚烧', '当事人：马德才', '住址：忠仁镇红星村五组', '立案日期：2026年9月1日', '负责人审批意见', '忠仁镇人民政府（盖章）']) {
    expect(filing).toContain(words);
  }
  const receipt = docxText((await documents.download('送达回证')).bytes);
  for (const words of ['送达回证', '送达文书名称及文号：行政处罚决定书（忠仁综执罚决〔2026〕7号）', '受送达人：马德才', '送达地点：忠仁镇红星村五组', '受送达人（签名或盖章）']) {
    expect(receipt).toContain(words);
  }
  expect(receipt).not.toMatch(/[{}]|undefined/);
  // No 法制审核 is recorded: its 意见书 cannot be made.
  const noReview = await documents.refusal('法制审核意见书');
  await expect(noReview.getByRole('listitem')).toHaveText(['法制审核意见', '法制审核人员', '法制审核日期']);
  await noReview.getByRole('button', { name: '知道了' }).click();

  await documents.openPrintView('行政处罚决定书');
  const pdf = squeeze(await printViewPdfText(page, 'penalty-decision'));
  for (const words of ['行政处罚决定书', '忠仁综执罚决〔2026〕7号', '当事人：马德才', '罚款伍佰元', '申请行政复议', '忠仁镇人民政府（盖章）', '2026年9月30日']) {
    expect(pdf).toContain(squeeze(words));
  }
});

test('a 简易程序 penalty decided on the spot gets its 当场行政处罚决定书 once the place is recorded, and prints it', async ({ official: page }) => {
  const form = await newPenaltyCase(page, '孙立平');
  await choose(form.region('基本情况'), '程序类型', '简易程序');
  await form.fill({ idNumber: idNumber('1980-05-06', 17) });
  await form.fillDecision({
    fineAmount: 100, content: '罚款壹佰元', documentNumber: '忠仁当罚〔2026〕0007号',
    remedies: '可在收到本决定书之日起六十日内向绥滨县人民政府申请行政复议，或者在六个月内向绥滨县人民法院提起行政诉讼',
  });
  await form.setStages({ 立案日期: '2026-09-01', 告知日期: '2026-09-01', 决定日期: '2026-09-01' });
  const detail = await form.saveCase();
  // [ENF_DECISION_DOCUMENT_INCOMPLETE] the saved case still tells the official what the on-the-spot paper lacks.
  await expect(detail.warnings()).toContainText('行政处罚决定书应当载明“作出处罚的地点”（行政处罚法第五十二条）');

  const documents = new DocumentsMenu(page);
  const refused = await documents.refusal('当场行政处罚决定书');
  await expect(refused.getByRole('listitem')).toHaveText(['处罚地点']);
  await refused.getByRole('button', { name: '知道了' }).click();
  // [DOC_NOT_ORDINARY] and the 立案审批表 is the ordinary procedure's: an on-the-spot case has none.
  const notFiled = await documents.refusal('立案审批表');
  await expect(notFiled.getByRole('listitem')).toContainText(['程序类型为“普通程序”']);
  await notFiled.getByRole('button', { name: '知道了' }).click();

  const edit = await detail.edit();
  await edit.fillDecision({ place: '忠仁镇红星村村口' });
  await edit.saveCase();
  await expect(detail.warnings()).not.toContainText('作出处罚的地点');

  const text = docxText((await documents.download('当场行政处罚决定书')).bytes);
  for (const words of [
    '忠仁镇人民政府', '当场行政处罚决定书', '编号：忠仁当罚〔2026〕0007号', '当事人：孙立平', '违法行为：秸秆露天焚烧',
    '处罚依据：《中华人民共和国大气污染防治法》第一百一十九条', '罚款壹佰元', '罚款金额：100元', '十五日内，到指定的银行',
    '处罚时间：2026年9月1日', '处罚地点：忠仁镇红星村村口', '六十日内向绥滨县人民政府申请行政复议', '执法人员签名', '执法证号',
    '当事人签收', '忠仁镇人民政府（盖章）', '报所属行政机关备案',
  ]) expect(text).toContain(words);
  expect(text).not.toMatch(/[{}]|undefined/);

  await documents.openPrintView('当场行政处罚决定书');
  const pdf = squeeze(await printViewPdfText(page, 'spot-penalty-decision'));
  for (const words of ['当场行政处罚决定书', '忠仁当罚〔2026〕0007号', '当事人：孙立平', '罚款壹佰元', '处罚地点：忠仁镇红星村村口', '申请行政复议', '忠仁镇人民政府（盖章）']) {
    expect(pdf).toContain(squeeze(words));
  }
});

test('a study session prints its blank 签到表 once it has a place, and its 学法记录 names the laws studied', async ({ official: page }) => {
  await new AppShell(page).goTo('学法记录');
  const form = await new StudyList(page).startNewSession();
  await form.fill({ kind: '会前学法', meetingName: '第15次镇政府常务会议', lecturer: '赵明律师', hours: 1, topic: '人民调解法学习', summary: '学习人民调解法第二十九条至第三十三条' });
  await form.addLaw('人民调解', '中华人民共和国人民调解法');
  await form.addParticipant('李文静');
  await form.saveSession();

  const documents = new DocumentsMenu(page);
  const refused = await documents.refusal('学法签到表');
  await expect(refused.getByRole('listitem')).toHaveText(['学习地点']);
  await refused.getByRole('button', { name: '知道了' }).click();

  const edit = await new StudyDetail(page).edit();
  await edit.fill({ place: '镇政府三楼会议室' });
  await edit.saveSession();

  const sheet = await documents.download('学法签到表');
  expect(sheet.name).toMatch(/^学法签到表 .*人民调解法学习\.docx$/);
  const sheetXml = new PizZip(sheet.bytes).file('word/document.xml')?.asText() ?? '';
  const sheetText = docxText(sheet.bytes);
  for (const words of ['学法签到表', '学习主题：人民调解法学习', '学习地点：镇政府三楼会议室', '组织单位：忠仁镇人民政府', '姓名', '单位', '签名']) {
    expect(sheetText).toContain(words);
  }
  // Blank rows to sign: the header and eighteen rows, none holding a participant's name.
  expect(sheetXml.match(/<w:tr[ >]/g)).toHaveLength(19);
  expect(sheetText).not.toContain('李文静');

  const record = docxText((await documents.download('学法记录')).bytes);
  for (const words of ['学法记录', '学习形式：会前学法', '会议名称：第15次镇政府常务会议', '学习地点：镇政府三楼会议室', '主讲人：赵明律师', '所学法律法规：《中华人民共和国人民调解法》', '参加人员：李文静（共1人）', '学习人民调解法第二十九条至第三十三条']) {
    expect(record).toContain(words);
  }
  expect(record).not.toMatch(/[{}]|undefined|law:/);

  // Printed on A4 as the sheet to pass round: the heading and the table's columns and numbered rows.
  await documents.openPrintView('学法签到表');
  const pdf = await printViewPdfText(page, 'sign-in-sheet');
  for (const words of ['学法签到表', '学习地点：镇政府三楼会议室', '序号', '姓名', '单位', '签名']) expect(squeeze(pdf)).toContain(squeeze(words));
  expect(pdf).toMatch(/^\s*18\s*$/m);
});
