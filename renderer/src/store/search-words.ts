// The search words of the ledger (decisions 006, 045), outside RxDB: one row per record in an
// IndexedDB database of the store's own, its words in one multiEntry index. A case costs one row
// and ≈ 14 index entries, against ≈ 14 RxDB documents of six B-tree entries each before, and an
// edit replaces its row by primary key without reading the old words. Local derived data: written
// only by the store and sync from records they hold, rebuilt from the records when missing or of
// an older version, never replicated, never backed up (a restore rebuilds it). No ID number, phone
// or address: ID numbers appear only as `idh:` + keyed hash (search-tokens.ts).
import Dexie, { type Table } from 'dexie';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { IndexedDbSource } from './storage';

/** One record's words: `keys` are `kind|0|token` (live) or `kind|1|token` (recycle bin). */
export interface SearchWordsRow {
  /** The record's id. */
  id: string;
  kind: LedgerKind;
  trashed: boolean;
  /** Copied from the record, so matches are paged newest first without reading the records. */
  newestFirstKey: string;
  keys: string[];
}

/** A match of a lookup, in index order (token, then record id). */
export interface WordMatch {
  id: string;
  newestFirstKey: string;
}

interface MetaRow {
  id: string;
  version: number;
}

const VERSION_ROW = 'version';

export const wordKey = (kind: LedgerKind, trashed: boolean, token: string): string => `${kind}|${trashed ? 1 : 0}|${token}`;

/** The token of a key (kind and state stripped). */
export const tokenOfKey = (key: string): string => key.slice(key.indexOf('|', key.indexOf('|') + 1) + 1);

/**
 * Named under the profile's prefix (`rxdb-dexie-<store>--`), so deleting a profile (a restore,
 * profile-restore.ts) deletes it with RxDB's databases.
 */
export const searchWordsDatabaseName = (storeName: string): string => `rxdb-dexie-${storeName}--searchWords`;

export class SearchWords {
  private readonly dexie: Dexie;
  private readonly words: Table<SearchWordsRow, string>;
  private readonly meta: Table<MetaRow, string>;
  private readonly legacyName: string;
  private readonly source: IndexedDbSource;

  constructor(storeName: string, source: IndexedDbSource = {}) {
    // RxDB's Dexie storage named the collection's database so (`rxdb-dexie-<db>--<version>--<collection>`).
    this.legacyName = `rxdb-dexie-${storeName}--0--searchToken`;
    this.source = source;
    // Flushed to disk before a write resolves, like RxDB's collections (decision 003).
    this.dexie = new Dexie(searchWordsDatabaseName(storeName), { ...source, chromeTransactionDurability: 'strict' });
    this.dexie.version(1).stores({ words: '&id, *keys', meta: '&id' });
    this.words = this.dexie.table('words');
    this.meta = this.dexie.table('meta');
  }

  /** Writes (or replaces, by record id) the rows: one transaction. */
  async put(rows: readonly SearchWordsRow[]): Promise<void> {
    if (rows.length === 0) return;
    try {
      await this.words.bulkPut(rows);
    } catch (error) {
      throw new Error(`SEARCH_INDEX_WRITE_FAILED: 搜索索引写入失败（${rows.length} 条），记录已保存，重新打开程序后会重建索引`, { cause: error });
    }
  }

  async remove(recordIds: readonly string[]): Promise<void> {
    if (recordIds.length > 0) await this.words.bulkDelete([...recordIds]);
  }

  /** Records with a word equal to or starting with `text`, one entry per matching word, in index order, at most `limit`. */
  async lookup(kind: LedgerKind, trashed: boolean, text: string, limit: number): Promise<WordMatch[]> {
    const lower = wordKey(kind, trashed, text);
    const rows = await this.words.where('keys').between(lower, `${lower}\uffff`, true, false).limit(limit).toArray();
    return rows.map((row) => ({ id: row.id, newestFirstKey: row.newestFirstKey }));
  }

  /** Records with exactly this word. */
  async exact(kind: LedgerKind, trashed: boolean, token: string): Promise<WordMatch[]> {
    const rows = await this.words.where('keys').equals(wordKey(kind, trashed, token)).toArray();
    return rows.map((row) => ({ id: row.id, newestFirstKey: row.newestFirstKey }));
  }

  /** Every row (the save audit and tests). */
  all(): Promise<SearchWordsRow[]> {
    return this.words.toArray();
  }

  count(): Promise<number> {
    return this.words.count();
  }

  /** The version of the words the rows were built by; undefined for a new or cleared database. */
  async builtVersion(): Promise<number | undefined> {
    return (await this.meta.get(VERSION_ROW))?.version;
  }

  async setBuiltVersion(version: number | undefined): Promise<void> {
    if (version === undefined) await this.meta.delete(VERSION_ROW);
    else await this.meta.put({ id: VERSION_ROW, version });
  }

  /** Every row and the version gone (tests, and a rebuild that must start from nothing). */
  async clear(): Promise<void> {
    await this.dexie.transaction('rw', this.words, this.meta, async () => {
      await this.words.clear();
      await this.meta.clear();
    });
  }

  /** Deletes the RxDB collection that held the words before decision 045 (nothing happens if there is none). */
  async dropLegacyCollection(): Promise<void> {
    await new Dexie(this.legacyName, { ...this.source }).delete();
  }

  close(): void {
    this.dexie.close();
  }
}

/** The search words of each open database (created with it in database.ts). */
const opened = new WeakMap<object, SearchWords>();

export function attachSearchWords(db: object, words: SearchWords): void {
  opened.set(db, words);
}

export function searchWordsOf(db: object): SearchWords {
  const words = opened.get(db);
  if (!words) throw new Error('SEARCH_WORDS_NOT_OPEN: 搜索索引未打开');
  return words;
}
