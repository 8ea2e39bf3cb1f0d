// How many pages each scanned 附件 takes in a 卷宗 (decision 027): an image one page, a PDF one page per page of
// it, and a file that cannot be bound one placeholder page that names it and says why. Pure: the renderer reads and
// lays out the files, this says what they count and what the official is told.

/** Why a scan cannot be bound; the placeholder page and the screen say it in Chinese. */
export interface ScanProblem {
  code: 'DOSSIER_PDF_UNREADABLE' | 'DOSSIER_PDF_PASSWORD' | 'DOSSIER_PDF_TOO_MANY_PAGES' | 'DOSSIER_SCAN_TYPE';
  message: string;
}

/** A scan as bound: one image, the pages of a PDF (as images), or a placeholder page. */
export type BoundScan =
  | { content: 'image' }
  | { content: 'pdf'; pages: number }
  | { content: 'placeholder'; problem: ScanProblem };

/**
 * PDF pages one 卷宗 binds at most. Each page is kept as a ~150 dpi image until the 卷宗 is printed (a few hundred KB
 * each): 200 pages is a thick case file and still well within a township PC's memory.
 */
export const maxPdfPagesPerDossier = 200;

/** Pages the scan takes in the 卷宗 (the 卷内目录 counts them). */
export function scanPageCount(scan: BoundScan): number {
  return scan.content === 'pdf' ? Math.max(1, scan.pages) : 1;
}

/**
 * Whether a PDF of `pages` pages may still be bound when `used` PDF pages already are. Refused whole rather than cut
 * short: half a 协议书 in a 卷宗 would look complete to the reviewer.
 */
export function admitPdfPages(used: number, pages: number, limit = maxPdfPagesPerDossier): ScanProblem | undefined {
  if (pages < 1) return { code: 'DOSSIER_PDF_UNREADABLE', message: '文件中没有页面' };
  if (used + pages <= limit) return undefined;
  return {
    code: 'DOSSIER_PDF_TOO_MANY_PAGES',
    message: `此件 ${pages} 页，本卷宗已排入 PDF 扫描页 ${used} 页，一卷最多排入 ${limit} 页`,
  };
}

export const unreadablePdf: ScanProblem = { code: 'DOSSIER_PDF_UNREADABLE', message: '文件已损坏或不是有效的 PDF，无法读取' };
export const passwordPdf: ScanProblem = { code: 'DOSSIER_PDF_PASSWORD', message: 'PDF 设有打开密码，无法读取' };

export function unsupportedScan(mimeType: string): ScanProblem {
  return { code: 'DOSSIER_SCAN_TYPE', message: `此类文件（${mimeType || '未知类型'}）无法排入卷宗` };
}

/** The words of a placeholder page: the file, the reason, and what the official does instead. */
export function placeholderText(fileName: string, problem: ScanProblem): string {
  return `「${fileName}」未能排入卷宗：${problem.message}。请从案件「附件」中另行打印后插入此页。`;
}

export function unreadablePdfPage(page: number): ScanProblem {
  return { code: 'DOSSIER_PDF_UNREADABLE', message: `第 ${page} 页无法读取，文件可能已损坏` };
}
