// The words a record is found by through the searchToken index (docs/decisions/006): each kind's
// description says which (derive/search-terms.ts has the pieces); here they are normalised and made distinct.
import { ID_HASH_TOKEN_PREFIX } from '../derive/search-terms';
import { normaliseSearchText } from '../derive/search-tokens';
import { describeKind } from '../kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';

/** The distinct tokens of a saved record (it carries its keyed ID hashes), each at most SEARCH_TOKEN_MAX long. */
export function searchTokensOf<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K]): string[] {
  const tokens = describeKind(kind).searchTokens(record).map((token) =>
    token.startsWith(ID_HASH_TOKEN_PREFIX) ? token : normaliseSearchText(token));
  return [...new Set(tokens.filter((token) => token !== ''))];
}
