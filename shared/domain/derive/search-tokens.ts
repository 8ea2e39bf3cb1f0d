// How a search token and the words a user searches for are compared (docs/decisions/006); the tokens of a
// record are made per kind (by-kind/search-tokens.ts). Every row costs ~0.3 ms to write in Chromium, so words
// that would match most records (mediators) are left to the bounded scan of search-list.ts.

/** Longest token kept (UTF-16 units; `idh:` + 64 hex digits fits); longer words are cut, and so is the search text. */
export const SEARCH_TOKEN_MAX = 72;

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
