// (a) Saving N records: the store's ledger.createMany (rules, derived fields, case numbers,
// encryption, schema check, history) against a plain Dexie bulkPut of the very rows it saved.
import { compare, formatCount, type Comparison } from './report';
import { openWritable, type BenchContext } from './bench-context';
import { deleteDatabase, openRawDatabase, rawBulkPut, toRawRow } from './raw-baseline';
import { settle, timed } from './timing';
import { readAll } from '../dev/chunked-insert';

export async function measureSave(bench: BenchContext, count: number, repeats: number): Promise<Comparison> {
  const drafts = bench.generator.drafts('mediationCase', 0, count);
  const measured: number[] = [];
  const baseline: number[] = [];
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
    await bench.dropStore(name);
    await settle();

    const rawName = `bench-raw-save-${String(round)}`;
    const raw = openRawDatabase(rawName);
    await raw.open();
    baseline.push((await timed(() => rawBulkPut(raw, rows))).ms);
    raw.close();
    await deleteDatabase(rawName);
    await settle();
    bench.log(`(a) 第${String(round + 1)}/${String(repeats)}轮：store ${saved.ms.toFixed(0)} ms，raw ${(baseline.at(-1) ?? 0).toFixed(0)} ms`);
  }
  return compare({
    id: 'save',
    label: `(a) save ${formatCount(count)} mediation cases`,
    measuredLabel: 'ledger.createMany',
    baselineLabel: 'Dexie bulkPut',
    measured,
    baseline,
  });
}
