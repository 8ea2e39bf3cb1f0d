// The list search's plain text: how long a record's search text may be, and how a user's words are matched
// in it (the text itself is made per kind: by-kind/search-text.ts).

/** The schema's maxLength for searchText. */
export const SEARCH_TEXT_MAX = 4000;

/** The user's search text as a regular expression source that matches it literally. */
export function searchPattern(userText: string): string {
  return userText.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
