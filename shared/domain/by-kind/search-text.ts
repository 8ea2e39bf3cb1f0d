// What a list search looks in: case number, names, topic and matter (each kind's description says which),
// lower-cased, plus the pinyin of person names (full and initials), so 张三 is found by 'zs' and by 'zhangsan'.
// Personal data (ID numbers, phones, addresses) never goes in here: it is stored in plain text.
import { SEARCH_TEXT_MAX } from '../derive/search-text';
import { describeKind, type LedgerKindDescriptions } from '../kinds/index';
import type { LedgerKind } from '../schemas/index';

/** The parts of a record (or draft) its search text is made of. */
export type SearchSource<K extends LedgerKind> = Parameters<LedgerKindDescriptions[K]['searchTerms']>[0] & { caseNumber?: string };

export function searchTextOf<K extends LedgerKind>(kind: K, source: SearchSource<K>): string {
  const searchTerms = describeKind(kind).searchTerms as (source: SearchSource<K>) => (string | undefined)[];
  const terms = [source.caseNumber, ...searchTerms(source)]
    .map((term) => term?.trim().toLowerCase())
    .filter((term): term is string => !!term);
  return [...new Set(terms)].join(' ').slice(0, SEARCH_TEXT_MAX);
}
