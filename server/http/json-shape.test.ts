// [S40] The shape scan counts only JSON structure: brackets and commas inside strings are text.
import { describe, expect, it } from 'vitest';
import { jsonShapeExcess as excessOfBytes, type JsonShapeLimits } from './json-shape';

const jsonShapeExcess = (text: string, limits: JsonShapeLimits) => excessOfBytes(Buffer.from(text), limits);

const limits = { maxDepth: 3, maxArrayItems: 3, maxObjectKeys: 2, maxValues: 10 };

describe('jsonShapeExcess', () => {
  it('[S40] accepts a text within every limit, whatever its strings hold', () => {
    expect(jsonShapeExcess('[{"a":"[[[[,,,,{{{","b":[1,2,3]}]', limits)).toBeUndefined();
    expect(jsonShapeExcess('["\\"[[[[,,,,", "\\\\", 3]', limits)).toBeUndefined();
    expect(jsonShapeExcess('["纠纷，[{", "調解"]', limits)).toBeUndefined();
    expect(jsonShapeExcess('[[[]]]', limits)).toBeUndefined();
  });

  it('[S40] names the first limit exceeded', () => {
    expect(jsonShapeExcess('[[[[]]]]', limits)).toEqual({ limit: 'depth', max: 3 });
    expect(jsonShapeExcess('[1,2,3,4]', limits)).toEqual({ limit: 'arrayItems', max: 3 });
    expect(jsonShapeExcess('{"a":1,"b":2,"c":3}', limits)).toEqual({ limit: 'objectKeys', max: 2 });
    expect(jsonShapeExcess('[[1,2],[1,2],[1,2]]', { ...limits, maxValues: 6 })).toEqual({ limit: 'values', max: 6 });
  });

  it('[S40] stops at the first excess of a 4,000,000-item array without reading on', () => {
    const junk = `[${'1,'.repeat(4_000_000)}1]`;
    expect(jsonShapeExcess(junk, { maxDepth: 16, maxArrayItems: 1000, maxObjectKeys: 100, maxValues: 250_000 })).toEqual({ limit: 'arrayItems', max: 1000 });
  });

  it('[S40] leaves broken JSON to the parser (no throw, no excess)', () => {
    expect(jsonShapeExcess(']]]},,"', limits)).toBeUndefined();
    expect(jsonShapeExcess('"unterminated', limits)).toBeUndefined();
  });
});
