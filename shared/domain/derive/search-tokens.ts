// The words a record is found by through the searchToken index (docs/decisions/006): each kind's
// description says which (search-terms.ts has the pieces); here they are normalised and made distinct.
// Every row costs ~0.3 ms to write in Chromium, so words that would match most records (mediators) are
// left to the bounded scan of search-list.ts.
import { describeKind } from '../kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';
import { SEARCH_TOKEN_MAX } from '../schemas/search-token';
import { ID_HASH_TOKEN_PREFIX } from './search-terms';

/**
 * What a token and a search are compared in: NFKC (full-width digits and letters), trimmed,
 * lower-case, and the brackets people type for 〔〕 ([] () （） 【】) read as 〔〕.
 */
export function normaliseSearchText(text: string): string {
  const plain = text.normalize('NFKC').trim().toLowerCase().replace(/[[(【]/g, '〔').replace(/[\])】]/g, '〕');
  return cutToTokenLength(plain);
}

/** At most SEARCH_TOKEN_MAX UTF-16 units, never ending in half a surrogate pair. */
function cutToTokenLength(text: string): string {
  if (text.length <= SEARCH_TOKEN_MAX) return text;
  const cut = text.slice(0, SEARCH_TOKEN_MAX);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The distinct tokens of a saved record (it carries its keyed ID hashes), each at most SEARCH_TOKEN_MAX long. */
export function searchTokensOf<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K]): string[] {
  const tokens = describeKind(kind).searchTokens(record).map((token) =>
    token.startsWith(ID_HASH_TOKEN_PREFIX) ? token : normaliseSearchText(token));
  return [...new Set(tokens.filter((token) => token !== ''))];
}
