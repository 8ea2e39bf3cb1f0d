import { describe, expect, it } from 'vitest';
import { searchPattern, SEARCH_TEXT_MAX } from '../derive/search-text';
import { searchTextOf } from './search-text';

const matches = (text: string, userText: string) => new RegExp(searchPattern(userText)).test(text);

const mediationSource = {
  caseNumber: '〔2026〕绥滨调字第12号',
  committee: '绥滨镇人民调解委员会',
  parties: [
    { partyId: 'p1', role: 'applicant' as const, kind: 'person' as const, name: '张三' },
    { partyId: 'p2', role: 'respondent' as const, kind: 'organisation' as const, name: '绥滨某某有限公司' },
  ],
  mediators: ['曾小贤'],
};

describe('searchTextOf', () => {
  const text = searchTextOf('mediationCase', mediationSource);

  it('finds a party by name, by full pinyin and by pinyin initials', () => {
    expect(matches(text, '张三')).toBe(true);
    expect(matches(text, 'zhangsan')).toBe(true);
    expect(matches(text, 'zs')).toBe(true);
    expect(matches(text, 'ZS')).toBe(true);
  });

  it('reads a surname as a surname (曾 → zeng, zxx)', () => {
    expect(matches(text, 'zxx')).toBe(true);
    expect(matches(text, 'zengxiaoxian')).toBe(true);
  });

  it('finds the case number', () => {
    expect(matches(text, '调字第12号')).toBe(true);
  });

  it('holds no personal data field', () => {
    const withPersonal = { ...mediationSource, personal: { parties: [{ partyId: 'p1', idNumber: '11010519491231002X', phone: '13800000000' }] } };
    const result = searchTextOf('mediationCase', withPersonal);
    expect(result).not.toContain('13800000000');
    expect(result.toLowerCase()).not.toContain('11010519491231002x');
  });

  it('searches the matter and the party of an enforcement case', () => {
    const result = searchTextOf('enforcementCase', {
      caseNumber: '绥滨综执罚〔2026〕3号',
      party: { kind: 'person', name: '李四' },
      matter: '未经许可占道经营',
    });
    expect(matches(result, 'ls')).toBe(true);
    expect(matches(result, '占道')).toBe(true);
  });

  it('never exceeds the schema length', () => {
    const many = { ...mediationSource, parties: Array.from({ length: 50 }, (_, i) => ({ partyId: `p${i}`, role: 'third' as const, kind: 'organisation' as const, name: `${'很长的单位名称'.repeat(14)}${i}` })) };
    expect(searchTextOf('mediationCase', many).length).toBeLessThanOrEqual(SEARCH_TEXT_MAX);
  });
});

describe('searchPattern', () => {
  it('matches regex characters literally', () => {
    expect(matches('〔2026〕(3)号', '(3)')).toBe(true);
    expect(matches('abc', '.*')).toBe(false);
  });
});
