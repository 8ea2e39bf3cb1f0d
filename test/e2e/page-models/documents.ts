// 「文书」 on a record's page: download a document as Word, open its print view, or read why it is refused.
import { expect, type Locator, type Page } from '@playwright/test';

export class DocumentsMenu {
  constructor(readonly page: Page) {}

  private async open(): Promise<Locator> {
    await this.page.getByRole('main').getByRole('button', { name: '文书', exact: true }).click();
    const menu = this.page.getByRole('menu');
    await expect(menu).toBeVisible();
    return menu;
  }

  /** 下载<title>（Word） → the .docx the browser downloaded, with its suggested name. */
  async download(title: string): Promise<{ name: string; bytes: Buffer }> {
    const menu = await this.open();
    const download = this.page.waitForEvent('download');
    await menu.getByRole('menuitem', { name: `下载${title}（Word）` }).click();
    const file = await download;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /** 打印<title> → the print view, once docx-preview has laid the document out. */
  async openPrintView(title: string): Promise<Locator> {
    const menu = await this.open();
    await menu.getByRole('menuitem', { name: `打印${title}` }).click();
    await expect(this.page.getByRole('main').getByRole('heading', { name: title, level: 1 })).toBeVisible();
    const preview = this.page.getByTestId('document-preview');
    await expect(preview.locator('section.docx')).toBeVisible();
    return preview;
  }

  /** Asks for a document the record cannot fill: the dialog naming what is missing. */
  async refusal(title: string, action: 'download' | 'print' = 'download'): Promise<Locator> {
    const menu = await this.open();
    await menu.getByRole('menuitem', { name: action === 'download' ? `下载${title}（Word）` : `打印${title}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `暂不能制作${title}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 打印卷宗 → the 卷宗 print view, once every item is laid out and counted (its print button enabled). */
  async openDossier(): Promise<Locator> {
    const menu = await this.open();
    await menu.getByRole('menuitem', { name: /^打印卷宗/ }).click();
    await expect(this.page.getByRole('main').getByRole('button', { name: '打印 / 另存为 PDF' })).toBeEnabled({ timeout: 30_000 });
    return this.page.getByTestId('dossier');
  }
}
