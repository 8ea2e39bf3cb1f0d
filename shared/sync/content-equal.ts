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

function canonical(value: unknown, top: boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item === undefined ? null : item, false)).join(',')}]`;
  if (isObject(value)) {
    const keys = definedKeys(value, top).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key], false)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A JSON document as text with sorted keys, without `undefined` members and local bookkeeping: equal when sameContent is. */
export const canonicalJson = (doc: unknown): string => canonical(doc, true);

/** 53 bits of cyrb53 over the text's UTF-16 units (fast, well spread; not for secrets). */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A short fingerprint of a text (106 bits, two seeds): equal text, equal hash. */
export function textHash(text: string): string {
  return `${cyrb53(text, 0).toString(36)}.${cyrb53(text, 0x9e3779b9).toString(36)}`;
}

/**
 * A short fingerprint of a document's content: equal content, equal hash.
 * Lets the sync client remember which states it pushed without keeping whole documents.
 */
export const contentHash = (doc: unknown): string => textHash(canonicalJson(doc));

/**
 * [S53] The fingerprint of a pushed state as the device sent it: its `JSON.stringify` text, which the
 * server's parse and stringify give back unchanged. Cheap enough for every pushed row (no key sort).
 */
export const sentHash = (doc: unknown): string => textHash(JSON.stringify(doc));
