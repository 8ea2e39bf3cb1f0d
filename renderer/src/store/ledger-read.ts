// get / list / history / findByIdNumber. Every list walks an ascending index (see list-query.ts).
import type { LedgerKind, LedgerRecordByKind, RecordHistory } from '#shared/domain/schemas/index';
import type { ListPage, ListQuery } from './contract';
import type { TaizhangDatabase } from './database';
import type { IdNumberHasher } from './id-number-hash';
import { planListQuery } from './list-query';

type Json<K extends LedgerKind> = LedgerRecordByKind[K];

export async function getRecord<K extends LedgerKind>(db: TaizhangDatabase, kind: K, id: string): Promise<Json<K> | null> {
  const doc = await db[kind].findOne(id).exec();
  return doc ? (doc.toMutableJSON() as Json<K>) : null;
}

export async function listRecords<K extends LedgerKind>(db: TaizhangDatabase, kind: K, query: ListQuery): Promise<ListPage<K>> {
  const plan = planListQuery(kind, query);
  const collection = db[kind];
  const [docs, total] = await Promise.all([
    collection.find(plan.page as never).exec(),
    plan.count ? collection.count(plan.count as never).exec() : Promise.resolve(undefined),
  ]);
  const rows = docs.slice(0, query.pageSize).map((doc) => doc.toMutableJSON() as Json<K>);
  const last = rows[rows.length - 1];
  const page: ListPage<K> = { rows };
  if (docs.length > query.pageSize && last) page.nextCursor = last.newestFirstKey;
  if (total !== undefined) page.total = total;
  return page;
}

/** A record's 修改记录, newest first. One record has few entries, so they are reversed in memory. */
export async function recordHistory(db: TaizhangDatabase, recordId: string): Promise<RecordHistory[]> {
  const docs = await db.recordHistory.find({ selector: { recordId }, sort: [{ at: 'asc' }, { id: 'asc' }] }).exec();
  return docs.map((doc) => doc.toMutableJSON()).reverse();
}

/**
 * Live records whose keyed ID-number hash matches. Array fields cannot be indexed in RxDB, so
 * this reads the collection's live range once (a deliberate search, not a per-keystroke one);
 * only matching rows are decrypted.
 */
export async function findByIdNumber<K extends 'mediationCase' | 'enforcementCase' | 'officer'>(
  db: TaizhangDatabase,
  hash: IdNumberHasher,
  kind: K,
  idNumber: string,
): Promise<Json<K>[]> {
  if (!idNumber.trim()) return [];
  const digest = hash(idNumber);
  const selector = kind === 'officer'
    ? { trashed: false, idNumberHash: digest }
    : { trashed: false, partyIdHashes: { $elemMatch: { $eq: digest } } };
  const docs = await db[kind].find({ selector, sort: [{ newestFirstKey: 'asc' }] } as never).exec();
  return docs.map((doc) => doc.toMutableJSON() as Json<K>);
}
