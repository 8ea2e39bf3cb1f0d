// A list search in the in-memory store, found the way search-list.ts finds it on RxDB: the records one of
// whose search tokens starts with the normalised text; only when no record has such a token, the records
// whose search text holds the text (the scan). The real store's read limits are not modelled (a fake holds
// a handful of records); like the real scan, a scan result has no total.
import { searchTokensOf } from '#shared/domain/by-kind/search-tokens';
import { searchPattern } from '#shared/domain/derive/search-text';
import { normaliseSearchText } from '#shared/domain/derive/search-tokens';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';

export interface SearchMatches<R> {
  rows: R[];
  /** Whether the real store could count them (found through the token index). */
  counted: boolean;
}

export function searchMatches<K extends LedgerKind>(kind: K, rows: LedgerRecordByKind[K][], userText: string): SearchMatches<LedgerRecordByKind[K]> {
  const text = normaliseSearchText(userText);
  const byToken = rows.filter((row) => searchTokensOf(kind, row).some((token) => token.startsWith(text)));
  if (byToken.length > 0) return { rows: byToken, counted: true };
  const pattern = new RegExp(searchPattern(userText));
  return { rows: rows.filter((row) => pattern.test(row.searchText)), counted: false };
}
