// 设置 → 同步（县服务器）: enroll with address and code, see the enrollment, 立即同步, 退出登记.
import { expect, type Locator, type Page } from '@playwright/test';

export class SyncSettings {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: '同步' });
  }

  readonly form = () => this.section.getByRole('form', { name: '登记到县服务器' });
  readonly field = (label: '服务器地址' | '登记码' | '本机名称') => this.form().getByRole('textbox', { name: label });
  readonly problem = () => this.form().getByRole('alert');
  readonly enrollmentValue = (label: '服务器' | '角色' | '乡镇' | '本机名称' | '登记时间') => this.section.getByTestId(`enrollment-${label}`);

  async enroll({ serverUrl, code, deviceName }: { serverUrl: string; code: string; deviceName?: string }): Promise<void> {
    await this.field('服务器地址').fill(serverUrl);
    await this.field('登记码').fill(code);
    if (deviceName !== undefined) await this.field('本机名称').fill(deviceName);
    await this.form().getByRole('button', { name: '登记' }).click();
  }

  async expectEnrolled(role: '乡镇' | '县司法局'): Promise<void> {
    await expect(this.section.getByText('本机已登记到县服务器')).toBeVisible({ timeout: 20_000 });
    await expect(this.enrollmentValue('角色')).toHaveText(role);
  }
}
