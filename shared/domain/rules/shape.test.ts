import { describe, expect, it } from 'vitest';
import { checkDate, checkEnum, checkNumber, checkText, IssueList } from './shape';
import { validateRecord } from '../by-kind/validate';
import { context, mediationDraft, only } from './test-fixtures';

const run = (check: (issues: IssueList) => void) => {
  const issues = new IssueList();
  check(issues);
  return issues.items;
};

describe('shared shape checks', () => {
  it('[FIELD_REQUIRED] blank text is missing, and the message names the field', () => {
    expect(run((issues) => checkText(issues, '  ', 'summary', '纠纷简要情况', { required: true }))).toEqual([
      { code: 'FIELD_REQUIRED', message: '请填写纠纷简要情况', field: 'summary', severity: 'error' },
    ]);
  });

  it('[FIELD_TOO_LONG] lengths follow the schema and count characters as people do', () => {
    const issues = validateRecord('mediationCase', mediationDraft({ committee: '调'.repeat(101) }), context());
    expect(only(issues, 'FIELD_TOO_LONG')[0]).toMatchObject({ field: 'committee', severity: 'error' });
    expect(only(issues, 'FIELD_TOO_LONG')[0]?.message).toContain('最多100个字，现有101个字');
    expect(run((issues) => checkText(issues, '𠀀'.repeat(10), 'name', '姓名', { maxLength: 10 }))).toEqual([]);
  });

  it('[DATE_INVALID] only real dates in YYYY-MM-DD', () => {
    expect(run((issues) => checkDate(issues, '2026-02-29', 'receivedOn', '受理日期'))[0]?.code).toBe('DATE_INVALID');
    expect(run((issues) => checkDate(issues, '2026/02/28', 'receivedOn', '受理日期'))[0]?.code).toBe('DATE_INVALID');
    expect(run((issues) => checkDate(issues, '2024-02-29', 'receivedOn', '受理日期'))).toEqual([]);
  });

  it('[DATE_IN_FUTURE] dates after today are refused where the rule asks', () => {
    expect(run((issues) => checkDate(issues, '2026-12-01', 'closedOn', '结案日期', { notAfter: '2026-11-30' }))[0]?.code).toBe('DATE_IN_FUTURE');
  });

  it('[NUMBER_OUT_OF_RANGE] [NUMBER_INVALID] numbers within range, whole where asked', () => {
    expect(run((issues) => checkNumber(issues, 151, 'age', '年龄', { min: 0, max: 150, integer: true }))[0]?.code).toBe('NUMBER_OUT_OF_RANGE');
    expect(run((issues) => checkNumber(issues, 30.5, 'age', '年龄', { min: 0, max: 150, integer: true }))[0]?.code).toBe('NUMBER_INVALID');
    expect(run((issues) => checkNumber(issues, Number.NaN, 'age', '年龄', { min: 0, max: 150 }))[0]?.code).toBe('NUMBER_INVALID');
  });

  it('[VALUE_NOT_ALLOWED] enum values only, listing the choices in Chinese', () => {
    const [issue] = run((issues) => checkEnum(issues, 'pending', { accepted: '已受理', mediating: '调解中' }, 'status', '办理状态'));
    expect(issue).toMatchObject({ code: 'VALUE_NOT_ALLOWED', field: 'status' });
    expect(issue?.message).toContain('已受理、调解中');
    expect(run((issues) => checkEnum(issues, 'toString', { accepted: '已受理' }, 'status', '办理状态'))[0]?.code).toBe('VALUE_NOT_ALLOWED');
  });
});
