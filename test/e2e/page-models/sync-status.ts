// The sync status chip in the app bar and the panel it opens (上次同步, 待同步, last error, conflicts, 立即同步).
import { expect, type Locator, type Page } from '@playwright/test';

/** First syncs and stream reconnects take a few seconds on a loaded machine. */
export const SYNC_TIMEOUT = 60_000;

export class SyncStatus {
  readonly chip: Locator;

  constructor(readonly page: Page) {
    this.chip = page.getByTestId('sync-status');
  }

  readonly panel = () => this.page.getByRole('dialog', { name: '同步详情' });

  /** Waits until the chip reads exactly `text` (e.g. 已同步, 离线 · 待同步 3 条). */
  async expectText(text: string | RegExp, timeout = SYNC_TIMEOUT): Promise<void> {
    await expect(this.chip).toHaveText(text, { timeout });
  }

  async open(): Promise<Locator> {
    await this.chip.click();
    await expect(this.panel()).toBeVisible();
    return this.panel();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.panel()).toBeHidden();
  }

  async syncNow(): Promise<void> {
    const panel = await this.open();
    await panel.getByRole('button', { name: '立即同步' }).click();
    await this.close();
  }
}
