// Turns a ListQuery into an RxDB query that walks one ascending index of the collection:
// `trashed` first, then the filter field (if any), then newestFirstKey. Paging is keyset
// (`newestFirstKey > cursor`), never `skip`, never a `desc` sort (which reads the whole range).
import type { MangoQuery, MangoQuerySelector } from 'rxdb';
import { keyRangeForDates } from '#shared/domain/by-kind/newest-first-key';
import { searchPattern } from '#shared/domain/derive/search-text';
import { collectionSchemas, type LedgerKind } from '#shared/domain/schemas/index';
import type { ListQuery } from './contract';

export interface PlannedListQuery {
  /** The page query: pageSize + 1 rows, so the store knows whether another page exists. */
  page: MangoQuery<unknown>;
  /** The same selector without cursor; absent when no index covers it (a search), since RxDB can then only count by reading every row. */
  count?: MangoQuery<unknown>;
  /** The index RxDB's planner must pick (without its `_deleted` prefix and id suffix); the tests hold the planner to it. */
  index: readonly string[];
}

/** The fields each kind can be filtered by, read from the schema's `[trashed, field, newestFirstKey]` indexes. */
export function filterableFields(kind: LedgerKind): string[] {
  return collectionSchemas[kind].indexes
    .filter((index) => index.length === 3 && index[0] === 'trashed' && index[2] === 'newestFirstKey')
    .map((index) => index[1] as string);
}

export class ListQueryError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

export function planListQuery(kind: LedgerKind, query: ListQuery): PlannedListQuery {
  if (!Number.isInteger(query.pageSize) || query.pageSize < 1 || query.pageSize > 1000) {
    throw new ListQueryError('LIST_PAGE_SIZE_INVALID', `每页条数 ${query.pageSize} 无效（应为 1–1000）`);
  }
  const selector: Record<string, unknown> = { trashed: query.trashed === true };
  const index = ['trashed'];
  if (query.filter) {
    if (!filterableFields(kind).includes(query.filter.field)) {
      throw new ListQueryError('LIST_FILTER_UNSUPPORTED', `不能按“${query.filter.field}”筛选这类记录`);
    }
    selector[query.filter.field] = query.filter.value;
    index.push(query.filter.field);
  }
  index.push('newestFirstKey');

  const range = keyRangeForDates(kind, query.from, query.to);
  const keySelector: Record<string, string> = { ...range };
  if (Object.keys(keySelector).length > 0) selector.newestFirstKey = keySelector;
  if (query.search?.trim()) selector.searchText = { $regex: searchPattern(query.search) };

  const sort = [{ newestFirstKey: 'asc' as const }];
  const pageSelector = { ...selector };
  if (query.after !== undefined) {
    // The cursor replaces the lower bound only when it is past it.
    const { $gte: lower, ...rest } = keySelector;
    pageSelector.newestFirstKey = lower !== undefined && lower > query.after ? keySelector : { ...rest, $gt: query.after };
  }
  const page: MangoQuery<unknown> = { selector: pageSelector, sort, limit: query.pageSize + 1 };
  const count = selector.searchText === undefined ? { selector: selector as MangoQuerySelector<unknown> } : undefined;
  return count ? { page, count, index } : { page, index };
}
