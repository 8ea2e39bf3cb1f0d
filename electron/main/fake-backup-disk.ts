// Test support: a disk in memory for backup-files.ts — files by path, the free bytes it reports, and
// the dialogs' answers set by the test.
import { basename, dirname } from 'node:path';
import type { BackupFilesDeps } from './backup-files';

export function fakeBackupDisk(freeBytes = 10 * 1024 * 1024 * 1024) {
  const files = new Map<string, Uint8Array>();
  const disk = {
    files,
    freeBytes,
    folder: null as string | null,
    /** What the next dialog answers (null: the official cancels). */
    dialogAnswer: null as string | null,
    warnings: [] as string[],
  };
  const inFolder = (folder: string) => [...files.keys()].filter((path) => dirname(path) === folder).map((path) => basename(path));
  const deps: BackupFilesDeps = {
    chooseSavePath: () => Promise.resolve(disk.dialogAnswer),
    chooseFolder: () => Promise.resolve(disk.dialogAnswer),
    chooseOpenPath: () => Promise.resolve(disk.dialogAnswer),
    freeBytes: () => Promise.resolve(disk.freeBytes),
    writeFile: (path, data) => {
      files.set(path, data.slice());
      return Promise.resolve();
    },
    readFile: (path) => {
      const data = files.get(path);
      return data ? Promise.resolve(data.slice()) : Promise.reject(new Error(`ENOENT: ${path}`));
    },
    fileSize: (path) => Promise.resolve(files.get(path)?.byteLength ?? 0),
    listFolder: (folder) => Promise.resolve(inFolder(folder)),
    removeFile: (path) => {
      files.delete(path);
      return Promise.resolve();
    },
    dirname,
    basename,
    folder: {
      get: () => Promise.resolve(disk.folder),
      set: (folder) => {
        disk.folder = folder;
        return Promise.resolve();
      },
    },
    warn: (message) => disk.warnings.push(message),
  };
  return { disk, deps };
}
