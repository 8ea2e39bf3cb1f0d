// 设置 → 备份与恢复: make a backup (the downloaded file's bytes), restore one from a file.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

export class BackupSettings {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('main').getByRole('region', { name: '备份与恢复' });
  }

  async open(): Promise<void> {
    await new AppShell(this.page).goTo('设置');
    await expect(this.section).toBeVisible();
  }

  /** 立即备份 with `password` → the bytes the browser downloaded. */
  async backUp(password: string): Promise<Buffer> {
    await this.section.getByLabel('备份密码', { exact: true }).fill(password);
    await this.section.getByLabel('再输入一次备份密码').fill(password);
    const download = this.page.waitForEvent('download');
    await this.section.getByRole('button', { name: '立即备份' }).click();
    const file = await download;
    await expect(this.section.getByRole('status')).toContainText('备份已保存');
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Picks `file`, types the password and presses 恢复; `where` is the section or the start-up page. */
  async restore(file: Buffer, password: string, where: Locator = this.section): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await where.getByRole('button', { name: '选择备份文件…' }).click();
    await (await chooser).setFiles({ name: '台账备份.tzbak', mimeType: 'application/octet-stream', buffer: file });
    await where.getByLabel('恢复用的备份密码').fill(password);
    await where.getByRole('button', { name: '恢复', exact: true }).click();
  }
}
