// Issue 7, drafts: a draft belongs to one form of one record. Saved by Enter straight after typing
// (inside the autosave's 0.4 s), the next 新建 form of that kind must open empty — before the fix it
// opened "已恢复未保存的草稿" holding the record just saved (one officer's ID number in the next one).
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { EnforcementDetail, EnforcementList } from './page-models/enforcement';
import { MediationList } from './page-models/mediation';
import { OfficerList, registerOfficer } from './page-models/officers';
import type { RecordForm } from './page-models/record-form';
import { ReviewList } from './page-models/reviews';
import { StudyList } from './page-models/study';
import { idNumber } from './test-data';
import type { Locator, Page } from '@playwright/test';

/** Types the last characters into `field` as a person does and saves at once with Enter. */
async function typeAndPressEnter(field: Locator, text: string): Promise<void> {
  await field.pressSequentially(text, { delay: 20 });
  await field.press('Enter');
}

/** After the save, the next new form: no restored draft, and the fields typed before are empty. */
async function expectEmptyNewForm(page: Page, form: RecordForm, emptyFields: Locator[]): Promise<void> {
  await expect(form.heading()).toBeVisible();
  // Longer than the autosave delay, so a late write of the saved record would have landed.
  await page.waitForTimeout(800);
  await expect(page.getByText(/已恢复未保存的草稿/)).toHaveCount(0);
  for (const field of emptyFields) await expect(field).toHaveValue('');
}

const officerA = { name: '钱晓东', certificateNumber: 'ZR2024001', issuedOn: '2024-03-01', expiresOn: '2029-02-28' };
const officerB = { name: '周海峰', certificateNumber: 'ZR2025003', issuedOn: '2025-01-02', expiresOn: '2030-12-31' };

test('[DRAFT_ENDS_ON_SAVE] saved by Enter right after typing, the next new form of every kind opens empty', async ({ official: page }) => {
  const shell = new AppShell(page);

  // 执法人员: the ID number of the first officer must not reach the second.
  await shell.goTo('执法人员');
  const officers = new OfficerList(page);
  let officer = await officers.startNewOfficer();
  await officer.fill({ ...officerA, certificateNumber: 'ZR2024', idNumber: idNumber('1986-04-18', 52) });
  await typeAndPressEnter(officer.textbox('执法证号'), '001');
  await expect(page.getByRole('heading', { name: '执法人员 钱晓东', level: 1 })).toBeVisible();
  await shell.goTo('执法人员');
  officer = await officers.startNewOfficer();
  await expectEmptyNewForm(page, officer, [officer.textbox('姓名'), officer.textbox('身份证号码'), officer.textbox('执法证号')]);
  await officer.fill(officerB);
  await officer.saveOfficer();

  // 人民调解
  await shell.goTo('人民调解');
  const mediation = new MediationList(page);
  let mediationForm = await mediation.startNewCase();
  await mediationForm.fillBasics({ disputeType: '邻里纠纷', summary: '两家因院墙排水沟堵塞发生争执' });
  await mediationForm.fillParty(1, { name: '王秀英', idNumber: idNumber('1968-03-12', 21) });
  await mediationForm.fillParty(2, { name: '赵德胜' });
  await typeAndPressEnter(mediationForm.textbox('调解员姓名', mediationForm.form.getByRole('region', { name: '调解员' })).first(), '孙立平');
  await expect(page.getByRole('heading', { name: /^调解案件 〔\d{4}〕/, level: 1 })).toBeVisible();
  await shell.goTo('人民调解');
  mediationForm = await mediation.startNewCase();
  await expectEmptyNewForm(page, mediationForm, [
    mediationForm.textbox('纠纷简要情况', mediationForm.basics()), mediationForm.partyField(1, '当事人姓名'), mediationForm.partyField(1, '身份证号码'),
  ]);

  // 学法记录
  await shell.goTo('学法记录');
  const study = new StudyList(page);
  let studyForm = await study.startNewSession();
  await studyForm.fill({ kind: '法治讲座', hours: 2, topic: '民法典婚姻家庭编' });
  await studyForm.addParticipant('李文静');
  await typeAndPressEnter(studyForm.textbox('主讲人'), '赵明律师');
  await expect(page.getByRole('heading', { name: '民法典婚姻家庭编', level: 1 })).toBeVisible();
  await shell.goTo('学法记录');
  studyForm = await study.startNewSession();
  await expectEmptyNewForm(page, studyForm, [studyForm.textbox('学习主题'), studyForm.textbox('主讲人')]);

  // 行政执法
  await shell.goTo('行政执法');
  const enforcement = new EnforcementList(page);
  let enforcementForm = await enforcement.startNewCase();
  await enforcementForm.fill({ category: '行政检查', matter: '餐饮店消防通道检查', legalBasis: '《中华人民共和国消防法》第五十三条' });
  await enforcementForm.addOfficer('钱晓东');
  await enforcementForm.addOfficer('周海峰');
  await typeAndPressEnter(enforcementForm.textbox('当事人姓名', enforcementForm.region('当事人')), '蒋春燕');
  await expect(page.getByRole('heading', { name: /^执法案件 /, level: 1 })).toBeVisible();
  const caseNumber = await new EnforcementDetail(page).caseNumber();
  await shell.goTo('行政执法');
  enforcementForm = await enforcement.startNewCase();
  await expectEmptyNewForm(page, enforcementForm, [
    enforcementForm.textbox('执法事项', enforcementForm.region('基本情况')), enforcementForm.textbox('当事人姓名', enforcementForm.region('当事人')),
  ]);

  // 案卷评查
  await shell.goTo('案卷评查');
  const reviews = new ReviewList(page);
  let reviewForm = await reviews.startNewReview();
  await reviewForm.pickCase('蒋春燕', caseNumber);
  await reviewForm.fill({ formScore: 18, contentScore: 72, findings: '文书齐全' });
  await typeAndPressEnter(reviewForm.textbox('评查人'), '郑评查');
  await expect(page.getByRole('heading', { name: /^案卷评查 /, level: 1 })).toBeVisible();
  await shell.goTo('案卷评查');
  reviewForm = await reviews.startNewReview();
  await expectEmptyNewForm(page, reviewForm, [reviewForm.textbox('评查人'), reviewForm.textbox('评查意见')]);
});

test('a draft still comes back after leaving an unsaved form, and only into its own kind', async ({ official: page }) => {
  const shell = new AppShell(page);
  await registerOfficer(page, officerA);
  await shell.goTo('学法记录');
  const study = new StudyList(page);
  const studyForm = await study.startNewSession();
  await studyForm.fill({ topic: '行政复议法要点' });
  await page.waitForTimeout(800);
  await shell.goTo('人民调解');
  const mediationForm = await new MediationList(page).startNewCase();
  await expectEmptyNewForm(page, mediationForm, [mediationForm.textbox('纠纷简要情况', mediationForm.basics())]);
  await shell.goTo('学法记录');
  const back = await study.startNewSession();
  await expect(page.getByText(/已恢复未保存的草稿/)).toBeVisible();
  await expect(back.textbox('学习主题')).toHaveValue('行政复议法要点');
});
