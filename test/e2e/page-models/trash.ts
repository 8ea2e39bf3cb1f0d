// 回收站: deleted records per kind (tabs), each with 恢复 behind a confirmation.
import { expect, type Locator, type Page } from '@playwright/test';
import { LedgerList } from './ledger-list';

export type KindTab = '人民调解' | '学法记录' | '行政执法' | '执法人员' | '案卷评查';

export class Trash {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  /** The list of one kind's deleted records. */
  async showKind(kind: KindTab): Promise<LedgerList> {
    await this.main.getByRole('tablist', { name: '记录类别' }).getByRole('tab', { name: kind }).click();
    const list = new LedgerList(this.page, `回收站 · ${kind}`);
    await list.expectOpen();
    return list;
  }

  /** Presses 恢复 on the row naming `text` and returns the confirmation dialog. */
  async askToRestore(list: LedgerList, text: string): Promise<Locator> {
    await list.row(text).getByRole('button', { name: /^恢复/ }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
