// P1's floor: the rows a save leaves in IndexedDB (the records as stored, encrypted fields included, their
// history entries and search-word rows) written again straight through IndexedDB into databases with the
// same object stores and indexes, chunk by chunk as the store writes them, each chunk one strict
// transaction per database. No validation, no encryption, no RxDB: what IndexedDB alone costs for what
// the design keeps, to set beside the store's time and the baseline's single table.

interface IndexShape {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

interface StoreSnapshot {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexShape[];
  rows: unknown[];
}

export interface DatabaseSnapshot {
  name: string;
  stores: StoreSnapshot[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('BENCH_IDB_FAILED: IndexedDB 请求失败'));
  });
}

const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onerror = () => reject(tx.error ?? new Error('BENCH_IDB_TX_FAILED: IndexedDB 事务失败'));
  tx.onabort = () => reject(tx.error ?? new Error('BENCH_IDB_TX_ABORTED: IndexedDB 事务中止'));
});

/** Every object store of the store's databases that `include` picks by name, rows and shape. */
export async function snapshotDatabases(storeName: string, include: (databaseName: string) => boolean): Promise<DatabaseSnapshot[]> {
  const names = (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.includes(storeName) && include(name));
  const snapshots: DatabaseSnapshot[] = [];
  for (const name of names) {
    const db = await request(indexedDB.open(name));
    const stores: StoreSnapshot[] = [];
    for (const storeNameInDb of [...db.objectStoreNames]) {
      const store = db.transaction(storeNameInDb, 'readonly').objectStore(storeNameInDb);
      const indexes = [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      stores.push({ name: storeNameInDb, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, rows: await request(store.getAll()) });
    }
    db.close();
    snapshots.push({ name, stores });
  }
  return snapshots;
}

/** Fresh databases shaped like the snapshots, named `<name>-floor`. */
async function createShaped(snapshots: readonly DatabaseSnapshot[]): Promise<IDBDatabase[]> {
  return Promise.all(snapshots.map((snapshot) => new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(`${snapshot.name}-floor`, 1);
    open.onupgradeneeded = () => {
      for (const shape of snapshot.stores) {
        const store = open.result.createObjectStore(shape.name, { keyPath: shape.keyPath, autoIncrement: shape.autoIncrement });
        for (const index of shape.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('BENCH_IDB_OPEN_FAILED: 无法创建数据库'));
  })));
}

/**
 * Writes every snapshot's rows again, `chunk` rows of each store per strict transaction, chunk after chunk:
 * in each chunk the first database first, then the others side by side. Returns ms.
 */
export async function replaySnapshots(snapshots: readonly DatabaseSnapshot[], chunk: number): Promise<number> {
  const databases = await createShaped(snapshots);
  const longest = Math.max(0, ...snapshots.flatMap((snapshot) => snapshot.stores.map((store) => store.rows.length)));
  const started = performance.now();
  const writeChunk = async (i: number, start: number) => {
    const snapshot = snapshots[i] as DatabaseSnapshot;
    // A store without a key path would need its keys given; RxDB's and the words' stores all have one.
    const stores = snapshot.stores.filter((store) => store.rows.length > start && (store.keyPath !== null || store.autoIncrement));
    if (stores.length === 0) return;
    const tx = (databases[i] as IDBDatabase).transaction(stores.map((store) => store.name), 'readwrite', { durability: 'strict' });
    for (const shape of stores) {
      const target = tx.objectStore(shape.name);
      for (const row of shape.rows.slice(start, start + chunk)) target.put(row);
    }
    await done(tx);
  };
  for (let start = 0; start < longest; start += chunk) {
    // As the store writes a chunk: the first database's rows (the records), then the others side by side.
    await writeChunk(0, start);
    await Promise.all(snapshots.slice(1).map((_, i) => writeChunk(i + 1, start)));
  }
  const ms = performance.now() - started;
  for (const db of databases) db.close();
  await Promise.all(snapshots.map((snapshot) => request(indexedDB.deleteDatabase(`${snapshot.name}-floor`))));
  return ms;
}
