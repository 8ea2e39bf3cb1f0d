// Saving what the renderer produced (Excel, Word, PDF of the current page) where the official
// chooses. The path comes from the OS save dialog only, never from the renderer.
import type { BridgeResult, PrintRequest, SavedFile, SaveFileRequest } from '#shared/bridge';
import { bridgeFailure } from './bridge-errors';

export type FileFilter = { name: string; extensions: string[] };

export interface FileExportDeps {
  /** Shows the save dialog; null when the official cancels. */
  chooseSavePath(suggestedName: string, filters: FileFilter[]): Promise<string | null>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
}

async function writeChosen(path: string, data: Uint8Array | string, deps: FileExportDeps): Promise<BridgeResult<SavedFile>> {
  try {
    await deps.writeFile(path, data);
  } catch (error) {
    return bridgeFailure('FILE_WRITE_FAILED', String(error));
  }
  return { ok: true, value: { savedTo: path } };
}

export async function saveFile(request: SaveFileRequest, deps: FileExportDeps): Promise<BridgeResult<SavedFile>> {
  const path = await deps.chooseSavePath(request.suggestedName, request.filters ?? []);
  if (path === null) return { ok: true, value: { savedTo: null } };
  return writeChosen(path, request.contents, deps);
}

const pdfFilter: FileFilter = { name: 'PDF 文件', extensions: ['pdf'] };

/** Renders first, so the PDF shows the page as it was when the official clicked 打印. */
export async function printToPdf(
  request: PrintRequest,
  deps: FileExportDeps & { renderPdf(): Promise<Uint8Array> },
): Promise<BridgeResult<SavedFile>> {
  let pdf: Uint8Array;
  try {
    pdf = await deps.renderPdf();
  } catch (error) {
    return bridgeFailure('PDF_PRINT_FAILED', String(error));
  }
  const path = await deps.chooseSavePath(request.suggestedName, [pdfFilter]);
  if (path === null) return { ok: true, value: { savedTo: null } };
  return writeChosen(path, pdf, deps);
}
