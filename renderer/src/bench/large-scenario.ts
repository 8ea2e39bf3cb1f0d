// One large mediation ledger, grown in steps: (c) cold open to the first list page at the middle
// size against the same on an empty database; at the full size (b) the newest-first filtered first
// page through ledger.list against a bare IndexedDB index cursor over the same rows, plus search
// and the JS heap, which have no baseline.
import type { AppStore } from '../store/contract';
import { insertInChunks, readAll } from '../dev/chunked-insert';
import { openWritable, type BenchContext } from './bench-context';
import { deleteDatabase, openNative, openRawDatabase, rawBulkPut, rawFirstPage, toRawRow } from './raw-baseline';
import { compare, formatCount, formatMs, median, type Comparison, type Figure } from './report';
import { heapUsedMb, repeatTimed, settle, timed } from './timing';

const LARGE = 'bench-large';
const EMPTY = 'bench-empty';
const RAW = 'bench-raw-large';
const PAGE = 50;
const INSERT_CHUNK = 5000;

export interface LargeSizes {
  coldAt: number;
  listAt: number;
  repeats: number;
}

/** Closes the store, opens it again and waits for the first page of the mediation list. */
async function coldOpenSamples(bench: BenchContext, name: string, repeats: number): Promise<number[]> {
  return repeatTimed(repeats, async () => {
    const store = await bench.openStore(name);
    await store.ledger.list('mediationCase', { pageSize: PAGE });
    await store.close();
  });
}

/** Times `work` on a store opened afresh for each sample (the open itself is not timed). */
async function freshStoreSamples(bench: BenchContext, name: string, repeats: number, work: (store: AppStore) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < repeats; round += 1) {
    const store = await bench.openStore(name);
    await settle();
    samples.push((await timed(() => work(store))).ms);
    await store.close();
  }
  return samples;
}

async function grow(bench: BenchContext, store: AppStore, from: number, to: number): Promise<void> {
  await insertInChunks(store, 'mediationCase', { start: from, count: to - from }, INSERT_CHUNK,
    (start, count) => bench.generator.drafts('mediationCase', start, count), bench.actor,
    ({ saved, elapsedMs }) => {
      const rate = saved / (elapsedMs / 1000);
      bench.log(`  已写入 ${formatCount(from + saved)}/${formatCount(to)} 条调解案件（${rate.toFixed(0)} 条/秒）`);
    });
}

export async function measureLarge(bench: BenchContext, sizes: LargeSizes): Promise<{ comparisons: Comparison[]; figures: Figure[] }> {
  const figures: Figure[] = [];
  const comparisons: Comparison[] = [];

  // (c) baseline first: an empty database opened once, then reopened.
  const empty = await openWritable(bench, EMPTY);
  await empty.close();
  const emptySamples = await coldOpenSamples(bench, EMPTY, sizes.repeats);
  await bench.dropStore(EMPTY);

  bench.log(`写入 ${formatCount(sizes.coldAt)} 条调解案件（通过 ledger.createMany，每批 ${formatCount(INSERT_CHUNK)} 条）…`);
  let store = await openWritable(bench, LARGE);
  const grown = await timed(() => grow(bench, store, 0, sizes.coldAt));
  figures.push({ id: 'seedRate', label: `createMany throughput while growing to ${formatCount(sizes.coldAt)}`, value: `${(sizes.coldAt / (grown.ms / 1000)).toFixed(0)} records/s` });
  await store.close();
  await settle(1000);
  const coldSamples = await coldOpenSamples(bench, LARGE, sizes.repeats);
  comparisons.push(compare({
    id: 'coldOpen',
    label: `(c) cold open → first page at ${formatCount(sizes.coldAt)}`,
    measuredLabel: `${formatCount(sizes.coldAt)} records`,
    baselineLabel: 'empty database',
    measured: coldSamples,
    baseline: emptySamples,
  }));
  bench.log(`(c) 冷启动到首屏：${formatMs(median(coldSamples))}，空库 ${formatMs(median(emptySamples))}`);

  store = await openWritable(bench, LARGE);
  if (sizes.listAt > sizes.coldAt) {
    bench.log(`继续写入到 ${formatCount(sizes.listAt)} 条…`);
    await grow(bench, store, sizes.coldAt, sizes.listAt);
  }
  await settle(1000);
  const heap = heapUsedMb();
  if (heap !== undefined) figures.push({ id: 'heap', label: `JS heap used after seeding ${formatCount(sizes.listAt)} (after GC)`, value: `${heap.toFixed(1)} MB` });

  bench.log(`(b) 读取全部 ${formatCount(sizes.listAt)} 条，原样写入原生 IndexedDB 作为基线…`);
  const copied = await timed(async () => {
    const rows = (await readAll(store, 'mediationCase', (read) => {
      if (read % 20_000 === 0) bench.log(`  已读取 ${formatCount(read)} 条`);
    })).map(toRawRow);
    const raw = openRawDatabase(RAW);
    await raw.open();
    await rawBulkPut(raw, rows);
    raw.close();
  });
  figures.push({ id: 'readAll', label: `read all ${formatCount(sizes.listAt)} via ledger.list pages of 1000 + raw bulkPut`, value: formatMs(copied.ms) });
  await store.close();
  await settle(1000);

  // (b) Each sample on a freshly opened store / connection: RxDB answers a repeated query from its
  // query cache, which would time the cache rather than the index walk.
  const query = { pageSize: PAGE, filter: { field: 'status', value: 'succeeded' } };
  let storeIds: string[] = [];
  const listSamples = await freshStoreSamples(bench, LARGE, sizes.repeats + 2, async (fresh) => {
    storeIds = (await fresh.ledger.list('mediationCase', query)).rows.map((row) => row.id);
  });
  let rawIds: string[] = [];
  const rawSamples: number[] = [];
  for (let round = 0; round < sizes.repeats + 2; round += 1) {
    const native = await openNative(RAW);
    await settle();
    const page = await timed(() => rawFirstPage(native, 'succeeded', PAGE));
    rawSamples.push(page.ms);
    rawIds = page.value.map((row) => row.id);
    native.close();
  }
  await deleteDatabase(RAW);
  if (storeIds.join() !== rawIds.join()) throw new Error('BENCH_LIST_MISMATCH: ledger.list 与原生游标返回的首页记录不一致');
  comparisons.push(compare({
    id: 'list',
    label: `(b) first page (${String(PAGE)}), status=调解成功, at ${formatCount(sizes.listAt)}`,
    measuredLabel: 'ledger.list',
    baselineLabel: 'IndexedDB cursor',
    measured: listSamples,
    baseline: rawSamples,
  }));
  bench.log(`(b) 首页：store ${formatMs(median(listSamples))}，raw ${formatMs(median(rawSamples))}（两者前${String(PAGE)}条一致）`);

  for (const [search, note] of [['王', 'common surname'], ['欧阳震华', 'no match: every row read']] as const) {
    let found = 0;
    const samples = await freshStoreSamples(bench, LARGE, sizes.repeats, async (fresh) => {
      found = (await fresh.ledger.list('mediationCase', { pageSize: PAGE, search })).rows.length;
    });
    figures.push({ id: `search:${search}`, label: `search "${search}" first page at ${formatCount(sizes.listAt)} (${note}, ${String(found)} rows)`, value: formatMs(median(samples)) });
    bench.log(`搜索“${search}”：${formatMs(median(samples))}`);
  }
  await bench.dropStore(LARGE);
  return { comparisons, figures };
}
