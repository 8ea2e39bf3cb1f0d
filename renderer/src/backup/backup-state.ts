// What this profile remembers about its backups, in a local document of the database (decision 032):
// when the last one was made, and the backup password for the daily automatic one, sealed under the
// data key (so it is as safe as the records it protects, and unreadable in another profile).
import { base64Bytes, bytesBase64, createDataKeyCipher } from '../encryption/data-key-cipher';
import type { TaizhangDatabase } from '../store/database';
import type { LocalDocument } from './profile-snapshot';

export const BACKUP_STATE_ID = 'backupState';

export interface BackupState {
  lastBackupAt?: string;
  /** Where the last one went (a path on the desktop, a file name on the web build). */
  lastSavedTo?: string;
  /** The backup password, sealed with the data key; absent until the official keeps it. */
  sealedPassword?: { iv: string; data: string };
}

const purpose = { salt: 'taizhang-backup', info: 'backup password v1' };
const CONTEXT = 'backup password';

export async function readBackupState(db: TaizhangDatabase): Promise<BackupState> {
  const doc = await db.getLocal<BackupState & Record<string, unknown>>(BACKUP_STATE_ID);
  return doc ? { ...(doc.toJSON().data as BackupState) } : {};
}

export async function updateBackupState(db: TaizhangDatabase, patch: Partial<BackupState>): Promise<void> {
  const current = await readBackupState(db);
  await db.upsertLocal(BACKUP_STATE_ID, { ...current, ...patch });
}

export async function forgetPassword(db: TaizhangDatabase): Promise<void> {
  const { lastBackupAt, lastSavedTo } = await readBackupState(db);
  await db.upsertLocal(BACKUP_STATE_ID, { ...(lastBackupAt ? { lastBackupAt } : {}), ...(lastSavedTo ? { lastSavedTo } : {}) });
}

export async function sealPassword(dataKey: string, password: string): Promise<NonNullable<BackupState['sealedPassword']>> {
  const cipher = await createDataKeyCipher(dataKey, purpose);
  const sealed = await cipher.seal(new TextEncoder().encode(password), CONTEXT);
  return { iv: bytesBase64(sealed.iv), data: bytesBase64(new Uint8Array(sealed.data)) };
}

/** null when none is kept or it cannot be opened (another data key). */
export async function openPassword(dataKey: string, sealed: BackupState['sealedPassword']): Promise<string | null> {
  if (!sealed) return null;
  try {
    const cipher = await createDataKeyCipher(dataKey, purpose);
    return new TextDecoder().decode(await cipher.open(base64Bytes(sealed.iv), base64Bytes(sealed.data).buffer, CONTEXT));
  } catch {
    return null;
  }
}

/** The state a restored profile starts with: the backup it came from counts as its last one. */
export async function restoredBackupState(dataKey: string, createdAt: string, password: string, keepPassword: boolean): Promise<LocalDocument> {
  const data: BackupState = { lastBackupAt: createdAt, ...(keepPassword ? { sealedPassword: await sealPassword(dataKey, password) } : {}) };
  return { id: BACKUP_STATE_ID, data: { ...data } };
}
