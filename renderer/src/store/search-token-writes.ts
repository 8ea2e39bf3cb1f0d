// Keeps the searchToken collection (docs/decisions/006) in step with the ledger: every store
// write calls one of these right after the record is written (RxDB has no transaction across
// collections; a crash in between leaves a record that search finds only by the bounded scan,
// until the next rebuild). Sync must call `replaceRecordTokens` for the records it pulls.
import type { MangoQuery } from 'rxdb';
import { searchTokensOf } from '#shared/domain/derive/search-tokens';
import type { LedgerKind, LedgerRecordByKind, SearchToken } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from './database';

type TokenSource<K extends LedgerKind> = LedgerRecordByKind[K];

/** A record's token rows, one per token, with the record's recycle-bin state and list key. */
export function tokenDocsOf<K extends LedgerKind>(kind: K, record: TokenSource<K>): SearchToken[] {
  return searchTokensOf(kind, record).map((token) => ({
    id: `${record.id}|${token}`,
    kind,
    token,
    recordId: record.id,
    trashed: record.trashed,
    newestFirstKey: record.newestFirstKey,
  }));
}

/** One record's token rows, on their recordId index. */
export const recordTokensQuery = (recordId: string): MangoQuery<SearchToken> => ({
  selector: { recordId },
  sort: [{ recordId: 'asc' }, { id: 'asc' }],
});

async function upsertTokens(db: TaizhangDatabase, docs: SearchToken[]): Promise<void> {
  if (docs.length === 0) return;
  const result = await db.searchToken.bulkUpsert(docs);
  if (result.error.length > 0) {
    throw new Error(`SEARCH_INDEX_WRITE_FAILED: 搜索索引写入失败（${result.error.length} 条），记录已保存，重新打开程序后会重建索引`);
  }
}

/**
 * Tokens of records just created (create, createMany, a rebuild): one bulk insert (~15 % cheaper
 * than an upsert in Chromium); rows that exist already (a rebuild after an interrupted one) are upserted.
 */
export async function indexNewRecords<K extends LedgerKind>(db: TaizhangDatabase, kind: K, records: TokenSource<K>[]): Promise<void> {
  const docs = records.flatMap((record) => tokenDocsOf(kind, record));
  if (docs.length === 0) return;
  const result = await db.searchToken.bulkInsert(docs);
  const existing = new Set(result.error.filter((error) => error.status === 409).map((error) => error.documentId));
  if (result.error.length > existing.size) {
    throw new Error(`SEARCH_INDEX_WRITE_FAILED: 搜索索引写入失败（${result.error.length - existing.size} 条），记录已保存，重新打开程序后会重建索引`);
  }
  await upsertTokens(db, docs.filter((doc) => existing.has(doc.id)));
}

/**
 * After an edit, a move to the recycle bin or back, or a pulled change: the record's old token rows
 * that are no longer wanted are removed, new or changed ones (trashed, list date) written.
 */
export async function replaceRecordTokens<K extends LedgerKind>(db: TaizhangDatabase, kind: K, records: TokenSource<K>[]): Promise<void> {
  for (const record of records) {
    const existing = await db.searchToken.find(recordTokensQuery(record.id)).exec();
    const wanted = new Map(tokenDocsOf(kind, record).map((doc) => [doc.id, doc]));
    const stale = existing.filter((doc) => !wanted.has(doc.id)).map((doc) => doc.id);
    const current = new Map(existing.map((doc) => [doc.id, doc]));
    const changed = [...wanted.values()].filter((doc) => {
      const old = current.get(doc.id);
      return !old || old.trashed !== doc.trashed || old.newestFirstKey !== doc.newestFirstKey || old.kind !== doc.kind;
    });
    if (stale.length > 0) await db.searchToken.bulkRemove(stale);
    await upsertTokens(db, changed);
  }
}
