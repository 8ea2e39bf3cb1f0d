// Backups as the app offers them (decision 032): 立即备份, the daily automatic one, and restore —
// from 设置 while the app runs, and from the start-up error page when the profile cannot open.
import { BackupRefusal, openBackup, sealBackup } from '#shared/backup/container';
import { autoBackupDue, autoBackupName, manualBackupName } from '#shared/backup/schedule';
import type { BackupFolder, BridgeResult, PickedFile, TaizhangBridge } from '#shared/bridge';
import type { TaizhangDatabase } from '../store/database';
import type { LocalFileStore } from '../files/local-file-store';
import { forgetPassword, openPassword, readBackupState, restoredBackupState, sealPassword, updateBackupState } from './backup-state';
import { snapshotProfile } from './profile-snapshot';
import { applyRestore, deleteProfile, planRestore, type ProfileLocation, type RestoreReport } from './profile-restore';

/** A failure the official reads: a code for programs, a Chinese message. */
export interface BackupProblem {
  code: string;
  message: string;
}

export type BackupOutcome = { ok: true; savedTo: string | null; bytes: number; at: string } | { ok: false; problem: BackupProblem };
export type RestoreOutcome = { ok: true; report: RestoreReport } | { ok: false; problem: BackupProblem };

export interface BackupStatus {
  lastBackupAt?: string;
  lastSavedTo?: string;
  /** A password is kept for the automatic backup. */
  passwordKept: boolean;
  /** Desktop: the folder automatic backups go to; null until chosen (always null on the web build). */
  folder: string | null;
  /** Only the desktop writes backups without asking. */
  autoAvailable: boolean;
}

export interface BackupService {
  status(): Promise<BackupStatus>;
  /** Keeps (or, with null, forgets) the password the automatic backup uses. */
  keepPassword(password: string | null): Promise<void>;
  chooseFolder(): Promise<BridgeResult<BackupFolder>>;
  /** 立即备份: a save dialog on the desktop, a download on the web build. */
  backupNow(password: string): Promise<BackupOutcome>;
  /** The daily one: null when not due or not set up (no folder, no kept password, web build). */
  autoBackupIfDue(): Promise<BackupOutcome | null>;
  pickBackupFile(): Promise<BridgeResult<PickedFile | null>>;
  /** Checks the file, then closes the app and replaces the profile; the caller reloads the page. */
  restore(file: Uint8Array, password: string, keepPassword: boolean): Promise<RestoreOutcome>;
}

function problemOf(error: unknown, fallback: string): BackupProblem {
  if (error instanceof BackupRefusal) return { code: error.code, message: error.message };
  const text = error instanceof Error ? error.message : String(error);
  const match = /^([A-Z][A-Z0-9_]+): (.*)$/s.exec(text);
  return match ? { code: match[1] as string, message: match[2] as string } : { code: fallback, message: `操作没有完成：${text}` };
}

export interface RestoreDeps {
  bridge: TaizhangBridge;
  location: ProfileLocation;
  appVersion: string;
}

/**
 * Restore in the order that keeps a refusal harmless: decrypt and check everything, then
 * `beforeApply` (close what holds the profile), then replace it and forget the enrollment.
 */
export async function restoreFromFile(deps: RestoreDeps, file: Uint8Array, password: string, keepPassword: boolean, beforeApply: () => Promise<void>): Promise<RestoreOutcome> {
  let plan;
  let createdAt: string;
  try {
    const opened = await openBackup(file, password, deps.appVersion);
    createdAt = opened.header.createdAt;
    plan = await planRestore(opened.entries);
  } catch (error) {
    return { ok: false, problem: problemOf(error, 'BACKUP_TAMPERED') };
  }
  try {
    await beforeApply();
    const state = await restoredBackupState(deps.location.dataKey, createdAt, password, keepPassword);
    const report = await applyRestore(plan, deps.location, [state]);
    // A restored profile is a new device: it enrolls again with a code from the county.
    const left = await deps.bridge.setSyncSecrets(null);
    if (!left.ok) return { ok: false, problem: left.error };
    return { ok: true, report };
  } catch (error) {
    return { ok: false, problem: problemOf(error, 'BACKUP_RESTORE_FAILED') };
  }
}

/** 清空本机数据：the profile deleted and the enrollment forgotten, so a new enrollment pulls everything again. */
export async function startAfresh(deps: Omit<RestoreDeps, 'appVersion'>): Promise<BackupProblem | null> {
  try {
    await deleteProfile(deps.location);
    const left = await deps.bridge.setSyncSecrets(null);
    return left.ok ? null : left.error;
  } catch (error) {
    return problemOf(error, 'BACKUP_RESTORE_FAILED');
  }
}

export interface BackupServiceDeps extends RestoreDeps {
  db: TaizhangDatabase;
  /** The file store, or null when it could not open (a backup then holds no attachments). */
  files: () => Promise<LocalFileStore | null>;
  desktop: boolean;
  clock: () => Date;
  /** Saves under way finish first, so no record is caught without its history. */
  settled: () => Promise<void>;
  /** Closes the running app before a restore replaces its databases. */
  close: () => Promise<void>;
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  async function make(password: string, mode: 'ask' | 'auto'): Promise<BackupOutcome> {
    const at = deps.clock();
    try {
      await deps.settled();
      const entries = await snapshotProfile(deps.db, await deps.files());
      const contents = await sealBackup(entries, { password, appVersion: deps.appVersion, createdAt: at });
      const name = mode === 'auto' ? autoBackupName(at) : manualBackupName(at);
      const saved = await deps.bridge.saveBackup({ mode, suggestedName: name, contents });
      if (!saved.ok) return { ok: false, problem: saved.error };
      if (saved.value.savedTo !== null) await updateBackupState(deps.db, { lastBackupAt: at.toISOString(), lastSavedTo: saved.value.savedTo });
      return { ok: true, savedTo: saved.value.savedTo, bytes: contents.byteLength, at: at.toISOString() };
    } catch (error) {
      return { ok: false, problem: problemOf(error, 'BACKUP_FAILED') };
    }
  }

  return {
    async status() {
      const state = await readBackupState(deps.db);
      const folder = await deps.bridge.backupFolder();
      return {
        ...(state.lastBackupAt ? { lastBackupAt: state.lastBackupAt } : {}),
        ...(state.lastSavedTo ? { lastSavedTo: state.lastSavedTo } : {}),
        passwordKept: state.sealedPassword !== undefined,
        folder: folder.ok ? folder.value.folder : null,
        autoAvailable: deps.desktop,
      };
    },
    async keepPassword(password) {
      if (password === null) return forgetPassword(deps.db);
      await updateBackupState(deps.db, { sealedPassword: await sealPassword(deps.location.dataKey, password) });
    },
    chooseFolder: () => deps.bridge.chooseBackupFolder(),
    backupNow: (password) => make(password, 'ask'),
    async autoBackupIfDue() {
      if (!deps.desktop) return null;
      const state = await readBackupState(deps.db);
      if (!autoBackupDue(state.lastBackupAt, deps.clock())) return null;
      const folder = await deps.bridge.backupFolder();
      if (!folder.ok || folder.value.folder === null) return null;
      const password = await openPassword(deps.location.dataKey, state.sealedPassword);
      if (password === null) return null;
      return make(password, 'auto');
    },
    pickBackupFile: () => deps.bridge.openBackupFile(),
    restore: (file, password, keepPassword) => restoreFromFile(deps, file, password, keepPassword, deps.close),
  };
}
