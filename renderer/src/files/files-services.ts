// What the 附件 section needs from the app: its file sync and a "save as" through the bridge.
// boot.ts builds it; <App> provides it (app/files-context.tsx).
import type { BridgeResult, SavedFile, SaveFileRequest } from '#shared/bridge';
import type { FileSync } from './file-sync';

export interface FilesServices {
  fileSync: () => Promise<FileSync>;
  saveFile: (request: SaveFileRequest) => Promise<BridgeResult<SavedFile>>;
}
