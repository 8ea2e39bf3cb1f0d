// One server per PGlite data folder: two processes writing one PGlite folder would corrupt it.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid of a live server holding the folder, if any. */
export async function lockHolder(dataDir: string): Promise<number | undefined> {
  const text = await readFile(join(dataDir, 'server.pid'), 'utf8').catch(() => undefined);
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : undefined;
}

export async function acquirePidLock(dataDir: string): Promise<() => Promise<void>> {
  const holder = await lockHolder(dataDir);
  if (holder !== undefined) throw new Error(`数据目录 ${dataDir} 正被另一个服务器进程 (pid ${holder}) 使用。`);
  const file = join(dataDir, 'server.pid');
  await writeFile(file, String(process.pid));
  return () => rm(file, { force: true });
}
