// (a) Saving N records: the store's ledger.createMany (rules, derived fields, case numbers,
// encryption, schema check, history) against a plain Dexie bulkPut of the very rows it saved.
import { compare, formatCount, type Comparison } from './report';
import { openWritable, type BenchContext } from './bench-context';
import { deleteDatabase, openRawDatabase, rawBulkPut, toRawRow } from './raw-baseline';
import { settle, timed } from './timing';
import { readAll } from '../dev/chunked-insert';
import { BULK_CHUNK } from '../store/ledger-bulk';
import { replaySnapshots, snapshotDatabases } from './idb-replay';

/**
 * The databases a save writes its rows into: the records', their history entries' and their search words'
 * (the save journal's one small local document per chunk is left out of the floor).
 */
const SAVED_INTO = ['--mediationCase', '--recordHistory', '--searchWords'];

export interface SaveMeasures {
  /** P1: the store's save against the baseline. */
  comparison: Comparison;
  /** P1's floor: the rows the save left, written straight through IndexedDB chunk by chunk (idb-replay.ts), against the same baseline. */
  floor: Comparison;
}

export async function measureSave(bench: BenchContext, count: number, repeats: number): Promise<SaveMeasures> {
  const drafts = bench.generator.drafts('mediationCase', 0, count);
  const measured: number[] = [];
  const baseline: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < repeats; round += 1) {
    const name = `bench-save-${String(round)}`;
    const store = await openWritable(bench, name);
    const saved = await timed(() => store.ledger.createMany('mediationCase', drafts, bench.actor));
    if (saved.value.saved !== count) {
      const first = saved.value.rejected[0]?.issues.map((issue) => `${issue.code}: ${issue.message}`).join('; ');
      throw new Error(`BENCH_SAVE_INCOMPLETE: 只保存了${String(saved.value.saved)}/${String(count)}条：${first ?? ''}`);
    }
    measured.push(saved.ms);
    const rows = (await readAll(store, 'mediationCase')).map(toRawRow);
    await store.close();
    // The records first, then their history and words: the order of a chunk's writes in the store.
    const snapshots = (await snapshotDatabases(name, (db) => SAVED_INTO.some((suffix) => db.endsWith(suffix))))
      .sort((a, b) => SAVED_INTO.findIndex((s) => a.name.endsWith(s)) - SAVED_INTO.findIndex((s) => b.name.endsWith(s)));
    if (round === 0) {
      // Where the floor goes: each database's rows written alone, and what they are.
      for (const snapshot of snapshots) {
        const alone = await replaySnapshots([snapshot], BULK_CHUNK);
        const shapes = snapshot.stores.filter((shape) => shape.rows.length > 0)
          .map((shape) => `${shape.name} ${String(shape.rows.length)} 行 × ${String(shape.indexes.length)} 个索引${shape.indexes.some((index) => index.multiEntry) ? '（多值）' : ''}`);
        bench.log(`    ${snapshot.name.slice(snapshot.name.lastIndexOf('--') + 2)}：单独写入 ${alone.toFixed(0)} ms（${shapes.join('，')}）`);
      }
    }
    await bench.dropStore(name);
    await settle();
    floor.push(await replaySnapshots(snapshots, BULK_CHUNK));
    await settle();

    const rawName = `bench-raw-save-${String(round)}`;
    const raw = openRawDatabase(rawName);
    await raw.open();
    baseline.push((await timed(() => rawBulkPut(raw, rows))).ms);
    raw.close();
    await deleteDatabase(rawName);
    await settle();
    bench.log(`(a) 第${String(round + 1)}/${String(repeats)}轮：store ${saved.ms.toFixed(0)} ms，raw ${(baseline.at(-1) ?? 0).toFixed(0)} ms，同样的行直接写入 ${(floor.at(-1) ?? 0).toFixed(0)} ms`);
  }
  const comparison = compare({
    id: 'save',
    label: `(a) save ${formatCount(count)} mediation cases`,
    measuredLabel: 'ledger.createMany',
    baselineLabel: 'Dexie bulkPut',
    measured,
    baseline,
  });
  return {
    comparison,
    floor: compare({
      id: 'saveFloor',
      label: `(a) the same ${formatCount(count)} saves' rows straight into IndexedDB`,
      measuredLabel: 'records + history + words, chunks of 500',
      baselineLabel: 'Dexie bulkPut',
      measured: floor,
      baseline,
    }),
  };
}
