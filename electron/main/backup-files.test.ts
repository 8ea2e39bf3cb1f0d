import { describe, expect, it } from 'vitest';
import { autoBackupName } from '#shared/backup/schedule';
import { backupFolder, chooseBackupFolder, openBackupFile, saveBackup } from './backup-files';
import { fakeBackupDisk } from './fake-backup-disk';

const MB = 1024 * 1024;
const contents = new Uint8Array([84, 90, 66, 65, 67, 75, 85, 80, 1, 2, 3]);

describe('saveBackup', () => {
  it('writes where the official chose in the dialog, and reads the same bytes back', async () => {
    const { disk, deps } = fakeBackupDisk();
    disk.dialogAnswer = '/media/usb/台账备份.tzbak';
    expect(await saveBackup({ mode: 'ask', suggestedName: '台账备份.tzbak', contents }, deps)).toEqual({ ok: true, value: { savedTo: '/media/usb/台账备份.tzbak' } });
    disk.dialogAnswer = '/media/usb/台账备份.tzbak';
    expect(await openBackupFile(deps)).toEqual({ ok: true, value: { name: '台账备份.tzbak', contents } });
  });

  it('refuses a disk without room, says how much is needed, and writes nothing', async () => {
    const { disk, deps } = fakeBackupDisk(5 * MB);
    disk.dialogAnswer = '/media/usb/台账备份.tzbak';
    const answer = await saveBackup({ mode: 'ask', suggestedName: '台账备份.tzbak', contents }, deps);
    expect(answer).toMatchObject({ ok: false, error: { code: 'BACKUP_NO_ROOM' } });
    expect(answer.ok ? '' : answer.error.message).toMatch(/需要约 21 MB，这里只剩 5 MB/);
    expect(disk.files.size).toBe(0);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { disk, deps } = fakeBackupDisk();
    expect(await saveBackup({ mode: 'ask', suggestedName: '台账备份.tzbak', contents }, deps)).toEqual({ ok: true, value: { savedTo: null } });
    expect(disk.files.size).toBe(0);
  });

  it('refuses names that are not backups or hide a path, and non-byte contents', async () => {
    const { deps } = fakeBackupDisk();
    expect(await saveBackup({ mode: 'ask', suggestedName: '../x.tzbak', contents }, deps)).toMatchObject({ ok: false, error: { code: 'FILE_NAME_INVALID' } });
    expect(await saveBackup({ mode: 'ask', suggestedName: 'x.exe', contents }, deps)).toMatchObject({ ok: false, error: { code: 'FILE_NAME_INVALID' } });
    expect(await saveBackup({ mode: 'auto', suggestedName: 'x.tzbak', contents: 'text' }, deps)).toMatchObject({ ok: false, error: { code: 'BRIDGE_INVALID_REQUEST' } });
  });

  it('writes automatic backups into the folder chosen once and keeps only the newest ten', async () => {
    const { disk, deps } = fakeBackupDisk();
    expect(await saveBackup({ mode: 'auto', suggestedName: autoBackupName(new Date(2026, 0, 1)), contents }, deps)).toMatchObject({ ok: false, error: { code: 'BACKUP_NO_FOLDER' } });
    disk.dialogAnswer = '/media/usb/备份';
    expect(await chooseBackupFolder(deps)).toEqual({ ok: true, value: { folder: '/media/usb/备份' } });
    disk.dialogAnswer = null;
    expect(await chooseBackupFolder(deps)).toEqual({ ok: true, value: { folder: '/media/usb/备份' } });
    expect(await backupFolder(deps)).toEqual({ ok: true, value: { folder: '/media/usb/备份' } });
    disk.files.set('/media/usb/备份/别的文件.docx', new Uint8Array([1]));
    for (let day = 1; day <= 12; day++) {
      const written = await saveBackup({ mode: 'auto', suggestedName: autoBackupName(new Date(2026, 0, day, 9)), contents }, deps);
      expect(written).toEqual({ ok: true, value: { savedTo: `/media/usb/备份/${autoBackupName(new Date(2026, 0, day, 9))}` } });
    }
    const kept = [...disk.files.keys()].sort();
    expect(kept).toHaveLength(11);
    expect(kept).toContain('/media/usb/备份/别的文件.docx');
    expect(kept).not.toContain(`/media/usb/备份/${autoBackupName(new Date(2026, 0, 2, 9))}`);
    expect(kept).toContain(`/media/usb/备份/${autoBackupName(new Date(2026, 0, 3, 9))}`);
  });
});
