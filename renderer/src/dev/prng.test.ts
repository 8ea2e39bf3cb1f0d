import { describe, expect, it } from 'vitest';
import { createRandom } from './prng';

describe('seeded random source', () => {
  it('gives the same sequence for the same seed, so sample data can be reproduced', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    const other = createRandom(43);
    expect(Array.from({ length: 20 }, () => other.next())).not.toEqual(first);
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(random.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('follows the weights roughly and never picks a zero weight', () => {
    const random = createRandom(1);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i += 1) counts[random.weighted({ a: 60, b: 40, c: 0 })] += 1;
    expect(counts.c).toBe(0);
    expect(counts.a / 10_000).toBeGreaterThan(0.55);
    expect(counts.a / 10_000).toBeLessThan(0.65);
  });

  it('samples distinct elements and refuses to pick from an empty list', () => {
    const random = createRandom(9);
    const taken = random.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(taken).size).toBe(3);
    expect(random.sample([1, 2], 5).sort()).toEqual([1, 2]);
    expect(() => random.pick([])).toThrow('SAMPLE_EMPTY_LIST');
  });
});
