// The baselines the store is measured against: the same rows in a plain Dexie table with the
// mediation collection's list indexes, and a bare IndexedDB index cursor over them. No
// validation, no encryption, no history, no RxDB: what the hardware and IndexedDB cost alone.
import Dexie from 'dexie';
import type { MediationCase } from '#shared/domain/schemas/index';

const TABLE = 'mediationCase';
const STATUS_INDEX = '[trashed+status+newestFirstKey]';

/** IndexedDB cannot index booleans, so `trashed` is stored as 0/1 (RxDB's Dexie storage does likewise). */
export type RawRow = Omit<MediationCase, 'trashed'> & { trashed: 0 | 1 };

export const toRawRow = (record: MediationCase): RawRow => ({ ...record, trashed: record.trashed ? 1 : 0 });

/** A Dexie database with the mediation schema's indexes: [trashed, x, newestFirstKey] per list, and caseNumber. */
export function openRawDatabase(name: string): Dexie {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({
    [TABLE]: `&id, [trashed+newestFirstKey], ${STATUS_INDEX}, [trashed+disputeType+newestFirstKey], [trashed+townshipId+newestFirstKey], caseNumber`,
  });
  return db;
}

export async function rawBulkPut(db: Dexie, rows: readonly RawRow[]): Promise<void> {
  await db.table(TABLE).bulkPut(rows as RawRow[]);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('RAW_IDB_FAILED: IndexedDB 请求失败'));
  });
}

/** Opens the Dexie-made database with the bare IndexedDB API (no Dexie in the read path). */
export async function openNative(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/** The first `limit` live rows with a status, in index order: what a list's first page needs, done by hand. */
export function rawFirstPage(db: IDBDatabase, status: string, limit: number): Promise<RawRow[]> {
  return new Promise((resolve, reject) => {
    const rows: RawRow[] = [];
    const index = db.transaction(TABLE, 'readonly').objectStore(TABLE).index(STATUS_INDEX);
    const cursor = index.openCursor(IDBKeyRange.bound([0, status, ''], [0, status, '\uffff']));
    cursor.onerror = () => reject(cursor.error ?? new Error('RAW_IDB_CURSOR_FAILED: IndexedDB 游标失败'));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || rows.length >= limit) {
        resolve(rows);
        return;
      }
      rows.push(at.value as RawRow);
      at.continue();
    };
  });
}

export async function deleteDatabase(name: string): Promise<void> {
  await Dexie.delete(name);
}
