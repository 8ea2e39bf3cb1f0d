// Acceptance 2 and the enforcement ledger: 持证上岗 (two officers with certificates valid on every action
// date), 法制审核 before a major decision, and the publicity clock counted on the 2026 working-day calendar.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { placesHolding, readEverythingStored } from './page-models/browser-storage';
import { EnforcementDetail, EnforcementList, type EnforcementForm } from './page-models/enforcement';
import { registerOfficer } from './page-models/officers';
import { idNumber, mobile } from './test-data';

const validOfficer = { name: '钱晓东', certificateNumber: 'ZR2024001', issuedOn: '2024-03-01', expiresOn: '2029-02-28' };
const secondOfficer = { name: '周海峰', certificateNumber: 'ZR2025003', issuedOn: '2025-01-02', expiresOn: '2030-12-31' };
const lapsedOfficer = { name: '孙丽华', certificateNumber: 'ZR2021007', issuedOn: '2021-01-10', expiresOn: '2026-09-15' };

/** Adds `days` working days after `start` on a calendar of holidays and make-up working days (调休). */
function addWorkingDays(start: string, days: number, calendar: { holidays: string[]; workdays: string[] }): string {
  const date = new Date(`${start}T00:00:00Z`);
  let counted = 0;
  while (counted < days) {
    date.setUTCDate(date.getUTCDate() + 1);
    const text = date.toISOString().slice(0, 10);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    if (calendar.workdays.includes(text) || (!weekend && !calendar.holidays.includes(text))) counted += 1;
  }
  return date.toISOString().slice(0, 10);
}

// 国务院办公厅 2026 schedule: National Day and Mid-Autumn 10-01 to 10-07 off; Saturday 10-10 is worked.
const publicityDue = addWorkingDays('2026-09-30', 7, {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-20', '2026-10-10'],
});

async function fillPenaltyCase(form: EnforcementForm, party: { name: string; idNumber: string; phone: string }): Promise<void> {
  await form.fill({
    category: '行政处罚', matter: '未经批准占用镇区道路堆放建筑材料', legalBasis: '《城市道路管理条例》第二十七条、第四十二条',
    partyName: party.name, idNumber: party.idNumber, phone: party.phone, address: '忠仁镇忠仁村五组',
  });
  await form.setStages({ 立案日期: '2026-09-01', 调查取证日期: '2026-09-08', 告知日期: '2026-09-15', 决定日期: '2026-09-30' });
  await form.fillDecision({ outcome: '给予行政处罚', fineAmount: 5000, documentNumber: '忠仁综执罚〔2026〕3号', content: '责令清除占道建材，罚款五千元' });
}

test('an enforcement case is refused with one officer, with a lapsed certificate, and as a major decision without 法制审核; its publicity deadline skips National Day', async ({ official: page }) => {
  expect(publicityDue).toBe('2026-10-15'); // 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13, 10-14, 10-15
  await registerOfficer(page, validOfficer);
  await registerOfficer(page, secondOfficer);
  await registerOfficer(page, lapsedOfficer);

  await new AppShell(page).goTo('行政执法');
  const form = await new EnforcementList(page).startNewCase();
  const party = { name: '吴国栋', idNumber: idNumber('1972-10-03', 88), phone: mobile(60606060) };
  await fillPenaltyCase(form, party);
  await form.addOfficer(validOfficer.name);
  await form.markMajor();

  await form.saveExpectingRefusal(['执法人员不得少于两人', '现有1人']);
  await expect(form.textbox('当事人姓名')).toHaveValue(party.name);
  await expect(form.textbox('身份证号码')).toHaveValue(party.idNumber);
  await expect(form.textbox('决定内容')).toHaveValue('责令清除占道建材，罚款五千元');
  await expect(form.officerChip(validOfficer.name)).toBeVisible();

  await form.addOfficer(lapsedOfficer.name);
  await form.saveExpectingRefusal([`执法人员孙丽华的执法证（ZR2021007）已于2026-09-15到期，不能参与2026-09-30的决定`]);
  await expect(form.issueSummary()).not.toContainText('不得少于两人');
  await expect(form.officerChip(lapsedOfficer.name)).toBeVisible();
  await expect(form.textbox('执法事项')).toHaveValue('未经批准占用镇区道路堆放建筑材料');

  await form.removeLastOfficer();
  await expect(form.officerChip(lapsedOfficer.name)).toBeHidden();
  await form.addOfficer(secondOfficer.name);
  await form.saveExpectingRefusal(['重大执法决定，须在作出决定前经法制审核', '行政机关负责人应当集体讨论决定（行政处罚法第五十七条第二款）']);
  await expect(form.issueSummary()).not.toContainText('执法证');

  await form.fillLegalReview({ reviewedOn: '2026-09-25', reviewer: '王法审', opinion: '同意' });
  await form.fillCollectiveDiscussion({ discussedOn: '2026-09-28', participants: '镇长、分管副镇长', conclusion: '同意作出处罚决定' });
  const detail = await form.saveCase();
  await expect(detail.section('执法人员')).toContainText(validOfficer.name);
  await expect(detail.section('执法人员')).toContainText(secondOfficer.name);
  await expect(detail.deadline('执法决定公示')).toContainText(`期限 ${publicityDue}`);
});

test('an enforcement case is found by search and by filter, gets its publicity recorded, and keeps the party\'s numbers encrypted', async ({ official: page }) => {
  await registerOfficer(page, validOfficer);
  await registerOfficer(page, secondOfficer);
  const shell = new AppShell(page);
  await shell.goTo('行政执法');
  const list = new EnforcementList(page);
  const form = await list.startNewCase();
  const party = { name: '冯晓梅', idNumber: idNumber('1988-06-30', 14), phone: mobile(70707070) };
  await fillPenaltyCase(form, party);
  await form.addOfficer(validOfficer.name);
  await form.addOfficer(secondOfficer.name);
  const detail = await form.saveCase();
  const caseNumber = await detail.caseNumber();

  await shell.goTo('行政执法');
  await list.expectRows([caseNumber]);
  await list.search('冯晓梅');
  await list.expectRows([caseNumber]);
  await list.search('占用镇区道路');
  await list.expectRows([party.name]);
  await list.search('');
  await list.filter('执法类别', '行政许可');
  await list.expectEmpty();
  await list.filter('执法类别', '行政处罚');
  await list.expectRows([caseNumber]);
  await list.filter('办理环节', '决定');
  await list.expectRows([caseNumber]);

  await list.open(caseNumber);
  const edit = await new EnforcementDetail(page).edit();
  await edit.expectOpen(`修改执法案件 ${caseNumber}`);
  await expect(edit.officerChip(validOfficer.name)).toBeVisible();
  await edit.recordPublicity('2026-10-14', '忠仁镇政府网站');
  const published = await edit.saveCase();
  await expect(published.value('公示日期')).toHaveText('2026-10-14');
  await published.expectHistoryLine('公示日期：（空） → 2026-10-14');

  const stored = await readEverythingStored(page);
  expect(placesHolding(stored, caseNumber).some((where) => where.includes('enforcementCase'))).toBe(true);
  for (const secret of [party.idNumber, party.phone]) expect(placesHolding(stored, secret), `${secret} in plain text`).toEqual([]);

  await shell.reload();
  await expect(published.heading()).toHaveText(`执法案件 ${caseNumber}`);
  await published.reveal(`${party.name}的身份证号码`);
  await expect(published.section('当事人')).toContainText(party.idNumber);
  await shell.goTo('行政执法');
  await list.filter('执法类别', '行政处罚');
  await list.expectRows([caseNumber]);
});
