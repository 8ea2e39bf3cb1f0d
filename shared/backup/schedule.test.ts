import { describe, expect, it } from 'vitest';
import { autoBackupDue, autoBackupName, autoBackupsToDelete, backupFreshness, roomForBackup, BACKUP_DISK_MARGIN_BYTES } from './schedule';

const MB = 1024 * 1024;

describe('roomForBackup', () => {
  it('refuses a disk without room for the file and the margin, saying how much is needed', () => {
    const refused = roomForBackup(150 * MB, 100 * MB);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.neededBytes).toBe(150 * MB + BACKUP_DISK_MARGIN_BYTES);
    expect(refused.message).toContain('需要约 170 MB');
    expect(refused.message).toContain('只剩 100 MB');
  });

  it('refuses when only the margin is missing, accepts when it is there', () => {
    expect(roomForBackup(50 * MB, 55 * MB).ok).toBe(false);
    expect(roomForBackup(50 * MB, 50 * MB + BACKUP_DISK_MARGIN_BYTES).ok).toBe(true);
  });
});

describe('autoBackupDue', () => {
  const morning = new Date(2026, 11, 6, 8, 30);
  it('is due with no backup yet, or only one from an earlier day', () => {
    expect(autoBackupDue(undefined, morning)).toBe(true);
    expect(autoBackupDue(new Date(2026, 11, 5, 23, 59).toISOString(), morning)).toBe(true);
  });
  it('is not due again the same day', () => {
    expect(autoBackupDue(new Date(2026, 11, 6, 0, 1).toISOString(), morning)).toBe(false);
  });
});

describe('backupFreshness', () => {
  const now = new Date('2026-12-10T09:00:00Z');
  it('warns from 7 days without a backup', () => {
    expect(backupFreshness(undefined, now)).toEqual({ state: 'never' });
    expect(backupFreshness('2026-12-04T09:00:00Z', now).state).toBe('recent');
    expect(backupFreshness('2026-12-03T09:00:00Z', now)).toEqual({ state: 'stale', lastBackupAt: '2026-12-03T09:00:00Z', days: 7 });
  });
});

describe('automatic backups kept', () => {
  it('deletes only automatic backups beyond the newest N, never other files', () => {
    const names = [1, 2, 3, 4, 5].map((day) => autoBackupName(new Date(2026, 11, day, 9, 0, 0)));
    const folder = [...names, '我的备份.tzbak', '台账自动备份-说明.txt'];
    expect(autoBackupsToDelete(folder, 3)).toEqual([names[1], names[0]]);
    expect(autoBackupsToDelete(folder, 10)).toEqual([]);
  });
});
