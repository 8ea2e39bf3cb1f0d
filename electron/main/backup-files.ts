// Backup files on the desktop (decision 032): where they go, whether the disk has room, and which
// old automatic backups are deleted. Paths come from the OS dialogs or the folder chosen with one,
// never from the renderer; the renderer sends only the file name and the bytes.
import { join } from 'node:path';
import { BACKUP_EXTENSION } from '#shared/backup/container';
import { autoBackupsToDelete, roomForBackup } from '#shared/backup/schedule';
import type { BackupFolder, BackupWriteRequest, BridgeResult, PickedFile, SavedFile } from '#shared/bridge';
import { bridgeFailure } from './bridge-errors';
import { isSafeFileName } from './bridge-input';

/** A backup of a township's records with their scans stays far below this. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
export const BACKUP_FOLDER_FILE = 'backup-folder.json';

const backupFilter = { name: '台账备份', extensions: [BACKUP_EXTENSION] };

export interface BackupFilesDeps {
  /** The save dialog; null when cancelled. */
  chooseSavePath(suggestedName: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  /** A folder dialog; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** An open dialog; null when cancelled. */
  chooseOpenPath(filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  /** Bytes free for this user on the disk holding `folder` (statfs). */
  freeBytes(folder: string): Promise<number>;
  /** Writes whole or not at all (atomic-write.ts). */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  listFolder(folder: string): Promise<string[]>;
  removeFile(path: string): Promise<void>;
  dirname(path: string): string;
  basename(path: string): string;
  /** The folder chosen for automatic backups, kept in the user-data folder. */
  folder: { get(): Promise<string | null>; set(folder: string): Promise<void> };
  warn(message: string): void;
}

export function checkBackupWriteRequest(input: unknown): BridgeResult<BackupWriteRequest> {
  if (typeof input !== 'object' || input === null) return bridgeFailure('BRIDGE_INVALID_REQUEST');
  const { mode, suggestedName, contents } = input as Record<string, unknown>;
  if (mode !== 'ask' && mode !== 'auto') return bridgeFailure('BRIDGE_INVALID_REQUEST');
  if (!isSafeFileName(suggestedName) || !suggestedName.endsWith(`.${BACKUP_EXTENSION}`)) return bridgeFailure('FILE_NAME_INVALID');
  if (!(contents instanceof Uint8Array)) return bridgeFailure('BRIDGE_INVALID_REQUEST');
  if (contents.byteLength > MAX_BACKUP_BYTES) return bridgeFailure('BACKUP_TOO_LARGE');
  return { ok: true, value: { mode, suggestedName, contents } };
}

async function writeWithRoom(path: string, contents: Uint8Array, deps: BackupFilesDeps): Promise<BridgeResult<SavedFile>> {
  let free: number;
  try {
    free = await deps.freeBytes(deps.dirname(path));
  } catch (error) {
    return bridgeFailure('BACKUP_FOLDER_UNUSABLE', String(error));
  }
  const room = roomForBackup(contents.byteLength, free);
  if (!room.ok) return { ok: false, error: { code: 'BACKUP_NO_ROOM', message: room.message } };
  try {
    await deps.writeFile(path, contents);
  } catch (error) {
    return bridgeFailure('FILE_WRITE_FAILED', String(error));
  }
  return { ok: true, value: { savedTo: path } };
}

/** Deletes automatic backups beyond the newest few; a failure only warns (the new one is written). */
async function pruneAutoBackups(folder: string, deps: BackupFilesDeps): Promise<void> {
  try {
    for (const name of autoBackupsToDelete(await deps.listFolder(folder))) await deps.removeFile(join(folder, name));
  } catch (error) {
    deps.warn(`old automatic backups not deleted: ${String(error)}`);
  }
}

export async function saveBackup(input: unknown, deps: BackupFilesDeps): Promise<BridgeResult<SavedFile>> {
  const checked = checkBackupWriteRequest(input);
  if (!checked.ok) return checked;
  const { mode, suggestedName, contents } = checked.value;
  if (mode === 'ask') {
    const path = await deps.chooseSavePath(suggestedName, [backupFilter]);
    if (path === null) return { ok: true, value: { savedTo: null } };
    return writeWithRoom(path, contents, deps);
  }
  const folder = await deps.folder.get();
  if (folder === null) return bridgeFailure('BACKUP_NO_FOLDER');
  const written = await writeWithRoom(join(folder, suggestedName), contents, deps);
  if (written.ok) await pruneAutoBackups(folder, deps);
  return written;
}

export async function chooseBackupFolder(deps: BackupFilesDeps): Promise<BridgeResult<BackupFolder>> {
  const folder = await deps.chooseFolder();
  if (folder === null) return { ok: true, value: { folder: await deps.folder.get() } };
  try {
    await deps.folder.set(folder);
  } catch (error) {
    return bridgeFailure('BACKUP_FOLDER_UNUSABLE', String(error));
  }
  return { ok: true, value: { folder } };
}

export async function backupFolder(deps: BackupFilesDeps): Promise<BridgeResult<BackupFolder>> {
  return { ok: true, value: { folder: await deps.folder.get() } };
}

export async function openBackupFile(deps: BackupFilesDeps): Promise<BridgeResult<PickedFile | null>> {
  const path = await deps.chooseOpenPath([backupFilter, { name: '所有文件', extensions: ['*'] }]);
  if (path === null) return { ok: true, value: null };
  try {
    if ((await deps.fileSize(path)) > MAX_BACKUP_BYTES) return bridgeFailure('BACKUP_TOO_LARGE');
    return { ok: true, value: { name: deps.basename(path), contents: await deps.readFile(path) } };
  } catch (error) {
    return bridgeFailure('BACKUP_READ_FAILED', String(error));
  }
}

/** The folder choice as a small JSON file; an unreadable one reads as "not chosen". */
export function folderSettingIn(file: string, fs: { readFile(path: string, encoding: 'utf8'): Promise<string> }, write: (path: string, text: string) => Promise<void>): BackupFilesDeps['folder'] {
  return {
    async get() {
      try {
        const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as { folder?: unknown };
        return typeof parsed.folder === 'string' && parsed.folder !== '' ? parsed.folder : null;
      } catch {
        return null;
      }
    },
    set: (folder) => write(file, JSON.stringify({ folder })),
  };
}
