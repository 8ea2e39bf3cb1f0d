// One scanned 附件 made ready for the 卷宗 (decision 027): an image as it is, each page of a PDF as an image, or a
// placeholder page naming the file and why it could not be bound. Reads the file through the encrypted local file
// store only; stops at the next page once the 卷宗 is cancelled.
import {
  admitPdfPages, scanPageCount, unreadablePdfPage, unsupportedScan, type BoundScan, type ScanProblem,
} from '#shared/domain/dossier/scan-pages';
import type { DossierAttachment, DossierItem } from '#shared/domain/dossier/dossier';
import type { ObjectUrls } from './object-urls';

/** A bound scan with what the print view shows: the image URLs (one per page) or why it is a placeholder. */
export type ScanPart =
  | { item: DossierItem; content: 'image'; url: string }
  | { item: DossierItem; content: 'pdf'; urls: string[] }
  | { item: DossierItem; content: 'placeholder'; problem: ScanProblem };

export interface ScanBinding {
  read(attachment: DossierAttachment): Promise<Uint8Array>;
  urls: ObjectUrls;
  signal: AbortSignal;
  /** A PDF of this many pages was opened: the progress counts its pages as steps. */
  foundPages(pages: number): void;
  /** One step done; `next` says what comes now. */
  step(next: string): void;
  /** PDF pages bound so far in this 卷宗 (for the bound, `maxPdfPagesPerDossier`). */
  pdfPagesUsed: number;
}

/** The scan as the 卷内目录 counts it. */
export function boundScan(part: ScanPart): BoundScan {
  if (part.content === 'pdf') return { content: 'pdf', pages: part.urls.length };
  return part.content === 'image' ? { content: 'image' } : { content: 'placeholder', problem: part.problem };
}

export const scanPartPages = (part: ScanPart): number => scanPageCount(boundScan(part));

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('已取消', 'AbortError');
}

export async function bindScan(item: Extract<DossierItem, { source: 'attachment' }>, binding: ScanBinding): Promise<ScanPart> {
  const { attachment } = item;
  const placeholder = (problem: ScanProblem): ScanPart => ({ item, content: 'placeholder', problem });
  const isPdf = attachment.mimeType === 'application/pdf';
  if (!isPdf && !attachment.mimeType.startsWith('image/')) return placeholder(unsupportedScan(attachment.mimeType));
  const bytes = await binding.read(attachment);
  throwIfAborted(binding.signal);
  if (!isPdf) return { item, content: 'image', url: binding.urls.create(new Blob([new Uint8Array(bytes)], { type: attachment.mimeType })) };

  const { openPdf, pageCanvas, renderPage, closePdf } = await import('./pdf-pages');
  const opened = await openPdf(bytes);
  if (!opened.ok) return placeholder(opened.problem);
  const { canvas, release } = pageCanvas();
  try {
    const refused = admitPdfPages(binding.pdfPagesUsed, opened.pages);
    if (refused) return placeholder(refused);
    binding.foundPages(opened.pages);
    const urls: string[] = [];
    for (let page = 1; page <= opened.pages; page += 1) {
      throwIfAborted(binding.signal);
      binding.step(`正在排入「${attachment.name}」第 ${page}/${opened.pages} 页`);
      let image: Blob;
      try {
        image = await renderPage(opened.document, page, canvas, binding.signal);
      } catch (error) {
        throwIfAborted(binding.signal);
        console.warn(`卷宗：「${attachment.name}」第 ${page} 页`, error);
        return placeholder(unreadablePdfPage(page));
      }
      urls.push(binding.urls.create(image));
    }
    binding.pdfPagesUsed += opened.pages;
    return { item, content: 'pdf', urls };
  } finally {
    release();
    await closePdf(opened.document);
  }
}
