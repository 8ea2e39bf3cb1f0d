// The shape of a JSON text, measured on its raw UTF-8 bytes before it is decoded or parsed (rule
// S40). Parsing 4,000,000 array items costs seconds and hundreds of MiB before any schema can
// refuse them; this scan allocates nothing per value and stops at the first excess, so junk is
// refused after reading its first few kB. Bytes suffice: no byte of a multi-byte UTF-8 character
// is ASCII, so quotes, brackets and commas are found exactly. It does not check that the text is
// JSON: JSON.parse does that afterwards.

export interface JsonShapeLimits {
  maxDepth: number;
  maxArrayItems: number;
  maxObjectKeys: number;
  maxValues: number;
}

export interface JsonShapeExcess {
  limit: 'depth' | 'arrayItems' | 'objectKeys' | 'values';
  max: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

/** The first limit the text exceeds, or undefined when its shape is within all of them. */
export function jsonShapeExcess(bytes: Uint8Array, limits: JsonShapeLimits): JsonShapeExcess | undefined {
  // Per open container: whether it is an array, and how many commas it holds so far.
  const isArray: boolean[] = [];
  const commas: number[] = [];
  let values = 0;
  const length = bytes.length;
  for (let i = 0; i < length; i++) {
    const c = bytes[i];
    if (c === QUOTE) {
      // Skip the string; an escape skips the character after the backslash.
      for (i++; i < length; i++) {
        const s = bytes[i];
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (isArray.length >= limits.maxDepth) return { limit: 'depth', max: limits.maxDepth };
      isArray.push(c === OPEN_ARRAY);
      commas.push(0);
      if (++values > limits.maxValues) return { limit: 'values', max: limits.maxValues };
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      isArray.pop();
      commas.pop();
    } else if (c === COMMA) {
      const top = commas.length - 1;
      if (top < 0) continue;
      // n commas separate n + 1 items (or key–value pairs).
      const items = (commas[top] = (commas[top] ?? 0) + 1) + 1;
      if (isArray[top] && items > limits.maxArrayItems) return { limit: 'arrayItems', max: limits.maxArrayItems };
      if (!isArray[top] && items > limits.maxObjectKeys) return { limit: 'objectKeys', max: limits.maxObjectKeys };
      if (++values > limits.maxValues) return { limit: 'values', max: limits.maxValues };
    }
  }
  return undefined;
}
