// The bridge for the web build (`npm run web`, end-to-end tests, benchmark): browser APIs
// stand in for the desktop shell. The data key lives in the browser profile, which is
// weaker than the OS keystore (SafetyPanel says so); the sync token lives there too. The desktop
// build never uses this file.
import type { BackupFolder, BridgeResult, DataKey, LogEntry, PickedFile, SavedFile, SaveFileRequest, SyncSecrets, TaizhangBridge, UpdateStatus } from '#shared/bridge';
import { BACKUP_EXTENSION } from '#shared/backup/container';
import { appClock } from '../app-clock';
import { createWebLog, type WebLog } from './web-log';

const KEY_ITEM = 'taizhang.dataKey';
const SYNC_SECRETS_ITEM = 'taizhang.syncSecrets';

function readSyncSecrets(): BridgeResult<SyncSecrets | null> {
  const stored = localStorage.getItem(SYNC_SECRETS_ITEM);
  if (stored === null) return { ok: true, value: null };
  try {
    const parsed = JSON.parse(stored) as Partial<SyncSecrets>;
    if (typeof parsed.token !== 'string' || parsed.token === '') throw new Error('no token');
    return { ok: true, value: parsed.idHashKey === undefined ? { token: parsed.token } : { token: parsed.token, idHashKey: parsed.idHashKey } };
  } catch {
    return { ok: false, error: { code: 'SYNC_SECRETS_UNREADABLE', message: '浏览器中保存的同步凭据已损坏。请在“设置”中退出登记，再用新的登记码重新登记。' } };
  }
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes));
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Made at first use: importing this module (tests under Node) must not need localStorage.
let webLog: WebLog | undefined;
const log = (): WebLog => (webLog ??= createWebLog(localStorage, appClock));
/**
 * The browser's file picker. Called from a click, it opens at once; a cancel is seen when the page
 * gets focus back with no file chosen (browsers send no event for it in every version).
 */
function pickFile(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    let settled = false;
    const finish = (value: PickedFile | null) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return finish(null);
      void file.arrayBuffer().then((buffer) => finish({ name: file.name, contents: new Uint8Array(buffer) }), () => finish(null));
    });
    input.addEventListener('cancel', () => finish(null));
    input.click();
  });
}

/** The web build keeps no folder: automatic backups are the desktop's (decision 032). */
const noFolder: BridgeResult<BackupFolder> = { ok: true, value: { folder: null } };

export const bridge: TaizhangBridge = {
  getDataKey(): Promise<BridgeResult<DataKey>> {
    let key = localStorage.getItem(KEY_ITEM);
    if (!key) {
      key = randomKey();
      localStorage.setItem(KEY_ITEM, key);
    }
    return Promise.resolve({ ok: true, value: { key, protection: 'browser' } });
  },
  getSyncSecrets() {
    return Promise.resolve(readSyncSecrets());
  },
  setSyncSecrets(secrets: SyncSecrets | null): Promise<BridgeResult<void>> {
    if (secrets === null) localStorage.removeItem(SYNC_SECRETS_ITEM);
    else localStorage.setItem(SYNC_SECRETS_ITEM, JSON.stringify(secrets));
    return Promise.resolve({ ok: true, value: undefined });
  },
  printToPdf(): Promise<BridgeResult<SavedFile>> {
    // The browser's own print dialog offers "另存为 PDF".
    window.print();
    return Promise.resolve({ ok: true, value: { savedTo: null } });
  },
  saveFile(request: SaveFileRequest): Promise<BridgeResult<SavedFile>> {
    const part: BlobPart = typeof request.contents === 'string' ? request.contents : new Uint8Array(request.contents);
    download(request.suggestedName, new Blob([part]));
    return Promise.resolve({ ok: true, value: { savedTo: request.suggestedName } });
  },
  saveBackup(request): Promise<BridgeResult<SavedFile>> {
    // A browser cannot write into a folder unasked: only 立即备份 downloads; the daily one is not made.
    if (request.mode === 'auto') return Promise.resolve({ ok: true, value: { savedTo: null } });
    download(request.suggestedName, new Blob([new Uint8Array(request.contents)]));
    return Promise.resolve({ ok: true, value: { savedTo: request.suggestedName } });
  },
  chooseBackupFolder: () => Promise.resolve(noFolder),
  backupFolder: () => Promise.resolve(noFolder),
  async openBackupFile() {
    return { ok: true, value: await pickFile(`.${BACKUP_EXTENSION}`) };
  },
  appInfo() {
    return Promise.resolve({ name: '台账', version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: 'web', os: navigator.userAgent });
  },
  writeLog(entry: LogEntry): Promise<void> {
    log().write(entry);
    return Promise.resolve();
  },
  readRecentLog() {
    return Promise.resolve({ ok: true, value: log().recent() });
  },
  // The web build is served by whoever hosts it; a reload brings its new version (decision 033).
  checkForUpdates(): Promise<BridgeResult<UpdateStatus>> {
    return Promise.resolve({ ok: true, value: { state: 'unavailable' } });
  },
  updateStatus(): Promise<UpdateStatus> {
    return Promise.resolve({ state: 'unavailable' });
  },
};
