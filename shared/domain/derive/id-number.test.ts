import { describe, expect, it } from 'vitest';
import { normaliseIdNumber } from './id-number';

describe('normaliseIdNumber', () => {
  it('gives one form for the same ID number typed differently', () => {
    const canonical = '11010519491231002X';
    expect(normaliseIdNumber(' 110105 19491231 002x ')).toBe(canonical);
    expect(normaliseIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe(canonical);
  });
});
