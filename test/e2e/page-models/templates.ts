// 基础数据 → 文书模板: each form's row, download its current template, upload a replacement, restore the shipped one.
import { expect, type Locator, type Page } from '@playwright/test';

export class TemplatesSection {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: '文书模板', exact: true });
  }

  row(title: string): Locator {
    return this.region().getByRole('row').filter({ has: this.page.getByRole('cell', { name: title, exact: true }) });
  }

  /** 下载 → the .docx the browser downloaded. */
  async download(title: string): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.region().getByRole('button', { name: `下载${title}模板` }).click();
    const chunks: Buffer[] = [];
    for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** 上传替换 with a file of these bytes; the section's message (success or refusal) after it. */
  async upload(title: string, name: string, bytes: Buffer): Promise<Locator> {
    await this.region().getByLabel(`上传替换${title}模板`).setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes });
    const message = this.region().getByRole('alert').or(this.region().getByRole('status'));
    await expect(message).toBeVisible();
    return message;
  }

  async restore(title: string): Promise<void> {
    await this.region().getByRole('button', { name: `恢复${title}默认模板` }).click();
  }
}
