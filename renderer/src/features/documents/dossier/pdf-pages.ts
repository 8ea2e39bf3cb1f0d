// A scanned PDF's pages as images for the 卷宗's print view (decision 027): pdf.js renders each page at print
// resolution into one reused canvas, which becomes a JPEG blob, then the canvas is emptied. Loaded only when a 卷宗
// has a PDF. Under the app's CSP (script-src 'self', no eval, no WebAssembly): the worker is a bundled file of the
// app, pdf.js 6 uses no eval, and the image decoders are pdf.js's JavaScript ones (scripts/vite-plugin-pdfjs-data.ts).
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { passwordPdf, unreadablePdf, type ScanProblem } from '#shared/domain/dossier/scan-pages';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Where scripts/vite-plugin-pdfjs-data.ts puts pdf.js's data files, beside index.html (routes are in the hash). */
const dataUrl = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

/** A4 at 150 dpi in pixels, short side × long side: sharp on paper at a few hundred KB a page. */
const printPixels = { short: 1240, long: 1754 } as const;
const jpegQuality = 0.85;

export type OpenedPdf = { ok: true; pages: number; document: PDFDocumentProxy } | { ok: false; problem: ScanProblem };

/** Opens a PDF from its bytes, or says in Chinese why it cannot be read. The caller closes it (`close`). */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const task = getDocument({
    data: bytes.slice(), // pdf.js hands the buffer to its worker, detaching it
    useWasm: false,
    wasmUrl: dataUrl('wasm'),
    cMapUrl: dataUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataUrl('standard_fonts'),
    enableXfa: false,
    stopAtErrors: false,
  });
  try {
    const document = await task.promise;
    return { ok: true, pages: document.numPages, document };
  } catch (error) {
    await task.destroy();
    if (error instanceof Error && error.name === 'PasswordException') return { ok: false, problem: passwordPdf };
    if (error instanceof Error && (error.name === 'InvalidPDFException' || error.name === 'UnknownErrorException' || error.name === 'FormatError')) {
      return { ok: false, problem: unreadablePdf };
    }
    throw error;
  }
}

/** A canvas that `renderPage` draws into, one per PDF, emptied by `release` so its pixels are freed at once. */
export function pageCanvas(): { canvas: HTMLCanvasElement; release: () => void } {
  const canvas = document.createElement('canvas');
  return { canvas, release: () => { canvas.width = 0; canvas.height = 0; } };
}

/**
 * Page `number` (from 1) as a JPEG blob at A4 / 150 dpi (a page of another size is scaled to fit that box).
 * `signal` cancels the rendering in progress.
 */
export async function renderPage(pdf: PDFDocumentProxy, number: number, canvas: HTMLCanvasElement, signal: AbortSignal): Promise<Blob> {
  const page = await pdf.getPage(number);
  try {
    const [width, height] = [page.view[2]! - page.view[0]!, page.view[3]! - page.view[1]!];
    const rotated = page.rotate % 180 !== 0;
    const [wide, tall] = rotated ? [height, width] : [width, height];
    const box = wide > tall ? { wide: printPixels.long, tall: printPixels.short } : { wide: printPixels.short, tall: printPixels.long };
    const viewport = page.getViewport({ scale: Math.min(box.wide / wide, box.tall / tall) });
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    const task = page.render({ canvas, viewport, intent: 'print', background: 'white' });
    const cancel = () => task.cancel();
    signal.addEventListener('abort', cancel);
    try { await task.promise; } finally { signal.removeEventListener('abort', cancel); }
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('页面图像生成失败'))), 'image/jpeg', jpegQuality));
  } finally {
    page.cleanup();
  }
}

export async function closePdf(pdf: PDFDocumentProxy): Promise<void> {
  await pdf.loadingTask.destroy();
}
