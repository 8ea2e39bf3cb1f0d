import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from './case-number';

describe('case numbers', () => {
  it('[CASE_NUMBER_MEDIATION] formats the official mediation style with 〔〕 (U+3014/U+3015)', () => {
    const text = formatCaseNumber({ kind: 'mediationCase', year: 2026, townshipShortName: '绥滨', seq: 12 });
    expect(text).toBe('〔2026〕绥滨调字第12号');
    expect(text.codePointAt(0)).toBe(0x3014);
  });

  it('[CASE_NUMBER_ENFORCEMENT] formats the enforcement style 机关代字〔年份〕序号', () => {
    expect(formatCaseNumber({ kind: 'enforcementCase', year: 2026, townshipShortName: '忠仁', seq: 3 })).toBe('忠仁综执〔2026〕3号');
  });

  it('[CASE_NUMBER_PARSE] parses both styles back, also with the brackets people type', () => {
    expect(parseCaseNumber('〔2026〕绥滨调字第12号')).toEqual({ kind: 'mediationCase', year: 2026, townshipShortName: '绥滨', seq: 12 });
    expect(parseCaseNumber('(2025)北岗调字第 7 号')).toEqual({ kind: 'mediationCase', year: 2025, townshipShortName: '北岗', seq: 7 });
    expect(parseCaseNumber('忠仁综执[2026]3号')).toEqual({ kind: 'enforcementCase', year: 2026, townshipShortName: '忠仁', seq: 3 });
    expect(parseCaseNumber('绥滨调字12号')).toBeNull();
  });
});
