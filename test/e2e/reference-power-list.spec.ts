// Issue 7, reference data the county keeps current: the county adds a 权责清单 item in 基础数据 (a missing
// legal basis refused in Chinese first); a township PC with 基础数据 already open sees it arrive by sync
// without leaving the page, and its enforcement form offers it; once the county 停用 it, it is offered no more.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { test } from './county-server';
import { openTownshipAndCounty } from './devices';
import { AppShell } from './page-models/app-shell';
import { EnforcementList } from './page-models/enforcement';
import { ReferencePage } from './page-models/reference';
import { SYNC_TIMEOUT } from './page-models/sync-status';

const item = {
  name: '对在禁止养殖区域内建设畜禽养殖场的处罚',
  category: '行政处罚',
  legalBasis: '《畜禽规模养殖污染防治条例》第三十七条',
};

/** 行政执法 → 新建 → 行政处罚: the 权责清单事项 options offered for the typed text. */
async function offeredPowerItems(page: Page, text: string) {
  await new AppShell(page).goTo('行政执法');
  const form = await new EnforcementList(page).startNewCase();
  await form.fill({ category: '行政处罚' });
  const picker = page.getByRole('combobox', { name: '权责清单事项' });
  await picker.fill(text);
  return page.getByRole('listbox').getByRole('option');
}

test('[REF_POWER_BASIS_MISSING] a 权责清单 item the county adds reaches an open township 基础数据 page and its enforcement form; once 停用 it is offered no more', async ({ browser, countyServer }, testInfo) => {
  const { township, county } = await openTownshipAndCounty(browser, testInfo, countyServer);
  try {

    const townshipReference = new ReferencePage(township.page);
    await townshipReference.open();
    await expect(townshipReference.powerList().getByRole('button', { name: '添加事项' })).toHaveCount(0);
    await expect(townshipReference.powerRow(item.name)).toHaveCount(0);

    const countyReference = new ReferencePage(county.page);
    await countyReference.open();
    await countyReference.addPowerItem({ ...item, legalBasis: '' });
    await expect(countyReference.dialog()).toContainText('请填写法律依据');
    await countyReference.dialog().getByRole('textbox', { name: '法律依据' }).fill(item.legalBasis);
    await countyReference.dialog().getByRole('button', { name: '保存' }).click();
    await expect(countyReference.dialog()).toBeHidden();
    await expect(countyReference.powerRow(item.name)).toContainText('在用');

    // The township's page stays open: the item arrives by sync, with who added it.
    await expect(townshipReference.powerRow(item.name)).toContainText(item.legalBasis, { timeout: SYNC_TIMEOUT });
    await expect(townshipReference.powerRow(item.name)).toContainText('赵县局');
    await expect(townshipReference.powerRow(item.name)).toContainText('行政处罚');

    await expect(await offeredPowerItems(township.page, '畜禽养殖场')).toHaveText([new RegExp(item.name)]);

    await countyReference.powerList().getByRole('button', { name: `停用${item.name}` }).click();
    await expect(countyReference.powerRow(item.name)).toContainText('已停用');

    await townshipReference.open();
    await expect(townshipReference.powerRow(item.name)).toContainText('已停用', { timeout: SYNC_TIMEOUT });
    await expect(await offeredPowerItems(township.page, '畜禽养殖场')).toHaveCount(0);
    await expect(township.page.getByText('权责清单中没有这一类别的事项')).toBeVisible();
    expect([...township.problems, ...county.problems]).toEqual([]);
  } finally {
    await township.context.close();
    await county.context.close();
  }
});
