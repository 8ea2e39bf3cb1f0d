// Acceptance 4: ID numbers and phones saved through the UI are nowhere in plain text in the browser's
// storage (every store of every IndexedDB database, and local/session storage), yet the detail page
// shows them behind 显示 — so they were saved, and saved encrypted.
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { placesHolding, readEverythingStored } from './page-models/browser-storage';
import { MediationList } from './page-models/mediation';
import { registerOfficer } from './page-models/officers';
import { idNumber, mobile } from './test-data';

test('ID numbers and phones saved through the UI never sit in plain text in the browser storage, yet show behind 显示', async ({ official: page }) => {
  const applicant = { name: '黄丽娟', idNumber: idNumber('1979-02-14', 63), phone: mobile(77001234) };
  const respondent = { name: '郭志强', idNumber: idNumber('1965-12-01', 17), phone: mobile(77005678) };
  const shell = new AppShell(page);
  const list = new MediationList(page);
  await shell.goTo('人民调解');
  const form = await list.startNewCase();
  await form.fillBasics({ disputeType: '损害赔偿纠纷', summary: '拖拉机倒车撞坏院门' });
  await form.fillParty(1, { ...applicant, address: '忠仁镇忠仁村三组' });
  await form.fillParty(2, respondent);
  await form.setMediator('孙立平');
  const detail = await form.saveCase();
  const caseNumber = await detail.caseNumber();
  const officer = { name: '钱晓东', idNumber: idNumber('1986-04-18', 52), phone: mobile(88001122) };
  const officerDetail = await registerOfficer(page, { ...officer, certificateNumber: 'ZR2024001', issuedOn: '2024-03-01', expiresOn: '2029-02-28' });
  await officerDetail.reveal('身份证号码');
  await expect(officerDetail.section('基本情况')).toContainText(officer.idNumber);

  const stored = await readEverythingStored(page);
  // The walk really reaches the records: the case number and party names (not personal data) are there.
  expect(placesHolding(stored, caseNumber).some((where) => where.includes('mediationCase'))).toBe(true);
  expect(placesHolding(stored, applicant.name).length).toBeGreaterThan(0);
  expect(placesHolding(stored, 'ZR2024001').some((where) => where.includes('officer'))).toBe(true);
  for (const secret of [applicant.idNumber, applicant.phone, respondent.idNumber, respondent.phone, '忠仁镇忠仁村三组', officer.idNumber, officer.phone]) {
    expect(placesHolding(stored, secret), `${secret} in plain text`).toEqual([]);
  }

  // Masked until 显示; then the saved values come back decrypted.
  await shell.goTo('人民调解');
  await list.open(caseNumber);
  const parties = detail.section('当事人');
  await expect(parties).not.toContainText(applicant.idNumber);
  await expect(parties).toContainText(`${applicant.idNumber.slice(0, 4)}**********${applicant.idNumber.slice(-4)}`);
  await detail.reveal(`${applicant.name}的身份证号码`);
  await detail.reveal(`${applicant.name}的联系电话`);
  await detail.reveal(`${respondent.name}的身份证号码`);
  await detail.reveal(`${respondent.name}的联系电话`);
  for (const shown of [applicant.idNumber, applicant.phone, respondent.idNumber, respondent.phone]) await expect(parties).toContainText(shown);

  // The list shows the applicant's phone masked only.
  await shell.goTo('人民调解');
  await expect(list.row(caseNumber)).toContainText(`139****${applicant.phone.slice(-4)}`);
  await expect(list.row(caseNumber)).not.toContainText(applicant.phone);
});
