// Backup and restore of a large profile (decision 032): the time to snapshot and seal `count`
// mediation cases, the time to open, check and restore the file into a fresh database, and the file's
// size against the raw JSON of the same records (goal ≤ 1.2×). Not yet wired into run-bench.ts.
import { openBackup, sealBackup } from '#shared/backup/container';
import { insertInChunks } from '../dev/chunked-insert';
import type { OpenedStore } from '../store/open-store';
import { snapshotProfile } from '../backup/profile-snapshot';
import { applyRestore, planRestore } from '../backup/profile-restore';
import { openWritable, type BenchContext } from './bench-context';
import { timed } from './timing';

const NAME = 'bench-backup';
const RESTORED = 'bench-backup-restored';
const PASSWORD = 'bench-backup-password';

export interface BackupMeasure {
  count: number;
  backupMs: number;
  restoreMs: number;
  fileBytes: number;
  rawJsonBytes: number;
  /** fileBytes / rawJsonBytes */
  ratio: number;
}

export async function measureBackup(bench: BenchContext, count: number, dataKey: string): Promise<BackupMeasure> {
  const store = (await openWritable(bench, NAME)) as OpenedStore;
  try {
    await insertInChunks(store, 'mediationCase', { start: 0, count }, 5000,
      (start, size) => bench.generator.drafts('mediationCase', start, size), bench.actor, () => undefined);
    const records = (await store.database.mediationCase.find().exec()).map((doc) => doc.toJSON());
    const rawJsonBytes = new TextEncoder().encode(JSON.stringify(records)).byteLength;
    const sealed = await timed(async () => sealBackup(await snapshotProfile(store.database, null), { password: PASSWORD, appVersion: 'bench', createdAt: new Date() }));
    const restored = await timed(async () => {
      const plan = await planRestore((await openBackup(sealed.value, PASSWORD, 'bench')).entries);
      return applyRestore(plan, { names: { store: RESTORED, files: `${RESTORED}-files` }, dataKey });
    });
    if ((restored.value.documents) < count) throw new Error(`BENCH_BACKUP_INCOMPLETE: 只恢复了${String(restored.value.documents)}/${String(count)}条`);
    const fileBytes = sealed.value.byteLength;
    bench.log(`备份 ${String(count)} 条：${sealed.ms.toFixed(0)} ms，恢复 ${restored.ms.toFixed(0)} ms，文件 ${String(fileBytes)} 字节，原始 JSON ${String(rawJsonBytes)} 字节`);
    return { count, backupMs: sealed.ms, restoreMs: restored.ms, fileBytes, rawJsonBytes, ratio: fileBytes / rawJsonBytes };
  } finally {
    await store.close();
    await bench.dropStore(NAME);
    await bench.dropStore(RESTORED);
  }
}
