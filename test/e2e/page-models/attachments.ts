// The 附件 section of a detail page: add a file with its purpose, read a row's state, save, delete, 恢复.
import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './controls';

export class AttachmentsSection {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('main').getByRole('region', { name: '附件', exact: true });
  }

  readonly row = (fileName: string) => this.section.getByRole('table', { name: '附件列表' }).getByRole('row').filter({ hasText: fileName });

  async add(file: { name: string; mimeType: string; buffer: Buffer }, purpose?: string): Promise<void> {
    await expect(this.section.getByText('添加附件')).toBeVisible();
    if (purpose) await choose(this.section, '附件用途', purpose);
    await this.section.getByLabel('选择附件文件').setInputFiles(file);
    await expect(this.section.getByRole('alert').filter({ hasText: `已添加「${file.name}」` })).toBeVisible();
  }

  async expectState(fileName: string, state: string): Promise<void> {
    await expect(this.row(fileName)).toContainText(state);
  }

  /** 保存到电脑 → the bytes the browser downloaded. */
  async save(fileName: string): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.section.getByRole('button', { name: `保存「${fileName}」` }).click();
    const file = await download;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async remove(fileName: string): Promise<void> {
    await this.section.getByRole('button', { name: `删除「${fileName}」` }).click();
    const dialog = this.page.getByRole('dialog', { name: '删除附件' });
    await dialog.getByRole('button', { name: '删除' }).click();
    await expect(dialog).toBeHidden();
  }

  async restore(fileName: string): Promise<void> {
    await this.section.getByRole('button', { name: `恢复「${fileName}」` }).click();
    await expect(this.row(fileName)).toBeVisible();
  }
}
