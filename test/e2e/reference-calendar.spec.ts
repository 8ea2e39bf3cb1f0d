// Issue 7, reference data the county keeps current: a due date that runs into a year whose 放假安排 is
// not entered is marked 预估; the county enters the year in 基础数据, it reaches the township PC by sync,
// and the township's due date moves past the holiday — with who entered it shown there too.
import { expect } from './fixtures';
import { test } from './county-server';
import { openTownshipAndCounty } from './devices';
import { AppShell } from './page-models/app-shell';
import { MediationList } from './page-models/mediation';
import { ReferencePage } from './page-models/reference';
import { SYNC_TIMEOUT } from './page-models/sync-status';

test('[CAL_DUE_ESTIMATED] a 2027 holiday entered at the county reaches a township PC and moves its due date, marked 预估 until then', async ({ browser, countyServer }, testInfo) => {
  const { township, county } = await openTownshipAndCounty(browser, testInfo, countyServer);
  try {

    // Received 2026-12-01: the one-month clock (人民调解工作若干规定 art. 33) ends on Friday 2027-01-01.
    await new AppShell(township.page).goTo('人民调解');
    const form = await new MediationList(township.page).startNewCase();
    await form.fillBasics({ disputeType: '邻里纠纷', summary: '院墙排水沟堵塞', receivedOn: '2026-12-01' });
    await form.fillParty(1, { name: '王秀英', gender: '女' });
    await form.fillParty(2, { name: '赵德胜', gender: '男' });
    await form.setMediator('孙立平');
    const detail = await form.saveCase();
    const clock = detail.section('期限提醒').getByRole('listitem').filter({ hasText: '期限 20' });
    await expect(clock).toContainText('期限 2027-01-01');
    await expect(clock.getByLabel(/^预估/)).toBeVisible();

    // A township may read 基础数据 but not change it.
    const townshipReference = new ReferencePage(township.page);
    await townshipReference.open();
    await expect(townshipReference.missingNotice()).toContainText('2027年');
    await expect(townshipReference.calendar().getByRole('button', { name: '录入年度放假安排' })).toHaveCount(0);

    const countyReference = new ReferencePage(county.page);
    await countyReference.open();
    await countyReference.enterYear({ year: 2027, holidays: '2027年1月1日 元旦' });
    await expect(countyReference.dialog()).toContainText('“元旦”无法识别');
    await countyReference.dialog().getByRole('textbox', { name: '放假日期' }).fill('2027-01-01\n2027-02-06至2027-02-12');
    await countyReference.dialog().getByRole('textbox', { name: '调休上班日期' }).fill('2027-02-14');
    await countyReference.dialog().getByRole('button', { name: '保存' }).click();
    await expect(countyReference.dialog()).toBeHidden();
    await expect(countyReference.yearRow(2027)).toContainText('6 天'); // 01-01 and 02-08 … 02-12
    await expect(countyReference.yearRow(2027)).toContainText('赵县局');

    // On the township PC, once pulled: 2027-01-01 is a holiday, so the clock runs to Monday 2027-01-04.
    await expect(async () => {
      await new AppShell(township.page).goTo('工作台'); // screens read reference data when they open
      await townshipReference.open();
      await expect(townshipReference.yearRow(2027)).toContainText('赵县局', { timeout: 2_000 });
    }).toPass({ timeout: SYNC_TIMEOUT });
    await new AppShell(township.page).goTo('人民调解');
    await new MediationList(township.page).open('王秀英');
    await expect(clock).toContainText('期限 2027-01-04');
    await expect(clock.getByLabel(/^预估/)).toHaveCount(0);
    expect([...township.problems, ...county.problems]).toEqual([]);
  } finally {
    await township.context.close();
    await county.context.close();
  }
});
