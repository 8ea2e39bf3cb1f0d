import { describe, expect, it } from 'vitest';
import { fineThresholdFromInput, targetValueFromInput, targetValueText } from './value-input';

const value = (result: ReturnType<typeof targetValueFromInput>) => (result.ok ? result.value : result.issues.map((issue) => issue.code));

describe('numbers the county types in 基础数据', () => {
  it('[REF_TARGET_INVALID] a ratio is a percentage 0–100, stored as a fraction', () => {
    expect(value(targetValueFromInput('ratio', '90'))).toBe(0.9);
    expect(value(targetValueFromInput('ratio', ' 95.5% '))).toBe(0.955);
    expect(value(targetValueFromInput('ratio', '１００％'))).toBe(1);
    expect(value(targetValueFromInput('ratio', '0'))).toBe(0);
    for (const bad of ['', '101', '-1', '九十', '0.9.1']) expect(value(targetValueFromInput('ratio', bad))).toEqual(['REF_TARGET_INVALID']);
    const refused = targetValueFromInput('ratio', '120');
    expect(refused.ok ? '' : refused.issues[0]?.message).toContain('0 至 100');
  });

  it('[REF_TARGET_INVALID] a count is a whole number ≥ 0', () => {
    expect(value(targetValueFromInput('count', '20'))).toBe(20);
    expect(value(targetValueFromInput('count', '２５'))).toBe(25);
    expect(value(targetValueFromInput('count', '0'))).toBe(0);
    for (const bad of ['', '2.5', '-3', '二十', '100001']) expect(value(targetValueFromInput('count', bad))).toEqual(['REF_TARGET_INVALID']);
    const refused = targetValueFromInput('count', '2.5');
    expect(refused.ok ? undefined : refused.issues[0]).toMatchObject({ field: 'value', severity: 'error' });
    expect(refused.ok ? '' : refused.issues[0]?.message).toContain('整数');
  });

  it('shows a stored value for editing as typed', () => {
    expect(targetValueText('ratio', 0.9)).toBe('90');
    expect(targetValueText('ratio', 0.955)).toBe('95.5');
    expect(targetValueText('count', 20)).toBe('20');
  });

  it('[REF_THRESHOLD_INVALID] a fine amount is a whole number of yuan ≥ 1, 万 accepted', () => {
    expect(value(fineThresholdFromInput('5000'))).toBe(5000);
    expect(value(fineThresholdFromInput('10,000元'))).toBe(10_000);
    expect(value(fineThresholdFromInput('1.1万'))).toBe(11_000);
    expect(value(fineThresholdFromInput('5万元'))).toBe(50_000);
    for (const bad of ['', '0', '-5000', '5000.5', '五千', '2000000000']) {
      expect(value(fineThresholdFromInput(bad))).toEqual(['REF_THRESHOLD_INVALID']);
    }
    const refused = fineThresholdFromInput('五千');
    expect(refused.ok ? '' : refused.issues[0]?.message).toContain('“五千”不是有效的罚款数额');
  });
});
