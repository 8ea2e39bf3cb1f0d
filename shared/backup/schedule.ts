// When backups are due and what the dashboard says about them, where room on a disk is judged, and
// which old automatic backups go (decision 032). Pure functions: the desktop shell and the renderer
// both decide with them.

/** A warning on 工作台 after this many days without a backup. */
export const BACKUP_WARNING_DAYS = 7;
/** Automatic backups kept in the chosen folder; older ones are deleted after a new one is written. */
export const AUTO_BACKUPS_KEPT = 10;
/** Room left free beside a backup, so the disk is not filled to the last byte. */
export const BACKUP_DISK_MARGIN_BYTES = 20 * 1024 * 1024;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local calendar day (YYYY-MM-DD) of an instant: "once a day" follows the office's clock. */
function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** An automatic backup is due on the first use of a day that has none yet. */
export function autoBackupDue(lastBackupAt: string | undefined, now: Date): boolean {
  if (!lastBackupAt) return true;
  const last = new Date(lastBackupAt);
  if (Number.isNaN(last.getTime())) return true;
  return localDay(last) !== localDay(now);
}

export type BackupFreshness =
  | { state: 'never' }
  | { state: 'recent'; lastBackupAt: string; days: number }
  | { state: 'stale'; lastBackupAt: string; days: number };

/** What 工作台 shows: when the last backup was, and whether it is older than a week. */
export function backupFreshness(lastBackupAt: string | undefined, now: Date): BackupFreshness {
  if (!lastBackupAt) return { state: 'never' };
  const last = new Date(lastBackupAt);
  if (Number.isNaN(last.getTime())) return { state: 'never' };
  const days = Math.max(0, Math.floor((now.getTime() - last.getTime()) / DAY_MS));
  return { state: days >= BACKUP_WARNING_DAYS ? 'stale' : 'recent', lastBackupAt, days };
}

export type RoomDecision = { ok: true } | { ok: false; neededBytes: number; freeBytes: number; message: string };

/** Megabytes, rounded up, as an official reads them. */
export function megabytes(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / (1024 * 1024)))} MB`;
}

/** Whether a file of `fileBytes` fits on a disk with `freeBytes` free, keeping the margin. */
export function roomForBackup(fileBytes: number, freeBytes: number): RoomDecision {
  const neededBytes = fileBytes + BACKUP_DISK_MARGIN_BYTES;
  if (freeBytes >= neededBytes) return { ok: true };
  return {
    ok: false,
    neededBytes,
    freeBytes,
    message: `磁盘空间不够，备份没有写入：需要约 ${megabytes(neededBytes)}，这里只剩 ${megabytes(freeBytes)}。请换一个U盘或文件夹，或先清理磁盘。`,
  };
}

const AUTO_NAME = /^台账自动备份-(\d{8}-\d{6})\.tzbak$/;

function stamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/** The name of an automatic backup made at `at` (local time), sortable by name. */
export const autoBackupName = (at: Date): string => `台账自动备份-${stamp(at)}.tzbak`;

/** The name offered for 立即备份; never matched by the pruning of automatic ones. */
export const manualBackupName = (at: Date): string => `台账备份-${stamp(at)}.tzbak`;

/** Automatic backups beyond the newest `keep` in a folder listing; other files are never touched. */
export function autoBackupsToDelete(names: readonly string[], keep = AUTO_BACKUPS_KEPT): string[] {
  const ours = names.filter((name) => AUTO_NAME.test(name)).sort().reverse();
  return ours.slice(keep);
}
