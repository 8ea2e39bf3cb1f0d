// 冲突处理: the list of open conflicts and one conflict's fields, each with the finding PC (本机, or
// another PC by name) and 服务器 to choose.
import { expect, type Locator, type Page } from '@playwright/test';

export class ConflictsPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  readonly heading = () => this.main.getByRole('heading', { level: 1 });
  readonly rows = () => this.main.getByRole('table', { name: '待处理的冲突' }).locator('tbody tr');
  readonly emptyNotice = () => this.main.getByText('没有需要处理的冲突');

  async open(recordTitle: string): Promise<void> {
    await this.rows().filter({ hasText: recordTitle }).click();
    await expect(this.heading()).toHaveText(`冲突处理 · ${recordTitle}`);
  }

  /** The field's two values as shown (the finding PC first, 服务器 second). */
  field(label: string): Locator {
    return this.main.getByRole('region', { name: label });
  }

  /** One side's value of the field, under its side's label (本机, 另一台电脑“…” or 服务器). */
  value(label: string, side: string): Locator {
    return this.field(label).locator('label').filter({ hasText: side }).locator('xpath=..');
  }

  async choose(label: string, side: '本机' | '服务器'): Promise<void> {
    await this.field(label).getByRole('radio', { name: side }).check();
  }

  /** The note above the fields: how to choose, or (on a PC that may not) who does. */
  readonly note = () => this.main.getByRole('note');
  readonly saveButton = () => this.main.getByRole('button', { name: '保存选择' });

  async save(): Promise<void> {
    await this.main.getByRole('button', { name: '保存选择' }).click();
    await expect(this.main.getByText('已保存选择')).toBeVisible();
  }
}
