// get / list / history / findByIdNumber. Every list walks an ascending index (see list-query.ts);
// a search goes through the search words' index (search-list.ts, search-words.ts).
import { idHashToken } from '#shared/domain/derive/search-terms';
import type { LedgerKind, LedgerRecordByKind, RecordHistory } from '#shared/domain/schemas/index';
import type { CountQuery, ListPage, ListQuery } from './contract';
import type { TaizhangDatabase } from './database';
import type { IdNumberHasher } from './id-number-hash';
import { planListQuery } from './list-query';
import { defaultSearchLimits, searchByBoundedScan, searchByTokens, type SearchLimits } from './search-list';
import type { SearchIndexState } from './search-token-rebuild';
import { searchWordsOf } from './search-words';

type Json<K extends LedgerKind> = LedgerRecordByKind[K];

export async function getRecord<K extends LedgerKind>(db: TaizhangDatabase, kind: K, id: string): Promise<Json<K> | null> {
  const doc = await db[kind].findOne(id).exec();
  return doc ? (doc.toMutableJSON() as Json<K>) : null;
}

export interface SearchSetup {
  index: Pick<SearchIndexState, 'ready'>;
  limits?: SearchLimits;
}

export async function listRecords<K extends LedgerKind>(db: TaizhangDatabase, search: SearchSetup, kind: K, query: ListQuery): Promise<ListPage<K>> {
  const plan = planListQuery(kind, query);
  if (query.search?.trim()) {
    const limits = search.limits ?? defaultSearchLimits;
    // While the index is being rebuilt it may miss records: scan (bounded) instead.
    const byTokens = search.index.ready ? await searchByTokens(db, kind, query, limits) : undefined;
    return byTokens ?? searchByBoundedScan(db, kind, query, limits);
  }
  const docs = await db[kind].find(plan.page).exec();
  const rows = docs.slice(0, query.pageSize).map((doc) => doc.toMutableJSON() as Json<K>);
  const last = rows[rows.length - 1];
  const page: ListPage<K> = { rows };
  if (docs.length > query.pageSize && last) page.nextCursor = last.newestFirstKey;
  return page;
}

/** 共 N 条 of a list without search: the index count of the list's range (LedgerStore.count). */
export async function countRecords(db: TaizhangDatabase, kind: LedgerKind, query: CountQuery): Promise<number | undefined> {
  if (query.search?.trim()) return undefined;
  const { count } = planListQuery(kind, { ...query, pageSize: 1 });
  return count ? db[kind].count(count).exec() : undefined;
}

/** See LedgerStore.watch: one call per write (a pulled batch is one), local or from another window. */
export function watchRecords(db: TaizhangDatabase, kind: LedgerKind, listener: () => void): () => void {
  const subscription = db[kind].eventBulks$.subscribe(() => listener());
  return () => subscription.unsubscribe();
}

/** A record's 修改记录, newest first. One record has few entries, so they are reversed in memory. */
export async function recordHistory(db: TaizhangDatabase, recordId: string): Promise<RecordHistory[]> {
  const docs = await db.recordHistory.find({ selector: { recordId }, sort: [{ at: 'asc' }, { id: 'asc' }] }).exec();
  return docs.map((doc) => doc.toMutableJSON()).reverse();
}

/** Records a keyed ID-number hash points to, through its `idh:` word: one index lookup. */
async function findByIdToken<K extends LedgerKind>(db: TaizhangDatabase, kind: K, digest: string): Promise<Json<K>[]> {
  const matches = await searchWordsOf(db).exact(kind, false, idHashToken(digest));
  const ids = [...new Set(matches.map((match) => match.id))];
  const found = await db[kind].findByIds(ids).exec();
  const hashesOf = (row: Json<K>): string[] => {
    const record = row as { partyIdHashes?: string[]; idNumberHash?: string };
    return record.partyIdHashes ?? (record.idNumberHash ? [record.idNumberHash] : []);
  };
  return ids
    .map((id) => found.get(id)?.toMutableJSON() as Json<K> | undefined)
    // The record itself must still carry the hash (a token row may lag behind an edit).
    .filter((row): row is Json<K> => row !== undefined && !row.trashed && hashesOf(row).includes(digest))
    .sort((a, b) => (a.newestFirstKey < b.newestFirstKey ? -1 : 1));
}

/**
 * Live records whose keyed ID-number hash matches. With the search index built, an index lookup
 * of the `idh:` token; while it is being rebuilt, a read of the collection's live range (array
 * fields cannot be indexed in RxDB) in which only matching rows are decrypted.
 */
export async function findByIdNumber<K extends 'mediationCase' | 'enforcementCase' | 'officer'>(
  db: TaizhangDatabase,
  index: Pick<SearchIndexState, 'ready'>,
  hash: IdNumberHasher,
  kind: K,
  idNumber: string,
): Promise<Json<K>[]> {
  if (!idNumber.trim()) return [];
  const digest = hash(idNumber);
  if (index.ready) return findByIdToken(db, kind, digest);
  const selector = kind === 'officer'
    ? { trashed: false, idNumberHash: digest }
    : { trashed: false, partyIdHashes: { $elemMatch: { $eq: digest } } };
  const docs = await db[kind].find({ selector, sort: [{ newestFirstKey: 'asc' }] } as never).exec();
  return docs.map((doc) => doc.toMutableJSON() as Json<K>);
}
