// Content comparison the way RxDB's own masterWrite does it (deepEqual), made cheap and exact:
// both sides to JSON with keys sorted. Key order and number spelling never make a conflict.

/** Fields RxDB keeps locally that are not document content; ignored if a client sends them. */
const localOnlyFields = new Set(['_rev', '_meta', '_attachments']);

function canonical(value: unknown, top: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, false)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => !(top && localOnlyFields.has(k)) && (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], false)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const canonicalJson = (doc: unknown): string => canonical(doc, true);

export const sameContent = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
