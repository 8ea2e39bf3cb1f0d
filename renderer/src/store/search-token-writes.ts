// Keeps the search words (search-words.ts, decisions 006 and 045) in step with the ledger: every
// store write calls one of these right after the record is written (no IndexedDB transaction spans
// RxDB's databases and the words'; a crash in between is repaired by the save journal's replay,
// decision 029, or leaves a pulled record that search finds by the bounded scan until the next
// rebuild). Sync must call `replaceRecordTokens` for the records it pulls.
import { searchTokensOf } from '#shared/domain/by-kind/search-tokens';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from './database';
import { searchWordsOf, wordKey, type SearchWordsRow } from './search-words';

type TokenSource<K extends LedgerKind> = LedgerRecordByKind[K];

/** A record's row of words, with its recycle-bin state and list key. */
export function wordsRowOf<K extends LedgerKind>(kind: K, record: TokenSource<K>): SearchWordsRow {
  return {
    id: record.id,
    kind,
    trashed: record.trashed,
    newestFirstKey: record.newestFirstKey,
    keys: searchTokensOf(kind, record).map((token) => wordKey(kind, record.trashed, token)),
  };
}

/**
 * The words of records created, edited, moved to the recycle bin or back, pulled or rebuilt: one
 * write for all of them, each row replacing the record's previous one by its id (nothing is read).
 * The last state of a record given twice wins.
 */
export async function replaceRecordTokens<K extends LedgerKind>(db: TaizhangDatabase, kind: K, records: TokenSource<K>[]): Promise<void> {
  const latest = new Map(records.map((record) => [record.id, wordsRowOf(kind, record)]));
  await searchWordsOf(db).put([...latest.values()]);
}

/** The words of records that are gone (deleted ones, as sync pulls them), in one delete. */
export async function removeRecordTokens(db: TaizhangDatabase, recordIds: readonly string[]): Promise<void> {
  await searchWordsOf(db).remove([...new Set(recordIds)]);
}
