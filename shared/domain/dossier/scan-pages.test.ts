import { describe, expect, it } from 'vitest';
import { tableOfContents } from './dossier';
import {
  admitPdfPages, maxPdfPagesPerDossier, passwordPdf, placeholderText, scanPageCount, unreadablePdf, type BoundScan,
} from './scan-pages';

describe('scans in the 卷宗 (decision 027)', () => {
  it('numbers the 卷内目录 with every page of a PDF: a 3-page scan takes 3 pages, a placeholder one', () => {
    // 人民调解笔录 (2 pages laid out), 笔录签字页.png, 协议签字页.pdf (3 pages), 身份证明.pdf (corrupt), 回访.pdf (1 page).
    const scans: BoundScan[] = [{ content: 'image' }, { content: 'pdf', pages: 3 }, { content: 'placeholder', problem: unreadablePdf }, { content: 'pdf', pages: 1 }];
    const items = ['笔录', '笔录签字页.png', '协议签字页.pdf', '身份证明.pdf', '回访.pdf'].map((title) => ({ title }));
    const rows = tableOfContents(items, [2, ...scans.map(scanPageCount)]);
    expect(rows.map((row) => [row.title, row.pages])).toEqual([
      ['笔录', '3–4'], ['笔录签字页.png', '5'], ['协议签字页.pdf', '6–8'], ['身份证明.pdf', '9'], ['回访.pdf', '10'],
    ]);
  });

  it('[DOSSIER_PDF_TOO_MANY_PAGES] refuses a PDF whole once the 卷宗 would pass its bound of PDF pages', () => {
    expect(admitPdfPages(0, maxPdfPagesPerDossier)).toBeUndefined();
    expect(admitPdfPages(150, 50)).toBeUndefined();
    const refused = admitPdfPages(150, 51);
    expect(refused?.code).toBe('DOSSIER_PDF_TOO_MANY_PAGES');
    expect(refused?.message).toBe('此件 51 页，本卷宗已排入 PDF 扫描页 150 页，一卷最多排入 200 页');
    expect(admitPdfPages(0, 3, 2)?.code).toBe('DOSSIER_PDF_TOO_MANY_PAGES');
  });

  it('[DOSSIER_PDF_UNREADABLE] a PDF of no pages is unreadable, and its placeholder page still counts one page', () => {
    expect(admitPdfPages(0, 0)?.code).toBe('DOSSIER_PDF_UNREADABLE');
    expect(scanPageCount({ content: 'pdf', pages: 0 })).toBe(1);
  });

  it('[DOSSIER_PDF_PASSWORD] the placeholder names the file, the reason and what to do instead', () => {
    expect(placeholderText('身份证明.pdf', passwordPdf)).toBe('「身份证明.pdf」未能排入卷宗：PDF 设有打开密码，无法读取。请从案件「附件」中另行打印后插入此页。');
  });
});
