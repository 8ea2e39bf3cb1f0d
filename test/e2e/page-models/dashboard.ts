// 工作台: this year's figures against the plan's targets, records with open warnings, and the deadlines coming due.
import { expect, type Locator, type Page } from '@playwright/test';

export class Dashboard {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async expectOpen(): Promise<void> {
    await expect(this.main.getByRole('heading', { name: '工作台', level: 1 })).toBeVisible();
  }

  readonly figure = (label: string) => this.main.getByRole('region', { name: label, exact: true });

  /** The figure's value as shown ('—' before any data, '50%', '3' …), read once it has loaded. */
  async figureValue(label: string): Promise<string> {
    const shown = this.figure(label).getByRole('paragraph');
    await expect(shown).toContainText('目标');
    const text = (await shown.textContent()) ?? '';
    return text.split('/')[0]!.trim();
  }

  readonly successRate = () => this.figureValue('人民调解成功率');

  /** 普法活动 of the year: '2 次 · 受众 1,350 人次' (no target: the plan sets none). */
  readonly publicEducation = () => this.figure('普法活动');

  /** 需要留意的记录: per ledger, records to correct and records with warnings nobody acknowledged. */
  readonly warningCounts = () => this.main.getByRole('region', { name: '需要留意的记录' });

  readonly deadlines = () => this.main.getByRole('region', { name: '期限提醒' });
}
