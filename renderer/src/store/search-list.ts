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
}

export const defaultSearchLimits: SearchLimits = { tokenRows: 5000, filterLoads: 1000, scanRows: 2000 };

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

/** Smallest 8-digit date prefix p such that at least `limit` rows lie in (lower, p]; undefined when fewer rows remain. */
async function scanBound(count: (upper: string | undefined) => Promise<number>, lowerKey: string | undefined, upperKey: string | undefined, limit: number) {
  if ((await count(upperKey)) <= limit) return undefined;
  let low = Number((lowerKey ?? '').slice(0, 8).replace(/\D/g, '').padEnd(8, '0'));
  let high = upperKey === undefined ? 99_999_999 : Number(upperKey.slice(0, 8).replace(/\D/g, '').padEnd(8, '9'));
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if ((await count(`${String(middle).padStart(8, '0')}\uffff`)) >= limit) high = middle;
    else low = middle + 1;
  }
  return `${String(low).padStart(8, '0')}\uffff`;
}

/**
 * The searchText regex on the list index, reading at most about `scanRows` rows (whole days:
 * the bound is a date). A page that stops at the bound says so and carries the cursor past it.
 */
export async function searchByBoundedScan<K extends LedgerKind>(
  db: TaizhangDatabase, kind: K, query: ListQuery, limits: SearchLimits = defaultSearchLimits,
): Promise<ListPage<K>> {
  const collection = db[kind];
  const plan = planListQuery(kind, query);
  const indexed = { ...(plan.page.selector as Record<string, unknown>) };
  delete indexed.searchText;
  const keyRange = (indexed.newestFirstKey ?? {}) as { $gt?: string; $gte?: string; $lte?: string };
  const lowerKey = keyRange.$gt ?? keyRange.$gte;
  // Counts are index-only (no row is read): they place the bound cheaply.
  const countUpTo = (upper: string | undefined) => {
    const bounded = upper === undefined || (keyRange.$lte !== undefined && keyRange.$lte < upper) ? keyRange : { ...keyRange, $lte: upper };
    const selector = Object.keys(bounded).length > 0 ? { ...indexed, newestFirstKey: bounded } : indexed;
    return collection.count({ selector } as never).exec();
  };
  const bound = await scanBound(countUpTo, lowerKey, keyRange.$lte, limits.scanRows);
  const selector = bound === undefined ? plan.page.selector : { ...plan.page.selector, newestFirstKey: { ...keyRange, $lte: bound } };
  const docs = await collection.find({ ...plan.page, selector }).exec();
  const rows = docs.slice(0, query.pageSize).map((doc) => doc.toMutableJSON() as Row<K>);
  const page: ListPage<K> = { rows };
  const last = rows[rows.length - 1];
  if (docs.length > query.pageSize && last) {
    page.nextCursor = last.newestFirstKey;
  } else if (bound !== undefined) {
    page.nextCursor = bound;
    const scanned = await countUpTo(bound);
    page.partialSearch = { reason: 'scanLimit', scanned, message: scanMessage(kind, scanned) };
  }
  return page;
}
