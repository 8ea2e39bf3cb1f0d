// 基础数据: the working-day calendar the county enters (放假安排 per year) and townships read.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

export class ReferencePage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  readonly calendar = () => this.main.getByRole('region', { name: '工作日历' });
  readonly yearRow = (year: number) => this.calendar().getByRole('table', { name: '已录入的年度放假安排' }).locator('tbody tr').filter({ hasText: `${year}年` });
  readonly missingNotice = () => this.calendar().getByTestId('calendar-missing');
  readonly dialog = () => this.page.getByRole('dialog');

  async open(): Promise<void> {
    await new AppShell(this.page).goTo('基础数据');
    await expect(this.calendar()).toBeVisible();
  }

  /** 录入年度放假安排: fills the dialog and presses 保存 (the dialog stays open when refused). */
  async enterYear({ year, holidays, workdays = '' }: { year: number; holidays: string; workdays?: string }): Promise<void> {
    await this.calendar().getByRole('button', { name: '录入年度放假安排' }).click();
    const dialog = this.dialog();
    await dialog.getByRole('textbox', { name: '年份' }).fill(String(year));
    await dialog.getByRole('textbox', { name: '放假日期' }).fill(holidays);
    await dialog.getByRole('textbox', { name: '调休上班日期' }).fill(workdays);
    await dialog.getByRole('button', { name: '保存' }).click();
  }
}
