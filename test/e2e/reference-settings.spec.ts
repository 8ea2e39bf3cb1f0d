// Issue 7, reference data the county keeps current: the county lowers the fine from which a penalty needs
// 法制审核 (行政处罚法 art. 58) in 基础数据; after sync a township PC refuses a 6,000 yuan fine without
// 法制审核 — which the default (10,000) allowed — and shows the change with the county official's name.
import { expect } from './fixtures';
import { test } from './county-server';
import { openTownshipAndCounty } from './devices';
import { AppShell } from './page-models/app-shell';
import { EnforcementList } from './page-models/enforcement';
import { registerOfficer } from './page-models/officers';
import { ReferencePage } from './page-models/reference';
import { SYNC_TIMEOUT } from './page-models/sync-status';

const officers = [
  { name: '钱晓东', certificateNumber: 'ZR2024001', issuedOn: '2024-03-01', expiresOn: '2029-02-28' },
  { name: '周海峰', certificateNumber: 'ZR2025003', issuedOn: '2025-01-02', expiresOn: '2030-12-31' },
];

test('[REF_THRESHOLD_INVALID] [REF_TARGET_INVALID] [FIG_PUBLIC_LAWYERS] [ENF_LEGAL_REVIEW_MISSING] a 法制审核 amount the county lowers to 5,000 yuan refuses a township\'s 6,000 fine after sync', async ({ browser, countyServer }, testInfo) => {
  const { township, county } = await openTownshipAndCounty(browser, testInfo, countyServer);
  try {

    // A township reads the amounts but cannot change them.
    const townshipReference = new ReferencePage(township.page);
    await townshipReference.open();
    await expect(townshipReference.thresholdRow('公民')).toContainText('10,000 元');
    await expect(townshipReference.thresholds().getByRole('button', { name: '修改' })).toHaveCount(0);

    const countyReference = new ReferencePage(county.page);
    await countyReference.open();
    await countyReference.setThreshold('公民', '五千');
    await expect(countyReference.dialog()).toContainText('“五千”不是有效的罚款数额');
    await countyReference.dialog().getByRole('textbox', { name: '罚款数额（元）' }).fill('5000');
    await countyReference.dialog().getByRole('button', { name: '保存' }).click();
    await expect(countyReference.dialog()).toBeHidden();
    await expect(countyReference.thresholdRow('公民')).toContainText('5,000 元');
    await expect(countyReference.thresholdRow('公民')).toContainText('赵县局');

    // 公职律师: the county types how many it has (a bad number refused first); 工作台 sets it against the plan's 8.
    const lawyers = county.page.getByRole('region', { name: '公职律师', exact: true });
    await expect(lawyers).toContainText('未填写');
    await lawyers.getByRole('button', { name: '修改现有公职律师人数' }).click();
    await countyReference.dialog().getByRole('textbox', { name: '人数' }).fill('六');
    await countyReference.dialog().getByRole('button', { name: '保存' }).click();
    await expect(countyReference.dialog()).toContainText('“六”不是有效的数量');
    await countyReference.dialog().getByRole('textbox', { name: '人数' }).fill('6');
    await countyReference.dialog().getByRole('button', { name: '保存' }).click();
    await expect(countyReference.dialog()).toBeHidden();
    await expect(lawyers).toContainText('6 名');
    await new AppShell(county.page).goTo('工作台');
    const figure = county.page.getByRole('region', { name: '公职律师', exact: true });
    await expect(figure).toContainText('6');
    await expect(figure).toContainText('目标 8');
    await expect(figure).toContainText('赵县局');
    await countyReference.open();

    await expect(async () => {
      await new AppShell(township.page).goTo('工作台'); // screens read reference data when they open
      await townshipReference.open();
      await expect(townshipReference.thresholdRow('公民')).toContainText('5,000 元', { timeout: 2_000 });
    }).toPass({ timeout: SYNC_TIMEOUT });
    await expect(townshipReference.thresholdRow('公民')).toContainText('赵县局');
    await expect(townshipReference.thresholdRow('法人或者其他组织')).toContainText('100,000 元');

    for (const officer of officers) await registerOfficer(township.page, officer);
    await new AppShell(township.page).goTo('行政执法');
    const form = await new EnforcementList(township.page).startNewCase();
    await form.fill({ category: '行政处罚', matter: '秸秆露天焚烧', legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条', partyName: '马九' });
    for (const officer of officers) await form.addOfficer(officer.name);
    await form.setStages({ 立案日期: '2026-09-01', 调查取证日期: '2026-09-08', 告知日期: '2026-09-10', 决定日期: '2026-09-30' });
    await form.fillDecision({ outcome: '给予行政处罚', fineAmount: 6000, content: '罚款陆仟元' });
    await form.saveExpectingRefusal(['对公民罚款6000元，达到本县须法制审核的数额（5000元）', '须在作出决定前经法制审核（行政处罚法第五十八条）']);
    expect([...township.problems, ...county.problems]).toEqual([]);
  } finally {
    await township.context.close();
    await county.context.close();
  }
});
