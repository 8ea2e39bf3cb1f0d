// The form scaffold every ledger uses: 保存 / 取消, and on refusal a summary of every issue
// ("有 N 处需要修改，尚未保存") with each field's message shown beneath the field too.
import { expect, type Locator, type Page } from '@playwright/test';

export class RecordForm {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('main').getByRole('form');
  }

  readonly heading = () => this.form.getByRole('heading', { level: 1 });
  readonly issueSummary = () => this.page.getByTestId('issue-summary');
  readonly textbox = (label: string, scope: Locator = this.form) => scope.getByRole('textbox', { name: label, exact: true });

  async expectOpen(title: string | RegExp): Promise<void> {
    await expect(this.heading()).toHaveText(title);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: '保存', exact: true }).click();
  }

  /** Saves and expects the refusal: the summary lists these messages (substrings) and the form stays. */
  async saveExpectingRefusal(messages: (string | RegExp)[]): Promise<void> {
    await this.save();
    await expect(this.issueSummary()).toBeVisible();
    await expect(this.issueSummary()).toContainText('尚未保存');
    for (const message of messages) await expect(this.issueSummary()).toContainText(message);
  }
}
