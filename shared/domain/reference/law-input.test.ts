import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './defaults';
import { lawFromInput } from './law-input';

const catalogue = defaultReferenceData('2026-01-01T00:00:00.000Z').filter((entry) => entry.kind === 'law');
const codesOf = (result: ReturnType<typeof lawFromInput>) => (result.ok ? [] : result.issues.map((issue) => issue.code));

describe('a law the county adds to 法律法规目录', () => {
  it('the defaults carry 黑龙江省行政执法与监督条例, named by the county plan', () => {
    expect(catalogue.find((law) => law.name === '黑龙江省行政执法与监督条例')?.details).toMatchObject({ category: '地方性法规', shortName: '行政执法与监督条例' });
  });

  it('a new title gets a code derived from it, the same on every device, within the id limit', () => {
    const input = { name: '《黑龙江省优化营商环境条例》', shortName: '', category: '地方性法规' };
    const first = lawFromInput(input, catalogue);
    expect(first).toMatchObject({ ok: true, law: { name: '黑龙江省优化营商环境条例', shortName: '黑龙江省优化营商环境条例', category: '地方性法规' } });
    const second = lawFromInput(input, []);
    expect(first.ok && second.ok && first.law.code === second.law.code).toBe(true);
    expect(first.ok ? `law:${first.law.code}`.length : 99).toBeLessThanOrEqual(40);
  });

  it('a bundled title missing on this device keeps its bundled code (a fresh install does not list it twice)', () => {
    const older = catalogue.filter((law) => law.code !== 'heilongjiang-zhifa-jiandu-tiaoli');
    const result = lawFromInput({ name: '黑龙江省行政执法与监督条例', shortName: '行政执法与监督条例', category: '地方性法规' }, older);
    expect(result.ok ? result.law.code : null).toBe('heilongjiang-zhifa-jiandu-tiaoli');
  });

  it('[REF_LAW_DUPLICATE] an active title is refused; a deactivated one is restored under its code', () => {
    expect(codesOf(lawFromInput({ name: '中华人民共和国 行政处罚法', shortName: '', category: '法律' }, catalogue))).toEqual(['REF_LAW_DUPLICATE']);
    const deactivated = catalogue.map((law) => (law.code === 'bingyi-fa' ? { ...law, active: false } : law));
    const restored = lawFromInput({ name: '中华人民共和国兵役法', shortName: '兵役法', category: '法律' }, deactivated);
    expect(restored.ok ? restored.law.code : null).toBe('bingyi-fa');
  });

  it('[REF_LAW_NAME_MISSING] [REF_LAW_CATEGORY_INVALID] [REF_LAW_TOO_LONG] every problem at once', () => {
    expect(codesOf(lawFromInput({ name: '  ', shortName: '', category: '其他' }, catalogue))).toEqual(['REF_LAW_NAME_MISSING', 'REF_LAW_CATEGORY_INVALID']);
    expect(codesOf(lawFromInput({ name: '条'.repeat(201), shortName: '简'.repeat(61), category: '法律' }, catalogue))).toEqual(['REF_LAW_TOO_LONG', 'REF_LAW_TOO_LONG']);
  });
});
