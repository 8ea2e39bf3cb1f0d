// 设置: for which township this computer works; who works on it (经办人) is the signed-in account, shown only.
import { expect, type Locator, type Page } from '@playwright/test';
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

  readonly alert = () => this.form.getByRole('alert');
  readonly status = () => this.form.getByRole('status');
}
