// 设置: who works on this computer (经办人) and for which township.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { APP_START_TIMEOUT, choose } from './controls';

export class SettingsPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: '本机设置' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
    await expect(this.page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  }

  async expectFirstRun(): Promise<void> {
    // The first screen waits for the local database to open, which is the slowest step of a start.
    await expect(this.page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible({ timeout: APP_START_TIMEOUT });
    await expect(this.page.getByText('欢迎使用台账')).toBeVisible();
  }

  readonly operatorField = () => this.form.getByRole('textbox', { name: '经办人' });
  readonly townshipField = () => this.form.getByRole('combobox', { name: '所属乡镇' });

  async fill({ operator, township }: { operator?: string; township?: string }): Promise<void> {
    if (operator !== undefined) await this.operatorField().fill(operator);
    if (township !== undefined) await choose(this.form, '所属乡镇', township);
  }

  async save(values: { operator?: string; township?: string }): Promise<void> {
    await this.fill(values);
    await this.form.getByRole('button', { name: '保存设置' }).click();
  }

  /** 诊断信息: 导出诊断信息 saves a zip (the web build downloads it); resolves with the download once the page says so. */
  readonly diagnostics = () => this.page.getByRole('region', { name: '诊断信息' });

  async exportDiagnostics(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.diagnostics().getByRole('button', { name: '导出诊断信息' }).click();
    const download = await downloading;
    await expect(this.diagnostics().getByRole('status')).toContainText('诊断信息已导出');
    return download;
  }

  readonly alert = () => this.form.getByRole('alert');
  readonly status = () => this.form.getByRole('status');
}
