// Backup and restore of a large profile (decision 032): the time to snapshot and seal `count`
// mediation cases, the time to open, check and restore the file into a fresh database, and the file's
// size against the raw JSON of the same records (goal ≤ 1.2×).
import { openBackup, sealBackup } from '#shared/backup/container';
import { insertInChunks } from '../dev/chunked-insert';
import type { OpenedStore } from '../store/open-store';
import { snapshotProfile } from '../backup/profile-snapshot';
import { applyRestore, planRestore } from '../backup/profile-restore';
import { openWritable, type BenchContext } from './bench-context';
import { formatCount, formatMs, formatRatio, type Figure } from './report';
import { timed } from './timing';

const NAME = 'bench-backup';
const RESTORED = 'bench-backup-restored';
const PASSWORD = 'bench-backup-password';

/** The backup's lines in the bench's table of figures (no baseline: the goal is on the size). */
export function backupFigures(measure: BackupMeasure): Figure[] {
  const count = formatCount(measure.count);
  return [
    { id: 'backup', label: `backup of ${count} cases with their history (snapshot + seal)`, value: formatMs(measure.backupMs) },
    { id: 'restore', label: `restore of that backup into a fresh profile (open + check + write)`, value: formatMs(measure.restoreMs) },
    { id: 'backupSize', label: `backup file size ÷ raw JSON of the same ${count} records (goal ≤ 1.2×)`, value: `${formatRatio(measure.ratio)} (${(measure.fileBytes / 1_048_576).toFixed(1)} MiB)` },
  ];
}

export interface BackupMeasure {
  count: number;
  backupMs: number;
  restoreMs: number;
  fileBytes: number;
  rawJsonBytes: number;
  /** fileBytes / rawJsonBytes */
  ratio: number;
}

export async function measureBackup(bench: BenchContext, count: number): Promise<BackupMeasure> {
  const store = (await openWritable(bench, NAME)) as OpenedStore;
  let sealed: { value: Uint8Array; ms: number };
  let rawJsonBytes: number;
  try {
    await insertInChunks(store, 'mediationCase', { start: 0, count }, 5000,
      (start, size) => bench.generator.drafts('mediationCase', start, size), bench.actor, () => undefined);
    const records = (await store.database.mediationCase.find().exec()).map((doc) => doc.toJSON());
    rawJsonBytes = new TextEncoder().encode(JSON.stringify(records)).byteLength;
    sealed = await timed(async () => sealBackup(await snapshotProfile(store.database, null), { password: PASSWORD, appVersion: 'bench', createdAt: new Date() }));
  } finally {
    // Closed before the restore opens its own: RxDB's open edition allows 16 collections at once (COL23).
    await store.close();
  }
  try {
    const restored = await timed(async () => {
      const plan = await planRestore((await openBackup(sealed.value, PASSWORD, 'bench')).entries);
      return applyRestore(plan, { names: { store: RESTORED, files: `${RESTORED}-files` }, dataKey: bench.dataKey });
    });
    if ((restored.value.documents) < count) throw new Error(`BENCH_BACKUP_INCOMPLETE: 只恢复了${String(restored.value.documents)}/${String(count)}条`);
    const fileBytes = sealed.value.byteLength;
    bench.log(`备份 ${String(count)} 条：${sealed.ms.toFixed(0)} ms，恢复 ${restored.ms.toFixed(0)} ms，文件 ${String(fileBytes)} 字节，原始 JSON ${String(rawJsonBytes)} 字节`);
    return { count, backupMs: sealed.ms, restoreMs: restored.ms, fileBytes, rawJsonBytes, ratio: fileBytes / rawJsonBytes };
  } finally {
    await bench.dropStore(NAME);
    await bench.dropStore(RESTORED);
  }
}
