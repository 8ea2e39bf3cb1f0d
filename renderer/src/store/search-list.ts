// A list search (docs/decisions/006, 045). First the search words' index (search-words.ts): the
// text as an exact word and as a word prefix, one index range; the matching records are loaded by id and paged newest
// first by their key. Text no token starts with (a word inside a summary, pinyin inside a name)
// falls back to the searchText regex on the list index, but bounded: one request reads at most
// `scanRows` rows and hands back a cursor to go on from there.
import { normaliseSearchText } from '#shared/domain/derive/search-tokens';
import { keyRangeForDates } from '#shared/domain/by-kind/newest-first-key';
import { describeKind } from '#shared/domain/kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { ListPage, ListQuery } from './contract';
import type { TaizhangDatabase } from './database';
import { planListQuery } from './list-query';
import { searchWordsOf } from './search-words';

type Row<K extends LedgerKind> = LedgerRecordByKind[K];

/** How much one search request may read; every request stays well under a second at 100,000 records. */
export interface SearchLimits {
  /** Matching words (index entries) read at most; past it the page says the search was too broad. */
  tokenRows: number;
  /** Records a filtered token search loads at most (each one is decrypted). */
  filterLoads: number;
  /** Ledger rows a fallback scan reads at most (~0.3–0.5 ms each in Chromium). */
  scanRows: number;
  /** Rows one read of that scan takes: a page's worth of matches is often found in the first read. */
  scanRead: number;
}

export const defaultSearchLimits: SearchLimits = { tokenRows: 5000, filterLoads: 1000, scanRows: 2000, scanRead: 250 };

const inKeyRange = (key: string, range: { $gte?: string; $lte?: string }, after?: string) =>
  (range.$gte === undefined || key >= range.$gte) && (range.$lte === undefined || key <= range.$lte) && (after === undefined || key > after);

async function loadInKeyOrder<K extends LedgerKind>(db: TaizhangDatabase, kind: K, ids: string[], trashed: boolean): Promise<Row<K>[]> {
  const found = await db[kind].findByIds(ids).exec();
  return ids
    .map((id) => found.get(id)?.toMutableJSON() as Row<K> | undefined)
    // A record's words may lag behind a change it made since (see search-token-writes.ts).
    .filter((row): row is Row<K> => row !== undefined && row.trashed === trashed);
}

/** The page from the token index, or undefined when no token matches (the caller scans instead). */
export async function searchByTokens<K extends LedgerKind>(
  db: TaizhangDatabase, kind: K, query: ListQuery, limits: SearchLimits = defaultSearchLimits,
): Promise<ListPage<K> | undefined> {
  const text = normaliseSearchText(query.search ?? '');
  const trashed = query.trashed === true;
  const tokenRows = await searchWordsOf(db).lookup(kind, trashed, text, limits.tokenRows + 1);
  if (tokenRows.length === 0) return undefined;
  const capped = tokenRows.length > limits.tokenRows;

  const keyById = new Map<string, string>();
  for (const row of tokenRows.slice(0, limits.tokenRows)) keyById.set(row.id, row.newestFirstKey);
  const range = keyRangeForDates(kind, query.from, query.to);
  const inRange = [...keyById].filter(([, key]) => inKeyRange(key, range)).sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const candidates = inRange.filter(([, key]) => inKeyRange(key, {}, query.after));

  const page: ListPage<K> = { rows: [] };
  if (!query.filter) {
    const ids = candidates.slice(0, query.pageSize + 1).map(([id]) => id);
    const rows = await loadInKeyOrder(db, kind, ids, trashed);
    page.rows = rows.slice(0, query.pageSize);
    if (candidates.length > query.pageSize) page.nextCursor = candidates[query.pageSize - 1]?.[1];
    if (!capped) page.total = inRange.length;
  } else {
    const { field, value } = query.filter;
    const matched: Row<K>[] = [];
    let examined = 0;
    const batch = Math.max(query.pageSize + 1, 100);
    while (matched.length <= query.pageSize && examined < candidates.length && examined < limits.filterLoads) {
      const ids = candidates.slice(examined, examined + batch).map(([id]) => id);
      examined += ids.length;
      for (const row of await loadInKeyOrder(db, kind, ids, trashed)) {
        if ((row as unknown as Record<string, unknown>)[field] === value) matched.push(row);
      }
    }
    page.rows = matched.slice(0, query.pageSize);
    const last = page.rows[page.rows.length - 1];
    if (matched.length > query.pageSize && last) {
      page.nextCursor = last.newestFirstKey;
    } else if (examined < candidates.length) {
      page.nextCursor = candidates[examined - 1]?.[1];
      page.partialSearch = { reason: 'scanLimit', scanned: examined, message: scanMessage(kind, examined) };
    }
  }
  if (capped) {
    page.partialSearch = {
      reason: 'tooManyMatches',
      scanned: limits.tokenRows,
      message: `符合“${query.search?.trim() ?? ''}”的记录太多，只列出了其中一部分；请输入更完整的姓名、拼音或案号`,
    };
  }
  return page;
}

function scanMessage(kind: LedgerKind, scanned: number): string {
  return describeKind(kind).listOrder === 'newestFirst'
    ? `已查找最近 ${scanned} 条记录，点“下一页”继续查找更早的记录`
    : `已查找 ${scanned} 条记录，点“下一页”继续查找其余记录`;
}

/**
 * The searchText pattern on the list index, reading at most `scanRows` rows newest first, in reads
 * of `scanRead` rows by one index range each (no count, no second pass). A page that stops at the limit
 * says how many rows it read and carries the cursor past the last of them.
 */
export async function searchByBoundedScan<K extends LedgerKind>(
  db: TaizhangDatabase, kind: K, query: ListQuery, limits: SearchLimits = defaultSearchLimits,
): Promise<ListPage<K>> {
  const collection = db[kind];
  const plan = planListQuery(kind, query);
  const { searchText, ...indexed } = plan.page.selector as Record<string, unknown>;
  // The same pattern the page query carries, tested on the rows read instead of by RxDB's reading every row.
  const pattern = new RegExp((searchText as { $regex: string }).$regex);
  const keyRange = (indexed.newestFirstKey ?? {}) as Record<string, string>;
  /** The list's key range, past `after` once a read has been done. */
  const rangeAfter = (after: string | undefined): Record<string, unknown> => {
    if (after === undefined) return indexed;
    const { $gt: _cursor, $gte: _lower, ...upper } = keyRange;
    return { ...indexed, newestFirstKey: { ...upper, $gt: after } };
  };
  const matched: Row<K>[] = [];
  let scanned = 0;
  let lastKey: string | undefined;
  let exhausted = false;
  while (matched.length <= query.pageSize && scanned < limits.scanRows) {
    const limit = Math.min(limits.scanRead, limits.scanRows - scanned);
    const docs = await collection.find({ selector: rangeAfter(lastKey), sort: plan.page.sort, limit } as never).exec();
    scanned += docs.length;
    for (const doc of docs) {
      const row = doc.toMutableJSON() as Row<K>;
      lastKey = row.newestFirstKey;
      if (pattern.test(String((row as unknown as { searchText?: string }).searchText ?? ''))) matched.push(row);
    }
    if (docs.length < limit) {
      exhausted = true;
      break;
    }
  }
  const rows = matched.slice(0, query.pageSize);
  const page: ListPage<K> = { rows };
  const last = rows[rows.length - 1];
  if (matched.length > query.pageSize && last) {
    page.nextCursor = last.newestFirstKey;
  } else if (!exhausted && lastKey !== undefined) {
    page.nextCursor = lastKey;
    page.partialSearch = { reason: 'scanLimit', scanned, message: scanMessage(kind, scanned) };
  }
  return page;
}
