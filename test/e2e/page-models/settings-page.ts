// 设置: for which township this computer works; who works on it (经办人) is the signed-in account, shown only.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { choose } from './controls';

export class SettingsPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: '本机设置' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
    await expect(this.page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  }

  readonly operatorField = () => this.form.getByRole('textbox', { name: '经办人' });
  /** 乡镇 or 县司法局: what the county's enrollment code made this PC, never chosen here. */
  readonly kindField = () => this.form.getByRole('textbox', { name: '本机类型' });
  readonly townshipField = () => this.form.getByRole('combobox', { name: '所属乡镇' });

  async save({ township }: { township?: string }): Promise<void> {
    if (township !== undefined) await choose(this.form, '所属乡镇', township);
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
