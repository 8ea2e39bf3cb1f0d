// 统计报表: the period chosen as an official chooses it, the tables read as shown, and the .xlsx exported.
import { expect, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { choose } from './controls';

export interface PeriodInput {
  type: '月报' | '季报' | '年报';
  year: number;
  /** 3月 / 第一季度, for a month or a quarter. */
  index?: string;
}

export class StatisticsPage {
  constructor(readonly page: Page) {}

  get main() {
    return this.page.getByRole('main');
  }

  async open(): Promise<void> {
    await new AppShell(this.page).goTo('统计报表');
  }

  /** Chooses the period and waits until the figures shown are the period's (`shown`: 忠仁镇 2025年度). */
  async choosePeriod(period: PeriodInput, shown: string): Promise<void> {
    await choose(this.main, '报表类型', period.type);
    await choose(this.main, '年度', `${period.year}年`);
    if (period.index) await choose(this.main, period.type === '月报' ? '月份' : '季度', period.index);
    await expect(this.page.getByTestId('statistics-scope')).toHaveText(shown);
  }

  /** A table as shown: each row's label → its cells' text, left to right. */
  async table(title: string): Promise<Record<string, string[]>> {
    const table = this.main.getByRole('table', { name: title, exact: true });
    await expect(table).toBeVisible();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
    return Object.fromEntries(rows.map(([label = '', ...cells]) => [label, cells]));
  }

  async columns(title: string): Promise<string[]> {
    const headers = await this.main.getByRole('table', { name: title, exact: true }).locator('thead th').allTextContents();
    return headers.slice(1);
  }

  /** 导出Excel: the downloaded file's path and name. */
  async exportXlsx(): Promise<{ path: string; name: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: '导出Excel' }).click();
    const download = await downloading;
    const path = await download.path();
    await expect(this.main.getByRole('alert').filter({ hasText: '已导出' })).toBeVisible();
    return { path, name: download.suggestedFilename() };
  }
}
