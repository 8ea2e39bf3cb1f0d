// Text the county's database cannot store: PostgreSQL's jsonb refuses U+0000 (22P05) and UTF-16
// halves without their partner (lone surrogates, 22P02 / 22021). Such characters arrive by pasting
// from other programs; a record holding them would be refused by the server on every retry.

/** U+0000, or a high surrogate not followed by a low one, or a low surrogate not preceded by a high one
 * (matched by UTF-16 code unit: no `u` flag, on purpose). */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what this pattern is for
const unstorablePattern = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorableGlobal = new RegExp(unstorablePattern.source, 'g');

export const hasUnstorableText = (text: string): boolean => unstorablePattern.test(text);

/** The text with U+0000 and lone surrogates removed (what a paste into a form keeps). */
export const withoutUnstorableText = (text: string): string => text.replace(unstorableGlobal, '');

/**
 * Dotted paths ('' for the value itself) of every string, or object key, in a JSON value that holds
 * unstorable text. Arrays and objects are walked to any depth; a key is reported by its parent's path.
 */
export function unstorableTextPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return hasUnstorableText(value) ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (hasUnstorableText(key)) found.push(path);
    found.push(...unstorableTextPaths(item, childPath));
  }
  return found;
}
