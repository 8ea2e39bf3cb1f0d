// A record's detail screen: heading, labelled values per section, 显示 for masked personal data,
// 修改 / 删除 (with its confirmation), and the 修改记录 panel.
import { expect, type Locator, type Page } from '@playwright/test';

export class RecordDetail {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  readonly heading = () => this.main.getByRole('heading', { level: 1 });
  readonly section = (title: string) => this.main.getByRole('region', { name: title, exact: true });
  readonly history = () => this.main.getByRole('complementary', { name: '修改记录' });
  /** 请留意: the warnings the rules still hold on the saved record. */
  readonly warnings = () => this.main.getByTestId('record-warnings');
  /** What the record breaks under today's rules (saved before a rule existed, or received from another PC). */
  readonly ruleErrors = () => this.main.getByTestId('record-errors');
  /** 已确认知悉的提醒: warnings an official answered for, with who, when and why. */
  readonly acknowledged = () => this.main.getByTestId('record-acknowledged');
  readonly historyEntries = () => this.history().getByRole('listitem').filter({ has: this.page.locator('.MuiListItemText-root') });

  /** The value shown under `label` (a dt/dd pair), optionally inside one section. */
  value(label: string, sectionTitle?: string): Locator {
    const scope = sectionTitle ? this.section(sectionTitle) : this.main;
    return scope.locator('dt').filter({ hasText: new RegExp(`^${escape(label)}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** Presses 显示 beside a masked value (the button is named 显示<whose field>). */
  async reveal(buttonName: string): Promise<void> {
    await this.main.getByRole('button', { name: `显示${buttonName}` }).click();
    await expect(this.main.getByRole('button', { name: `隐藏${buttonName}` })).toBeVisible();
  }

  protected async pressEdit(): Promise<void> {
    await this.main.getByRole('button', { name: '修改', exact: true }).click();
    await expect(this.main.getByRole('form')).toBeVisible();
  }

  /** Presses 删除 and returns the confirmation dialog (nothing happens until it is answered). */
  async askToDelete(): Promise<Locator> {
    await this.main.getByRole('button', { name: '删除', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Presses 确认知悉 beside the warning holding `text` and returns the dialog asking for the reason. */
  async askToAcknowledge(text: string): Promise<Locator> {
    await this.warnings().getByRole('button', { name: new RegExp(`^确认知悉：.*${escape(text)}`) }).click();
    const dialog = this.page.getByRole('dialog', { name: '确认知悉这条提醒' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Waits until the history names this change (e.g. 调解状态：已受理 → 调解中). */
  async expectHistoryLine(text: string | RegExp): Promise<void> {
    await expect(this.history().getByText(text).first()).toBeVisible();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
