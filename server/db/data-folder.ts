// The embedded database's folder is readable by the server's account only (rule S44). It holds
// every pushed record (ID numbers in clear), the devices table and the county's ID-hash key, so
// another local account must not read it, and must never have been able to write it.
//
// PGlite's file system (Emscripten's NODEFS) creates each file and then chmods it to 0666 itself,
// whatever the umask: 969 of 1,026 files were world-writable under umask 0022. Three layers:
// the folder is 0700 (another account cannot reach any file inside, whatever its mode); the
// process umask is 0077, so new folders are 0700; and chmods below the folder keep only the
// owner's bits, so files are 0600. Files left by older versions are brought down at start.
import fs from 'node:fs';
import { join, resolve } from 'node:path';
import { keepChmodsPrivate } from './private-chmod.mjs';

export class DataFolderError extends Error {}

const GROUP_OR_OTHER = 0o077;
const GROUP_OR_OTHER_WRITE = 0o022;

const modeText = (mode: number) => `0${(mode & 0o777).toString(8)}`;

/** A folder inside that another account could write (an older version under umask 0000). */
function writableFolderInside(dir: string): string | undefined {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (fs.statSync(path).mode & GROUP_OR_OTHER_WRITE) return path;
    const deeper = writableFolderInside(path);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Owner-only modes for everything already inside (files 0600 at most, folders 0700). */
function tightenInside(dir: string): number {
  let changed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    const mode = fs.statSync(path).mode & 0o777;
    if (mode & GROUP_OR_OTHER) {
      fs.chmodSync(path, mode & ~GROUP_OR_OTHER);
      changed++;
    }
    if (entry.isDirectory()) changed += tightenInside(path);
  }
  return changed;
}

export interface PreparedDataFolder {
  /** Entries whose modes were brought down to owner-only at this start. */
  tightened: number;
}

/**
 * Makes `dir` (created when missing) private to this account before the database opens it, or
 * refuses with a message saying what to do: a folder another account could write may already
 * hold files planted by it, so it is not repaired silently.
 */
export function prepareDataFolder(dirPath: string): PreparedDataFolder {
  const dir = resolve(dirPath);
  process.umask(0o077);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) throw new DataFolderError(`数据文件夹 ${dir} 不是文件夹，服务器无法启动。`);
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) {
    throw new DataFolderError(`数据文件夹 ${dir} 属于另一个系统账户 (uid ${stat.uid})，服务器拒绝启动。请以该文件夹的所有者运行服务器。`);
  }
  if (stat.mode & GROUP_OR_OTHER_WRITE) {
    throw new DataFolderError(
      `数据文件夹 ${dir} 可被其他系统账户写入（权限 ${modeText(stat.mode)}），其中的数据可能已被改动，服务器拒绝启动。` +
        `请确认其中的文件无误后执行 chmod -R go-rwx ${dir}，再启动服务器。`,
    );
  }
  const writable = writableFolderInside(dir);
  if (writable) {
    throw new DataFolderError(
      `数据文件夹中的 ${writable} 可被其他系统账户写入，其中的数据可能已被改动，服务器拒绝启动。` +
        `请确认其中的文件无误后执行 chmod -R go-rwx ${dir}，再启动服务器。`,
    );
  }
  let tightened = 0;
  if (stat.mode & GROUP_OR_OTHER) {
    fs.chmodSync(dir, stat.mode & 0o700);
    tightened++;
  }
  tightened += tightenInside(dir);
  keepChmodsPrivate(dir);
  return { tightened };
}
