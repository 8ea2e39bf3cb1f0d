import { describe, expect, it } from 'vitest';
import { hasUnstorableText, unstorableTextPaths, withoutUnstorableText } from './storable-text';

describe('[TEXT_UNSTORABLE] text PostgreSQL cannot store', () => {
  it('finds U+0000 and lone surrogates, not Chinese text or emoji (a proper pair)', () => {
    for (const bad of ['a\u0000b', 'abc\ud800', '\udc00x', '\ud800\ud800\udc00x\udc00']) expect(hasUnstorableText(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ['王某某与李某某宅基地纠纷', '😀 𠀀', '\t换行\r\n', '']) expect(hasUnstorableText(good), good).toBe(false);
  });

  it('cleaning keeps everything else, including proper pairs', () => {
    expect(withoutUnstorableText('王\u0000某\ud800😀\udc00')).toBe('王某😀');
  });

  it('names the path of every bad string and key, at any depth', () => {
    const record = { summary: 'a\u0000b', parties: [{ name: '张三' }, { name: 'x\udc00' }], nested: { ['k\u0000']: 1 }, n: 3 };
    expect(unstorableTextPaths(record)).toEqual(['summary', 'parties.1.name', 'nested']);
    expect(unstorableTextPaths('\u0000')).toEqual(['']);
    expect(unstorableTextPaths({ ok: ['a', 1, null, true] })).toEqual([]);
  });
});
