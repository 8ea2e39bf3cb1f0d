import { describe, expect, it } from 'vitest';
import type { LedgerRecordByKind } from '../schemas/index';
import { idHashToken } from '../derive/search-terms';
import { normaliseSearchText, SEARCH_TOKEN_MAX } from '../derive/search-tokens';
import { searchTokensOf } from './search-tokens';

const hash = 'f'.repeat(64);
const mediation = {
  id: 'r1', caseNumber: '〔2026〕绥滨调字第12号', trashed: false, newestFirstKey: 'k',
  parties: [
    { partyId: 'p1', role: 'applicant', kind: 'person', name: '欧阳震华' },
    { partyId: 'p2', role: 'respondent', kind: 'organisation', name: '绥滨某某有限公司' },
  ],
  personal: { parties: [{ partyId: 'p1', idNumber: '11010519491231002X', phone: '13800000000', address: '绥滨镇光明村' }] },
  partyIdHashes: [hash],
  mediators: ['曾小贤'],
} as unknown as LedgerRecordByKind['mediationCase'];

/** What a search finds: a token equal to the text or starting with it. */
const finds = (tokens: string[], text: string) => tokens.some((token) => token.startsWith(normaliseSearchText(text)));

describe('searchTokensOf', () => {
  const tokens = searchTokensOf('mediationCase', mediation);

  it('makes a party findable by name, surname, full pinyin and initials', () => {
    for (const text of ['欧阳震华', '欧阳', 'ouyangzhenhua', 'oyzh', 'OYZH']) {
      expect(finds(tokens, text), text).toBe(true);
    }
    const zeng = searchTokensOf('mediationCase', { ...mediation, parties: [{ partyId: 'p1', role: 'applicant', kind: 'person', name: '曾小贤' }] });
    expect(finds(zeng, 'zxx')).toBe(true);
    expect(finds(zeng, 'zengxiaoxian')).toBe(true);
  });

  it('leaves given names and mediators to the bounded scan', () => {
    expect(finds(tokens, '震华')).toBe(false);
    expect(finds(tokens, '曾小贤')).toBe(false);
  });

  it('makes a case number findable whole, from the township on, and by its sequence digits', () => {
    for (const text of ['〔2026〕绥滨调字第12号', '[2026]绥滨调字第12号', '（2026）绥滨', '绥滨调字第12号', '调字第12号', '第12号', '12']) {
      expect(finds(tokens, text), text).toBe(true);
    }
    // Not from inside a number.
    expect(finds(tokens, '2号')).toBe(false);
    const enforcement = searchTokensOf('enforcementCase', {
      id: 'e1', caseNumber: '绥滨综执〔2026〕7号', party: { kind: 'organisation', name: '某某商店' }, matter: '占道经营', partyIdHashes: [],
    } as unknown as LedgerRecordByKind['enforcementCase']);
    for (const text of ['绥滨综执', '综执〔2026〕7号', '(2026)7号', '7号']) {
      expect(finds(enforcement, text), text).toBe(true);
    }
  });

  it('makes an organisation findable by any part of its name of two characters or more', () => {
    expect(finds(tokens, '某某有限')).toBe(true);
    expect(finds(tokens, '公司')).toBe(true);
  });

  it('carries ID numbers only as the keyed hash, and no phone or address at all', () => {
    expect(tokens).toContain(idHashToken(hash));
    const all = tokens.join(' ');
    expect(all).not.toContain('11010519491231002');
    expect(all).not.toContain('13800000000');
    expect(all).not.toContain('光明村');
  });

  it('keeps every token within the schema length, distinct and normalised', () => {
    const long = { ...mediation, parties: [{ partyId: 'p1', role: 'applicant', kind: 'organisation', name: '很长的单位名称'.repeat(14) }] } as unknown as LedgerRecordByKind['mediationCase'];
    const longTokens = searchTokensOf('mediationCase', long);
    expect(Math.max(...longTokens.map((token) => token.length))).toBeLessThanOrEqual(SEARCH_TOKEN_MAX);
    expect(new Set(longTokens).size).toBe(longTokens.length);
    expect(normaliseSearchText(' ＺＲ２０２４ ')).toBe('zr2024');
  });

  it('gives an officer with no ID number on file no hash token', () => {
    const officer = { id: 'o1', name: '吴执法', unit: '综合行政执法办公室', certificateNumber: 'ZR2024001', idNumberHash: '' } as unknown as LedgerRecordByKind['officer'];
    const officerTokens = searchTokensOf('officer', officer);
    expect(officerTokens.some((token) => token.startsWith('idh:'))).toBe(false);
    expect(finds(officerTokens, 'zr2024')).toBe(true);
    expect(finds(officerTokens, '执法办')).toBe(true);
  });
});
