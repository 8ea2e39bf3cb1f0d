// Content comparison of two document states, the way the server compares them (S11): key order
// and `undefined` members never matter, and RxDB's local bookkeeping (_rev, _meta, _attachments)
// is not content. Runs on RxDB's hot path (every push and pull row), so it walks the values once
// instead of serialising them.

const localOnlyFields = new Set(['_rev', '_meta', '_attachments']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function definedKeys(value: Record<string, unknown>, skipLocal: boolean): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined && !(skipLocal && localOnlyFields.has(key)));
}

function equal(a: unknown, b: unknown, top: boolean): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => equal(item, b[index], false));
  }
  const keys = definedKeys(a, top);
  if (keys.length !== definedKeys(b, top).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && equal(a[key], b[key], false));
}

/** Same JSON value (object key order ignored, `undefined` members absent). */
export const sameValue = (a: unknown, b: unknown): boolean => equal(a, b, false);

/** Same document content: like sameValue, ignoring the top-level `_rev`, `_meta` and `_attachments`. */
export const sameContent = (a: unknown, b: unknown): boolean => equal(a, b, true);
