// What every benchmark scenario is handed: how to open and drop a store by name, the sample
// generator, who writes, and where progress goes.
import type { Actor, AppStore } from '../store/contract';
import type { SampleGenerator } from '../dev/sample-records';

export interface BenchContext {
  /** Opens (creating if new) the app's store under a database name of the bench's own. */
  openStore(name: string): Promise<AppStore>;
  /** Removes every IndexedDB database the store made under `name`. */
  dropStore(name: string): Promise<void>;
  generator: SampleGenerator;
  actor: Actor;
  townshipId: string;
  /** The data key the bench's stores open with (a restore re-encrypts under it). */
  dataKey: string;
  log(line: string): void;
}

/** Opens a store and makes it writable: a township and an operator, as the app's 设置 page would. */
export async function openWritable(bench: BenchContext, name: string): Promise<AppStore> {
  const store = await bench.openStore(name);
  await store.settings.save({ townshipId: bench.townshipId, operatorName: bench.actor.person });
  return store;
}

/** Every IndexedDB database whose name contains `name` (RxDB's Dexie storage makes one per collection). */
export async function dropDatabasesNamed(name: string): Promise<void> {
  const all = await indexedDB.databases();
  await Promise.all(all.filter((db) => db.name?.includes(name)).map((db) => new Promise<void>((done, fail) => {
    const request = indexedDB.deleteDatabase(db.name ?? '');
    request.onsuccess = () => done();
    request.onerror = () => fail(request.error ?? new Error(`BENCH_DROP_FAILED: 无法删除数据库 ${db.name ?? ''}`));
    request.onblocked = () => done();
  })));
}
