// The main-process side of the bridge: one handler per method of TaizhangBridge, checking
// its untrusted input before acting. Typed against the contract, so a method missing here,
// or answering the wrong shape, fails the type check.
import type { AppInfo, BridgeResult, DataKey, SavedFile, TaizhangBridge, UpdateStatus } from '#shared/bridge';
import { checkLogEntry, type AppLog } from './app-log';
import { checkPrintRequest, checkSaveFileRequest, checkUpdateRequest } from './bridge-input';
import { backupFolder, chooseBackupFolder, openBackupFile, saveBackup, type BackupFilesDeps } from './backup-files';
import { printToPdf, saveFile, type FileExportDeps } from './file-export';
import type { SyncSecretsStore } from './sync-secrets';
import type { UpdateController } from './updates';

/** Each argument the renderer sends arrives as unknown; the count matches the contract. */
type Untrusted<T extends readonly unknown[]> = { [I in keyof T]: unknown };
type UntrustedArgs<F extends (...args: never[]) => unknown> = Untrusted<Parameters<F>>;

export type BridgeHandlers<Sender> = {
  [K in keyof TaizhangBridge]: (sender: Sender, ...args: UntrustedArgs<TaizhangBridge[K]>) => ReturnType<TaizhangBridge[K]>;
};

export interface BridgeDeps<Sender> {
  getDataKey(): Promise<BridgeResult<DataKey>>;
  /** Checks what `set` receives itself (sync-secrets.ts). */
  syncSecrets: SyncSecretsStore;
  /** Save dialog and write, parented to the sender's window. */
  fileExport(sender: Sender): FileExportDeps;
  renderPdf(sender: Sender): Promise<Uint8Array>;
  /** Dialogs parented to the sender's window, the disk and the kept folder choice (backup-files.ts). */
  backupFiles(sender: Sender): BackupFilesDeps;
  appInfo: AppInfo;
  log: AppLog;
  updates: Pick<UpdateController, 'check' | 'status'>;
}

export function createBridgeHandlers<Sender>(deps: BridgeDeps<Sender>): BridgeHandlers<Sender> {
  return {
    getDataKey: () => deps.getDataKey(),
    getSyncSecrets: () => deps.syncSecrets.get(),
    setSyncSecrets: (_sender, secrets) => deps.syncSecrets.set(secrets),
    printToPdf: async (sender, request): Promise<BridgeResult<SavedFile>> => {
      const checked = checkPrintRequest(request);
      if (!checked.ok) return checked;
      return printToPdf(checked.value, { ...deps.fileExport(sender), renderPdf: () => deps.renderPdf(sender) });
    },
    saveFile: async (sender, request): Promise<BridgeResult<SavedFile>> => {
      const checked = checkSaveFileRequest(request);
      if (!checked.ok) return checked;
      return saveFile(checked.value, deps.fileExport(sender));
    },
    appInfo: () => Promise.resolve(deps.appInfo),
    writeLog: (_sender, entry) => {
      const checked = checkLogEntry(entry);
      if (checked) deps.log.writeFromPage(checked);
      return Promise.resolve();
    },
    readRecentLog: () => deps.log.recent(),
    checkForUpdates: (_sender, request): Promise<BridgeResult<UpdateStatus>> => {
      const checked = checkUpdateRequest(request);
      return Promise.resolve(checked.ok ? { ok: true, value: deps.updates.check(checked.value) } : checked);
    },
    updateStatus: () => Promise.resolve(deps.updates.status()),
    saveBackup: (sender, request) => saveBackup(request, deps.backupFiles(sender)),
    chooseBackupFolder: (sender) => chooseBackupFolder(deps.backupFiles(sender)),
    backupFolder: (sender) => backupFolder(deps.backupFiles(sender)),
    openBackupFile: (sender) => openBackupFile(deps.backupFiles(sender)),
  };
}
