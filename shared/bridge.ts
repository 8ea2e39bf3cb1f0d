// The one contract between the renderer and the desktop shell (docs/design.md §2, docs/design.md §7.1).
// preload implements it with `satisfies TaizhangBridge`, main registers a handler per
// channel against the same types, and the web build implements it with browser APIs.

/** A failure that crossed the bridge: a code for programs, a message for officials. */
export interface BridgeError {
  code: string;
  message: string;
}

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/**
 * Where the key that encrypts personal data at rest comes from.
 * 'os': the OS keystore (safeStorage). 'basic_text': Linux without a secret store, so the
 * key is only obfuscated on disk. 'browser': the web build, which keeps it in the profile.
 */
export type KeyProtection = 'os' | 'basic_text' | 'browser';

export interface DataKey {
  /** 32 random bytes, base64. */
  key: string;
  protection: KeyProtection;
}

export interface PrintRequest {
  /** File name offered in the save dialog, without folder, e.g. "调解协议书.pdf". */
  suggestedName: string;
}

export interface SaveFileRequest {
  suggestedName: string;
  /** Text (UTF-8) or bytes. */
  contents: string | Uint8Array;
  /** e.g. [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] */
  filters?: { name: string; extensions: string[] }[];
}

/** `savedTo` is null when the official cancelled the dialog. */
export interface SavedFile {
  savedTo: string | null;
}

/**
 * A backup file to write (decision 032). 'ask': the save dialog (设置 → 立即备份). 'auto': the
 * daily backup into the folder chosen once (chooseBackupFolder); the shell deletes automatic
 * backups beyond the newest few there. Both refuse a disk without room, saying how much is needed.
 */
export interface BackupWriteRequest {
  mode: 'ask' | 'auto';
  /** File name without folder, ending in .tzbak. */
  suggestedName: string;
  contents: Uint8Array;
}

/** A file the official picked to open (a backup to restore); null when they cancelled. */
export interface PickedFile {
  name: string;
  contents: Uint8Array;
}

/** The folder automatic backups go to; null until chosen (and always on the web build). */
export interface BackupFolder {
  folder: string | null;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: 'desktop' | 'web';
  /** Operating system as Node reports it ('win32', 'linux', …), or the browser's user agent. */
  os: string;
}

/**
 * What the county server gave this device when it enrolled: the bearer token (and the county's key
 * for ID-number hashes, when the server shares one). Secret: kept encrypted by the OS (safeStorage)
 * on the desktop, in the browser profile on the web build.
 */
export interface SyncSecrets {
  token: string;
  idHashKey?: string;
}

/** One line for the log file (docs/decisions/034). The renderer redacts it; main redacts it again. */
export type LogLevel = 'info' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  /** One event, in words; at most MAX_LOG_MESSAGE characters are kept. */
  message: string;
}

export const MAX_LOG_MESSAGE = 4000;

/**
 * Where this installation stands with updates from the county server (decision 033). 'unavailable': the
 * web build, or a desktop run from source — updates come another way.
 */
export type UpdateStatus =
  | { state: 'unavailable' }
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'up-to-date' }
  | { state: 'downloading'; version: string; percent: number }
  /** Downloaded and its SHA-512 checked; installed when the app quits, so it runs from the next start. */
  | { state: 'ready'; version: string }
  | { state: 'failed'; code: string; message: string };

export interface UpdateCheckRequest {
  /** The county server this device enrolled with; the shell sends the device token it keeps. */
  serverUrl: string;
}

export interface TaizhangBridge {
  getDataKey(): Promise<BridgeResult<DataKey>>;
  /** null when this device is not enrolled (or left its enrollment). */
  getSyncSecrets(): Promise<BridgeResult<SyncSecrets | null>>;
  /** null forgets them (退出登记). */
  setSyncSecrets(secrets: SyncSecrets | null): Promise<BridgeResult<void>>;
  printToPdf(request: PrintRequest): Promise<BridgeResult<SavedFile>>;
  saveFile(request: SaveFileRequest): Promise<BridgeResult<SavedFile>>;
  appInfo(): Promise<AppInfo>;
  /** Appends to the log (desktop: the rotating file in the user-data folder; web: the browser profile). Never rejects. */
  writeLog(entry: LogEntry): Promise<void>;
  /** The newest log lines, oldest first, main's and the page's, for 导出诊断信息. */
  readRecentLog(): Promise<BridgeResult<string[]>>;
  /** Checks the county server for a release and downloads it in the background (at most every few hours). */
  checkForUpdates(request: UpdateCheckRequest): Promise<BridgeResult<UpdateStatus>>;
  updateStatus(): Promise<UpdateStatus>;
  saveBackup(request: BackupWriteRequest): Promise<BridgeResult<SavedFile>>;
  /** Shows a folder dialog and keeps the choice for automatic backups. */
  chooseBackupFolder(): Promise<BridgeResult<BackupFolder>>;
  backupFolder(): Promise<BridgeResult<BackupFolder>>;
  /** Shows an open dialog for a .tzbak file. */
  openBackupFile(): Promise<BridgeResult<PickedFile | null>>;
}

/** IPC channel per bridge method; every channel carries this prefix so main and preload can refuse others. */
export const BRIDGE_CHANNEL_PREFIX = 'taizhang:';

export const bridgeChannels = {
  getDataKey: 'taizhang:get-data-key',
  getSyncSecrets: 'taizhang:get-sync-secrets',
  setSyncSecrets: 'taizhang:set-sync-secrets',
  printToPdf: 'taizhang:print-to-pdf',
  saveFile: 'taizhang:save-file',
  appInfo: 'taizhang:app-info',
  writeLog: 'taizhang:write-log',
  readRecentLog: 'taizhang:read-recent-log',
  checkForUpdates: 'taizhang:check-for-updates',
  updateStatus: 'taizhang:update-status',
  saveBackup: 'taizhang:save-backup',
  chooseBackupFolder: 'taizhang:choose-backup-folder',
  backupFolder: 'taizhang:backup-folder',
  openBackupFile: 'taizhang:open-backup-file',
} as const satisfies Record<keyof TaizhangBridge, `${typeof BRIDGE_CHANNEL_PREFIX}${string}`>;

/** The name under which preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'taizhang';
