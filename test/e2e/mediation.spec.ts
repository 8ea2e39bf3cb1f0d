// 人民调解 as an official keeps it: take a case in, find it again, correct it, see who changed what.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MediationDetail, MediationList } from './page-models/mediation';
import { idNumber, mobile, withWrongCheckCharacter } from './test-data';

test('a mediation case typed in Chinese is found by search and by filter, corrected, and its history names the change', async ({ official: page }) => {
  const shell = new AppShell(page);
  await shell.goTo('人民调解');
  const list = new MediationList(page);
  const form = await list.startNewCase();
  await form.fillBasics({ disputeType: '邻里纠纷', summary: '两家因院墙排水沟堵塞发生争执' });
  await form.fillParty(1, { name: '王秀英', gender: '女', idNumber: idNumber('1968-03-12', 21), phone: mobile(1201) });
  await form.fillParty(2, { name: '赵德胜', gender: '男' });
  await form.setMediator('孙立平');
  const detail = await form.saveCase();
  const caseNumber = await detail.caseNumber();
  await expect(detail.value('纠纷类型')).toHaveText('邻里纠纷');

  await shell.goTo('人民调解');
  await list.expectRows([caseNumber]);
  await list.search('赵德胜');
  await list.expectRows(['赵德胜']);
  await list.search('wxy'); // pinyin initials of 王秀英
  await list.expectRows([caseNumber]);
  await list.search('李');
  await list.expectEmpty();
  await list.search('');
  await list.filter('状态', '调解中');
  await list.expectEmpty();
  await list.filter('状态', '已受理');
  await list.expectRows([caseNumber]);
  await list.filter('纠纷类型', '邻里纠纷');
  await list.expectRows([caseNumber]);

  await list.open(caseNumber);
  const edit = await new MediationDetail(page).edit();
  await edit.expectOpen(`修改调解案件 ${caseNumber}`);
  await edit.setStatus('调解中');
  await edit.addSession({ place: '忠仁镇司法所', record: '双方同意由赵德胜清理排水沟' });
  await edit.fillBasics({ summary: '两家因院墙排水沟堵塞、雨水倒灌发生争执' });
  const corrected = await edit.saveCase();
  await expect(corrected.value('纠纷简要情况')).toHaveText('两家因院墙排水沟堵塞、雨水倒灌发生争执');
  await corrected.expectHistoryLine('纠纷简要情况：两家因院墙排水沟堵塞发生争执 → 两家因院墙排水沟堵塞、雨水倒灌发生争执');
  await corrected.expectHistoryLine('调解状态：已受理 → 调解中');
  await corrected.expectHistoryLine(/^修改 · 李文静 · /);
  await corrected.expectHistoryLine(/^新建 · 李文静 · /);

  await shell.reload();
  await expect(corrected.heading()).toHaveText(`调解案件 ${caseNumber}`);
  await expect(corrected.value('纠纷简要情况')).toHaveText('两家因院墙排水沟堵塞、雨水倒灌发生争执');
  await shell.goTo('人民调解');
  await list.filter('状态', '调解中');
  await list.expectRows([caseNumber]);
});

test('a mediation case with bad input is refused in Chinese and every typed value stays in its field', async ({ official: page }) => {
  await new AppShell(page).goTo('人民调解');
  const list = new MediationList(page);
  const form = await list.startNewCase();
  const badId = withWrongCheckCharacter(idNumber('1975-07-01', 33));
  await form.fillParty(1, { name: '刘桂兰', idNumber: badId, phone: '1391234' });
  await form.fillBasics({ summary: '承包地边界争议' });
  await form.saveExpectingRefusal(['请填写纠纷类型', '校验位不对', '请填写第2位当事人的姓名或名称', '联系电话']);
  await expect(form.partyField(1, '身份证号码')).toHaveAccessibleDescription(/校验位不对/);
  await expect(form.partyField(1, '当事人姓名')).toHaveValue('刘桂兰');
  await expect(form.partyField(1, '身份证号码')).toHaveValue(badId);
  await expect(form.partyField(1, '联系电话')).toHaveValue('1391234');
  await expect(form.textbox('纠纷简要情况')).toHaveValue('承包地边界争议');

  await new AppShell(page).goTo('人民调解');
  await list.expectEmpty();
});

test('on a 1024-pixel screen the list fits beside the navigation: headers, case numbers and dates on one line, one line per party', async ({ official: page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const shell = new AppShell(page);
  await shell.goTo('人民调解');
  const list = new MediationList(page);
  const form = await list.startNewCase();
  await form.fillBasics({ disputeType: '婚姻家庭纠纷', summary: '子女赡养老人费用分担' });
  await form.fillParty(1, { name: '欧阳明轩', phone: mobile(1202) });
  await form.fillParty(2, { name: '诸葛桂芳' });
  await form.setMediator('孙立平');
  const caseNumber = await (await form.saveCase()).caseNumber();
  await shell.goTo('人民调解');
  await list.expectRows([caseNumber]);
  const headers = await list.headerLines();
  expect(headers.map((header) => header.text)).toEqual(['案号', '受理日期', '纠纷类型', '当事人', '申请人电话', '状态', '提醒']);
  // Before, 当事人 stood one character per line and 提醒 on two.
  expect(headers.filter((header) => header.lines !== 1)).toEqual([]);
  // Before, the names stood one character per line too (a two-party case took seven lines): now each party
  // with its role is one line, and the case number and date do not break.
  const [number, date, , parties] = await list.rowLines(caseNumber);
  expect([number?.lines, date?.lines]).toEqual([1, 1]);
  expect(parties).toEqual({ text: '欧阳明轩（申请人）、诸葛桂芳（被申请人）', lines: 2 });
  expect(await list.scrollsSideways()).toBe(false);
});
