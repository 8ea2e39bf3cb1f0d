// The frame around every screen: the app bar (township, the signed-in 经办人) and the 主导航 menu.
import { expect, type Page } from '@playwright/test';
import { signInAgain } from './accounts';
import { APP_START_TIMEOUT } from './controls';

export type Section = '工作台' | '人民调解' | '学法记录' | '行政执法' | '执法人员' | '案卷评查' | '统计报表' | '全县概览' | '回收站' | '冲突处理' | '基础数据' | '账户管理' | '设置';

export class AppShell {
  constructor(readonly page: Page) {}

  /** Clicks the menu entry and waits for the screen's own heading (回收站's reads 回收站 · …). */
  async goTo(section: Section): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: section }).click();
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toContainText(section);
  }

  /**
   * Reloads the whole app, as closing and reopening it would, signs in again as the PC's only account (or
   * `account`) and waits until it shows a page again.
   */
  async reload(account?: string): Promise<void> {
    await this.page.reload();
    await signInAgain(this.page, account);
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: APP_START_TIMEOUT });
  }

  readonly township = () => this.page.getByTestId('township-name');
  /** The number of open sync conflicts beside 冲突处理 in the menu (absent when there are none). */
  readonly conflictsBadge = () => this.page.getByRole('navigation', { name: '主导航' }).getByTestId('conflicts-badge');
}
