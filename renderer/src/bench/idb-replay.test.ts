// P1's and P4's floor: the rows a save or a pull left are taken with their stores' shape (key path,
// indexes, multi-entry), written again chunk by chunk into look-alike databases, which are then removed.
import { IDBObjectStore as FakeObjectStore, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaySnapshots, snapshotDatabases } from './idb-replay';

afterEach(() => vi.unstubAllGlobals());

function makeDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const words = open.result.createObjectStore('words', { keyPath: 'id' });
      words.createIndex('keys', 'keys', { multiEntry: true });
      const docs = open.result.createObjectStore('docs', { keyPath: ['kind', 'id'] });
      docs.createIndex('byDate', ['kind', 'at']);
      for (let i = 0; i < 7; i++) {
        words.put({ id: `r${i}`, keys: ['zhang', `w${i}`] });
        docs.put({ kind: 'm', id: `r${i}`, at: `2026-01-0${i + 1}` });
      }
    };
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
}

describe('the floor of what a save keeps', () => {
  it('takes every row with its store shape, of the databases asked for only', async () => {
    vi.stubGlobal('indexedDB', indexedDB);
    await makeDatabase('bench-a--records');
    await makeDatabase('bench-a--other');
    await makeDatabase('bench-b--records');
    const snapshots = await snapshotDatabases('bench-a', (name) => name.endsWith('--records'));
    expect(snapshots.map((snapshot) => snapshot.name)).toEqual(['bench-a--records']);
    const stores = snapshots[0]?.stores ?? [];
    expect(stores.map(({ name, keyPath, rows }) => ({ name, keyPath, rows: rows.length }))).toEqual([
      { name: 'docs', keyPath: ['kind', 'id'], rows: 7 },
      { name: 'words', keyPath: 'id', rows: 7 },
    ]);
    expect(stores.find((store) => store.name === 'words')?.indexes).toEqual([{ name: 'keys', keyPath: 'keys', unique: false, multiEntry: true }]);
  });

  it('writes the rows again in chunks and leaves no database of its own behind', async () => {
    vi.stubGlobal('indexedDB', indexedDB);
    await makeDatabase('bench-c--records');
    const snapshots = await snapshotDatabases('bench-c', () => true);
    const put = vi.spyOn(FakeObjectStore.prototype, 'put');
    const ms = await replaySnapshots(snapshots, 3);
    expect(ms).toBeGreaterThanOrEqual(0);
    // 7 rows in each of two stores, in chunks of 3: every row once, no more.
    expect(put.mock.calls.map(([row]) => (row as { id: string }).id).sort()).toEqual(['r0', 'r0', 'r1', 'r1', 'r2', 'r2', 'r3', 'r3', 'r4', 'r4', 'r5', 'r5', 'r6', 'r6']);
    put.mockRestore();
    const left = (await indexedDB.databases()).map((db) => db.name);
    expect(left).toContain('bench-c--records');
    expect(left.filter((name) => name?.endsWith('-floor'))).toEqual([]);
  });
});
