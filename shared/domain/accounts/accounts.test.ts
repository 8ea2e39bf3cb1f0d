import { describe, expect, it } from 'vitest';
import { accountInputProblems } from './account-input';
import { afterWrongPassword, lockMinutesLeft, lockedMessage, unlocked, type LockState } from './lockout';
import { mayEditReference, mayManageAccounts, mayWrite } from './roles';

const at = (iso: string) => new Date(iso);

describe('account lock after wrong passwords (issue 11)', () => {
  it('locks after the 5th wrong password in a row for a minute, then doubles each further lock', () => {
    let state: LockState = unlocked;
    for (let i = 0; i < 4; i++) state = afterWrongPassword(state, at('2026-12-06T08:00:00Z'));
    expect(lockMinutesLeft(state, at('2026-12-06T08:00:00Z'))).toBeNull();
    state = afterWrongPassword(state, at('2026-12-06T08:00:00Z'));
    expect(lockMinutesLeft(state, at('2026-12-06T08:00:30Z'))).toBe(1);
    expect(lockMinutesLeft(state, at('2026-12-06T08:01:00Z'))).toBeNull();
    for (let i = 0; i < 5; i++) state = afterWrongPassword(state, at('2026-12-06T08:02:00Z'));
    expect(lockMinutesLeft(state, at('2026-12-06T08:02:00Z'))).toBe(2);
    for (let round = 0; round < 10; round++) for (let i = 0; i < 5; i++) state = afterWrongPassword(state, at('2026-12-06T10:00:00Z'));
    expect(lockMinutesLeft(state, at('2026-12-06T10:00:00Z'))).toBe(60);
    expect(lockedMessage('张三', 2)).toBe('密码连续输错 5 次，账户“张三”已锁定，请 2 分钟后再试；忘记密码请找管理员重设。');
  });
});

describe('account input', () => {
  const input = { name: '王敏', login: 'wangmin', role: 'mediator' as const, password: 'tiaojie2026', confirm: 'tiaojie2026' };
  it('accepts a name, a free 用户名 and a password of letters and digits typed twice', () => {
    expect(accountInputProblems(input, ['admin'])).toEqual({});
  });
  it('names each problem in Chinese', () => {
    expect(accountInputProblems({ ...input, name: ' ', login: 'WangMin', password: '1234567', confirm: '' }, ['wangmin'])).toEqual({
      name: '请填写姓名', login: '用户名“WangMin”已被本机其他账户使用', password: '密码至少 8 位',
    });
    expect(accountInputProblems({ ...input, password: 'onlyletters', confirm: 'onlyletters' }, []).password).toBe('密码须同时包含字母和数字');
    expect(accountInputProblems({ ...input, confirm: 'tiaojie2025' }, []).confirm).toBe('两次输入的密码不一致');
    expect(accountInputProblems({ ...input, login: '王敏' }, []).login).toBe('用户名用 2–32 位字母、数字或 _ . -');
  });
});

describe('roles', () => {
  it('调解员 write mediation and study, 执法人员 enforcement, 只读 nothing, 管理员 everything and the accounts', () => {
    expect(mayWrite('mediator', 'mediationCase')).toBe(true);
    expect(mayWrite('mediator', 'enforcementCase')).toBe(false);
    expect(mayWrite('enforcer', 'enforcementCase')).toBe(true);
    expect(mayWrite('enforcer', 'mediationCase')).toBe(false);
    expect(mayWrite('readonly', 'studySession')).toBe(false);
    expect(mayWrite('admin', 'caseReview')).toBe(true);
    expect([mayManageAccounts('admin'), mayManageAccounts('mediator'), mayEditReference('enforcer')]).toEqual([true, false, false]);
  });
});
