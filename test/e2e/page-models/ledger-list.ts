// A ledger list screen (人民调解, 学法记录, 行政执法 …): search box, one 筛选 select, rows newest first.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { choose, typeDate } from './controls';

export class LedgerList {
  readonly main: Locator;

  constructor(readonly page: Page, readonly title: string) {
    this.main = page.getByRole('main');
  }

  readonly heading = () => this.main.getByRole('heading', { name: this.title, level: 1 });
  readonly table = () => this.main.getByRole('table', { name: this.title });
  /** Data rows only (the header row is in thead). */
  readonly rows = () => this.table().locator('tbody tr');
  readonly row = (text: string) => this.rows().filter({ hasText: text });
  readonly emptyNotice = () => this.main.getByText(/没有符合条件|是空的/);

  /** Each column header's text and how many lines it takes on screen. */
  headerLines(): Promise<{ text: string; lines: number }[]> {
    return linesOf(this.table().locator('thead th'));
  }

  /** Each cell of a data row, with how many lines it takes on screen. */
  rowLines(text: string): Promise<{ text: string; lines: number }[]> {
    return linesOf(this.row(text).locator('td'));
  }

  /** Whether the table is wider than the page shows (the official would have to scroll sideways). */
  scrollsSideways(): Promise<boolean> {
    return this.table().evaluate((table) => {
      const box = table.parentElement as HTMLElement;
      return box.scrollWidth > box.clientWidth;
    });
  }

  async expectOpen(): Promise<void> {
    await expect(this.heading()).toBeVisible();
    await expect(this.table()).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.main.getByRole('searchbox').fill(text);
  }

  /** Picks `group：option` in 筛选 (e.g. 状态：调解成功), or 全部 when option is omitted. */
  async filter(group?: string, option?: string): Promise<void> {
    await choose(this.main, '筛选', group && option ? `${group}：${option}` : '全部');
  }

  /** Types the list's date range (e.g. 受理日期从 / 受理日期至); an omitted end stays open. */
  async filterDates(dateLabel: string, { from, to }: { from?: string; to?: string }): Promise<void> {
    if (from) await typeDate(this.main, `${dateLabel}从`, from);
    if (to) await typeDate(this.main, `${dateLabel}至`, to);
  }

  /** Presses 导出 Excel and waits for the file the browser downloads. */
  async exportExcel(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    await expect(this.page.getByText(/^已导出 \d+ 条记录/)).toBeVisible();
    return file;
  }

  /** 导入 Excel: picks the file, checks the rows with the columns as found by their headers, and returns the dialog. */
  async importExcel(path: string): Promise<Locator> {
    await this.main.getByLabel('选择要导入的 Excel 文件').setInputFiles(path);
    const dialog = this.page.getByRole('dialog', { name: /^导入 Excel/ });
    await dialog.getByRole('button', { name: '检查数据' }).click();
    await expect(dialog.getByLabel('检查结果')).toBeVisible();
    return dialog;
  }

  /** Waits until exactly these rows (by some text in each) are listed, in this order. */
  async expectRows(texts: string[]): Promise<void> {
    await expect(this.rows()).toHaveCount(texts.length);
    for (const [index, text] of texts.entries()) await expect(this.rows().nth(index)).toContainText(text);
  }

  async expectEmpty(): Promise<void> {
    await expect(this.rows()).toHaveCount(0);
    await expect(this.emptyNotice()).toBeVisible();
  }

  async open(text: string): Promise<void> {
    await this.row(text).click();
  }

  async startNew(buttonName: string): Promise<void> {
    await this.main.getByRole('button', { name: buttonName }).click();
  }
}

/** Text and line count of each cell: the distinct tops of the rects of its text (element boxes left out). */
function linesOf(cells: Locator): Promise<{ text: string; lines: number }[]> {
  return cells.evaluateAll((elements) => elements.map((cell) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
    }
    return { text: cell.textContent ?? '', lines: tops.size };
  }));
}
