// The code of an entry the county adds in 基础数据 (a law, a 权责清单 item): derived from its name, so the
// same name gives the same id on every device, and short enough for an id of at most 40 characters.

/** FNV-1a, 32 bits, as 8 hex digits. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** `county-` and 8 hex digits. */
export const countyCodeOf = (name: string): string => `county-${hashOf(name)}`;
