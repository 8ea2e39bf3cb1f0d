// Acceptance 1: a case goes 受理 → 调解中 → 调解成功 with a written agreement, and the dashboard's success
// rate moves; 调解成功 without the agreement's contents is refused, naming what is missing, losing nothing.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { Dashboard } from './page-models/dashboard';
import { MediationList } from './page-models/mediation';
import { addDays, idNumber, mobile, todayInShanghai } from './test-data';

test('a mediation case goes 受理 → 调解中 → 调解成功 with a written agreement and the success rate moves', async ({ official: page }) => {
  const shell = new AppShell(page);
  const dashboard = new Dashboard(page);
  const list = new MediationList(page);
  const today = todayInShanghai();

  // One closed case that failed, so the rate stands at 0% before.
  await shell.goTo('人民调解');
  const failed = await list.startNewCase();
  await failed.fillBasics({ disputeType: '合同纠纷', summary: '农机租赁费用争议' });
  await failed.fillParty(1, { name: '陈玉梅' });
  await failed.fillParty(2, { name: '周建国' });
  await failed.setMediator('孙立平');
  await failed.setStatus('调解不成功');
  await failed.addSession({ record: '双方分歧较大，未能达成一致' });
  await failed.setClosedOn(today);
  await failed.textbox('结案说明').fill('双方未达成协议，已告知可向人民法院起诉');
  await failed.saveCase();

  await shell.goTo('工作台');
  const before = await dashboard.successRate();
  expect(before).toBe('0%');

  await shell.goTo('人民调解');
  const form = await list.startNewCase();
  await form.fillBasics({ disputeType: '房屋宅基地纠纷', summary: '两户因宅基地界址发生争执' });
  await form.fillParty(1, { name: '张桂芳', gender: '女', idNumber: idNumber('1970-05-08', 12), phone: mobile(52001) });
  await form.fillParty(2, { name: '欧阳明轩', gender: '男', idNumber: idNumber('1982-11-23', 45), phone: mobile(52002) });
  await form.setMediator('孙立平');
  let detail = await form.saveCase();
  const caseNumber = await detail.caseNumber();
  await expect(detail.main.getByText('已受理', { exact: true })).toBeVisible();

  let edit = await detail.edit();
  await edit.setStatus('调解中');
  await edit.addSession({ place: '忠仁镇人民调解委员会调解室', record: '查看现场，双方同意以旧界桩为准' });
  detail = await edit.saveCase();
  await expect(detail.main.getByText('调解中', { exact: true })).toBeVisible();

  // 调解成功 with a written agreement that states only the facts: refused, naming each missing item.
  edit = await detail.edit();
  await edit.setStatus('调解成功');
  await edit.fillAgreement({ form: '书面协议', signedOn: today, facts: '双方对宅基地东侧界址有争议，各有部分责任' });
  await edit.setClosedOn(today);
  await edit.saveExpectingRefusal(['当事人达成调解协议的内容', '履行方式', '履行期限', '人民调解法第二十九条']);
  await expect(edit.textbox('协议内容', edit.agreement())).toHaveAccessibleDescription(/当事人达成调解协议的内容/);
  await expect(edit.textbox('纠纷主要事实、争议事项及各方责任', edit.agreement())).toHaveValue('双方对宅基地东侧界址有争议，各有部分责任');
  await expect(edit.basics().getByRole('combobox', { name: '调解状态' })).toHaveText('调解成功');
  await expect(edit.partyField(2, '当事人姓名')).toHaveValue('欧阳明轩');
  await expect(edit.textbox('调解记录内容')).toHaveValue('查看现场，双方同意以旧界桩为准');

  await edit.fillAgreement({ terms: '以旧界桩为界，张桂芳拆除越界围墙一米', performanceMethod: '自行拆除', performanceDeadline: addDays(today, 30) });
  detail = await edit.saveCase();
  await expect(detail.heading()).toHaveText(`调解案件 ${caseNumber}`);
  await expect(detail.main.getByText('调解成功', { exact: true })).toBeVisible();
  await expect(detail.value('协议内容', '调解协议')).toHaveText('以旧界桩为界，张桂芳拆除越界围墙一米');
  await expect(detail.value('协议形式', '调解协议')).toHaveText('书面协议');

  await shell.goTo('工作台');
  await expect.poll(() => dashboard.successRate()).toBe('50%');
});
