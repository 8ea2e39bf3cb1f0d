// 基础数据: what the county enters (放假安排 per year, 法制审核 amounts …) and townships read.
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
  readonly thresholds = () => this.main.getByRole('region', { name: '法制审核数额' });
  /** party: '公民' or '法人或者其他组织'. */
  readonly thresholdRow = (party: string) => this.thresholds().locator('tbody tr').filter({ hasText: `（${party}）` });

  /** 修改 a 法制审核 amount and save it; the dialog closes when it is stored. */
  async setThreshold(party: string, amount: string): Promise<void> {
    await this.thresholdRow(party).getByRole('button', { name: '修改' }).click();
    await this.dialog().getByRole('textbox', { name: '罚款数额（元）' }).fill(amount);
    await this.dialog().getByRole('button', { name: '保存' }).click();
  }

  readonly powerList = () => this.main.getByRole('region', { name: '权责清单' });
  readonly powerRow = (name: string) => this.powerList().getByRole('table', { name: '权责清单事项' }).locator('tbody tr').filter({ hasText: name });

  /** 添加事项 in 权责清单: fills the dialog and presses 保存 (the dialog stays open when refused). */
  async addPowerItem({ name, category, legalBasis }: { name: string; category: string; legalBasis: string }): Promise<void> {
    await this.powerList().getByRole('button', { name: '添加事项' }).click();
    const dialog = this.dialog();
    await dialog.getByRole('textbox', { name: '事项名称' }).fill(name);
    await dialog.getByRole('combobox', { name: '类别' }).click();
    await this.page.getByRole('option', { name: category, exact: true }).click();
    await dialog.getByRole('textbox', { name: '法律依据' }).fill(legalBasis);
    await dialog.getByRole('button', { name: '保存' }).click();
  }

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
