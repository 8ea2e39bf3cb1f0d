// Keeps the searchToken collection (docs/decisions/006) in step with the ledger: every store
// write calls one of these right after the record is written (RxDB has no transaction across
// collections; a crash in between leaves a record that search finds only by the bounded scan,
// until the next rebuild). Sync must call `replaceRecordTokens` for the records it pulls.
import type { MangoQuery } from 'rxdb';
import { searchTokensOf } from '#shared/domain/by-kind/search-tokens';
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

/** Records whose current token rows are read at once (one query each, run side by side). */
const READ_CHUNK = 100;

/** Each record's current token rows, in the order of `recordIds`. */
async function tokenRowsOf(db: TaizhangDatabase, recordIds: readonly string[]): Promise<SearchToken[][]> {
  const rows: SearchToken[][] = [];
  for (let start = 0; start < recordIds.length; start += READ_CHUNK) {
    const chunk = recordIds.slice(start, start + READ_CHUNK);
    const found = await Promise.all(chunk.map((id) => db.searchToken.find(recordTokensQuery(id)).exec()));
    rows.push(...found.map((docs) => docs.map((doc) => doc.toJSON() as SearchToken)));
  }
  return rows;
}

/** Every token row of the records (deleted ones, as sync pulls them), in one remove. */
export async function removeRecordTokens(db: TaizhangDatabase, recordIds: readonly string[]): Promise<void> {
  const stale = (await tokenRowsOf(db, [...new Set(recordIds)])).flat().map((doc) => doc.id);
  if (stale.length > 0) await db.searchToken.bulkRemove(stale);
}

/**
 * After an edit, a move to the recycle bin or back, or a pulled change: the records' old token rows
 * that are no longer wanted are removed, new or changed ones (trashed, list date) written — one
 * remove and one write for all the records, however many (a pulled batch holds up to 1,000).
 */
export async function replaceRecordTokens<K extends LedgerKind>(db: TaizhangDatabase, kind: K, records: TokenSource<K>[]): Promise<void> {
  // The last state of a record given twice wins.
  const latest = [...new Map(records.map((record) => [record.id, record])).values()];
  const stale: string[] = [];
  const changed: SearchToken[] = [];
  const existingOf = await tokenRowsOf(db, latest.map((record) => record.id));
  latest.forEach((record, index) => {
    const existing = existingOf[index] ?? [];
    const wanted = new Map(tokenDocsOf(kind, record).map((doc) => [doc.id, doc]));
    const current = new Map(existing.map((doc) => [doc.id, doc]));
    for (const doc of existing) if (!wanted.has(doc.id)) stale.push(doc.id);
    for (const doc of wanted.values()) {
      const old = current.get(doc.id);
      if (!old || old.trashed !== doc.trashed || old.newestFirstKey !== doc.newestFirstKey || old.kind !== doc.kind) changed.push(doc);
    }
  });
  if (stale.length > 0) await db.searchToken.bulkRemove(stale);
  await upsertTokens(db, changed);
}
