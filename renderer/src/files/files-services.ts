// What the 附件 section and the 文书 need from the app: its file sync, a "save as" and printing to PDF through the bridge.
// boot.ts builds it; <App> provides it (app/files-context.tsx).
import type { BridgeResult, PrintRequest, SavedFile, SaveFileRequest } from '#shared/bridge';
import type { FileSync } from './file-sync';

export interface FilesServices {
  fileSync: () => Promise<FileSync>;
  saveFile: (request: SaveFileRequest) => Promise<BridgeResult<SavedFile>>;
  /** Prints the page shown (desktop: to a PDF file; web: the browser's print dialog). */
  printToPdf: (request: PrintRequest) => Promise<BridgeResult<SavedFile>>;
}
