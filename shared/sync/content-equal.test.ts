import { describe, expect, it } from 'vitest';
import { sameContent } from './content-equal';

describe('content comparison', () => {
  it('[S11] key order and local-only RxDB fields do not make two states differ', () => {
    expect(sameContent({ id: 'a', x: { p: 1, q: [1, 2] }, _deleted: false }, { _deleted: false, x: { q: [1, 2], p: 1.0 }, id: 'a', _rev: '1-x' })).toBe(true);
  });
  it('[S11] any change of value, array order or deletion flag makes them differ', () => {
    const base = { id: 'a', x: [1, 2], _deleted: false };
    expect(sameContent(base, { ...base, x: [2, 1] })).toBe(false);
    expect(sameContent(base, { ...base, _deleted: true })).toBe(false);
    expect(sameContent(base, { ...base, extra: null })).toBe(false);
  });
});
