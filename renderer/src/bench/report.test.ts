import { describe, expect, it } from 'vitest';
import { compare, comparisonTable, formatCount, formatMs, formatRatio, median, ratio, textTable } from './report';

describe('benchmark report', () => {
  it('takes the middle value, or the mean of the two middle ones, and refuses no samples', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('BENCH_NO_SAMPLES');
  });

  it('states a ratio against the baseline of the same run, and none for a zero baseline', () => {
    expect(ratio(300, 100)).toBe(3);
    expect(ratio(5, 0)).toBeUndefined();
    expect(formatRatio(3)).toBe('3.00×');
    expect(formatRatio(12.34)).toBe('12.3×');
    expect(formatRatio(undefined)).toBe('n/a');
  });

  it('compares medians, not single runs, so one slow repeat does not decide the ratio', () => {
    const result = compare({ id: 'save', label: 'save', measuredLabel: 'store', baselineLabel: 'raw', measured: [900, 100, 110], baseline: [50, 55, 60] });
    expect(result.measuredMs).toBe(110);
    expect(result.baselineMs).toBe(55);
    expect(result.ratio).toBe(2);
    expect(result.samples).toBe(3);
  });

  it('prints milliseconds, seconds and counts the way the README quotes them', () => {
    expect(formatMs(3.14159)).toBe('3.1 ms');
    expect(formatMs(1234.4)).toBe('1,234 ms');
    expect(formatMs(65_432)).toBe('65.4 s');
    expect(formatCount(100_000)).toBe('100k');
    expect(formatCount(1234)).toBe('1,234');
  });

  it('aligns columns, counting a Chinese character as two columns', () => {
    const table = textTable([['名称', 'ms'], ['列表', '12'], ['search', '3']], [1]);
    const lines = table.split('\n');
    expect(lines).toEqual(['名称    ms', '------  --', '列表    12', 'search   3']);
  });

  it('puts the ratio first in the comparison table', () => {
    const table = comparisonTable([compare({ id: 'a', label: 'save 10k', measuredLabel: 'store', baselineLabel: 'raw', measured: [200], baseline: [100] })]);
    expect(table.split('\n')[2]).toMatch(/^save 10k\s+2\.00×\s+200 ms \(store\)\s+100 ms \(raw\)\s+1$/);
  });
});
