// 全县概览 (county PC only): each township's year against the plan's targets, and each PC's sync health.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

export class CountyOverview {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  async open(): Promise<void> {
    await new AppShell(this.page).goTo('全县概览');
    await expect(this.main.getByRole('heading', { name: '全县概览', level: 1 })).toBeVisible();
  }

  readonly progressTable = () => this.main.getByRole('table', { name: '各乡镇规划目标完成情况' });

  /** The figure of a township (忠仁镇, 全县) for a target (mediationSuccessRate, lawsStudiedBeforeMeetings, officerTrainings). */
  readonly figure = (township: string, code: string) =>
    this.progressTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: township, exact: true }) }).getByTestId(`progress-${code}`);

  readonly devicesTable = () => this.main.getByRole('table', { name: '各电脑同步情况' });
  readonly deviceRow = (name: string) => this.devicesTable().getByTestId('device-row').filter({ hasText: name });

  /** A PC's row as shown: 电脑名称, 乡镇, 上次同步, 待同步, 软件版本, 状态. */
  async device(name: string): Promise<string[]> {
    return this.deviceRow(name).locator('td').allTextContents();
  }

  async refreshDevices(): Promise<void> {
    await this.main.getByRole('button', { name: '刷新' }).click();
  }
}
