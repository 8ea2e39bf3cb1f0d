import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedStore } from './open-store';
import { actor, mediationDraft, enforcementDraft, openTestStore } from './test-support';

let store: OpenedStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const admin = { name: '李文静', login: 'liwenjing', password: 'guanli2026', confirm: 'guanli2026' };
const mediator = { name: '王敏', login: 'wangmin', role: 'mediator' as const, password: 'tiaojie2026', confirm: 'tiaojie2026' };

describe('accounts on one PC (issue 11, decision 031)', () => {
  it('the first 管理员 is made once and signed in; a second first admin is refused', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    const made = await store.accounts.createFirstAdmin(admin);
    expect(made.ok && made.account.role).toBe('admin');
    expect(store.accounts.current()?.name).toBe('李文静');
    const again = await store.accounts.createFirstAdmin({ ...admin, login: 'other' });
    expect(again).toMatchObject({ ok: false, message: '本机已有账户，请登录后由管理员添加新账户。' });
  });

  it('the store attributes a change to the signed-in person, whatever name the caller passes', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    await store.accounts.createFirstAdmin(admin);
    const saved = await store.ledger.create('mediationCase', mediationDraft(), { ...actor, person: '冒名者' });
    expect(saved.ok && saved.record.createdBy.person).toBe('李文静');
    const history = await store.ledger.history(saved.ok ? saved.record.id : '');
    expect(history[0]?.actor.person).toBe('李文静');
  });

  it('the store refuses a write without a signed-in person, and one the role may not make', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    await store.accounts.createFirstAdmin(admin);
    const added = await store.accounts.add(mediator);
    expect(added.ok).toBe(true);
    store.accounts.signOut();
    const anonymous = await store.ledger.create('mediationCase', mediationDraft(), actor);
    expect(anonymous.ok ? [] : anonymous.issues.map((issue) => issue.message)).toEqual(['请先登录后再修改记录。']);

    const signedIn = await store.accounts.signIn(added.ok ? added.account.id : '', mediator.password);
    expect(signedIn.ok).toBe(true);
    expect((await store.ledger.create('mediationCase', mediationDraft(), actor)).ok).toBe(true);
    const enforcement = await store.ledger.create('enforcementCase', enforcementDraft(), actor);
    expect(enforcement.ok ? [] : enforcement.issues.map((issue) => issue.code)).toEqual(['ACCOUNT_NOT_PERMITTED']);
    expect((await store.accounts.add({ ...mediator, login: 'x2' })).ok).toBe(false);
    await expect(store.reference.upsert([])).rejects.toThrow(/管理员/);
  });

  it('five wrong passwords lock the account; the right one then waits; a reset by the admin clears the lock', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    await store.accounts.createFirstAdmin(admin);
    const added = await store.accounts.add(mediator);
    const id = added.ok ? added.account.id : '';
    store.accounts.signOut();
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const tried = await store.accounts.signIn(id, 'wrong-password-1');
      answers.push(tried.ok ? 'ok' : tried.message);
    }
    expect(answers[0]).toBe('密码不正确。再输错 4 次，账户将被暂时锁定。');
    expect(answers[4]).toBe('密码连续输错 5 次，账户“王敏”已锁定，请 1 分钟后再试；忘记密码请找管理员重设。');
    const waiting = await store.accounts.signIn(id, mediator.password);
    expect(waiting.ok ? '' : waiting.message).toContain('已锁定');

    const adminId = (await store.accounts.list()).find((each) => each.role === 'admin')?.id ?? '';
    expect((await store.accounts.signIn(adminId, admin.password)).ok).toBe(true);
    expect((await store.accounts.resetPassword(id, 'xinmima2026', 'xinmima2026')).ok).toBe(true);
    store.accounts.signOut();
    expect((await store.accounts.signIn(id, 'xinmima2026')).ok).toBe(true);
  });

  it('a password the 管理员 chose (new account, reset) is replaced by its owner, typing it first; the old one then fails', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    const first = await store.accounts.createFirstAdmin(admin);
    expect(first.ok && first.account.mustChangePassword).toBeUndefined();
    const added = await store.accounts.add(mediator);
    const id = added.ok ? added.account.id : '';
    expect(added.ok && added.account.mustChangePassword).toBe(true);
    store.accounts.signOut();

    const signedIn = await store.accounts.signIn(id, mediator.password);
    expect(signedIn.ok && signedIn.account.mustChangePassword).toBe(true);
    const same = await store.accounts.changeOwnPassword(mediator.password, mediator.password, mediator.password);
    expect(same).toMatchObject({ ok: false, problems: { password: '新密码不能与当前密码相同' } });
    const weak = await store.accounts.changeOwnPassword(mediator.password, 'abc', 'abc');
    expect(weak.ok ? {} : weak.problems?.password).toBeTruthy();
    const mismatch = await store.accounts.changeOwnPassword(mediator.password, 'ziji2026mima', 'ziji2026mimb');
    expect(mismatch.ok ? {} : Object.keys(mismatch.problems ?? {})).toEqual(['confirm']);
    const changed = await store.accounts.changeOwnPassword(mediator.password, 'ziji2026mima', 'ziji2026mima');
    expect(changed.ok && changed.account.mustChangePassword).toBeUndefined();
    expect(store.accounts.current()?.mustChangePassword).toBeUndefined();

    store.accounts.signOut();
    expect((await store.accounts.signIn(id, mediator.password)).ok).toBe(false);
    const again = await store.accounts.signIn(id, 'ziji2026mima');
    expect(again.ok && again.account.mustChangePassword).toBeUndefined();

    // A reset makes the password the 管理员's again.
    store.accounts.signOut();
    const adminId = (await store.accounts.list()).find((each) => each.role === 'admin')?.id ?? '';
    await store.accounts.signIn(adminId, admin.password);
    await store.accounts.resetPassword(id, 'linshi2026', 'linshi2026');
    store.accounts.signOut();
    const afterReset = await store.accounts.signIn(id, 'linshi2026');
    expect(afterReset.ok && afterReset.account.mustChangePassword).toBe(true);
  });

  it('a wrong current password counts toward the lock, and the lock signs the person out', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    await store.accounts.createFirstAdmin(admin);
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const tried = await store.accounts.changeOwnPassword('wrong-password-1', 'ziji2026mima', 'ziji2026mima');
      answers.push(tried.ok ? 'ok' : tried.message);
    }
    expect(answers[0]).toBe('当前密码不正确。再输错 4 次，账户将被暂时锁定。');
    expect(answers[4]).toBe('密码连续输错 5 次，账户“李文静”已锁定，请 1 分钟后再试；忘记密码请找管理员重设。');
    expect(store.accounts.current()).toBeNull();
    expect((await store.accounts.changeOwnPassword(admin.password, 'ziji2026mima', 'ziji2026mima'))).toMatchObject({ ok: false, message: '请先登录。' });
  });

  it('a removed account can no longer sign in, and the admin cannot remove itself', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    const first = await store.accounts.createFirstAdmin(admin);
    const added = await store.accounts.add(mediator);
    const id = added.ok ? added.account.id : '';
    expect(await store.accounts.remove(first.ok ? first.account.id : '')).toMatchObject({ ok: false, message: '不能删除正在使用的账户。' });
    expect((await store.accounts.remove(id)).ok).toBe(true);
    expect((await store.accounts.list()).map((each) => each.name)).toEqual(['李文静']);
    store.accounts.signOut();
    expect(await store.accounts.signIn(id, mediator.password)).toMatchObject({ ok: false });
  });

  it('lists a locked account with the time it opens again', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    await store.accounts.createFirstAdmin(admin);
    const added = await store.accounts.add(mediator);
    const id = added.ok ? added.account.id : '';
    for (let i = 0; i < 5; i++) await store.accounts.signIn(id, 'wrong-password-1');
    const listed = (await store.accounts.list()).find((each) => each.id === id);
    expect(Date.parse(listed?.lockedUntil ?? '') - store.clock().getTime()).toBe(60_000);
    expect((await store.accounts.list()).find((each) => each.role === 'admin')?.lockedUntil).toBeUndefined();
  });

  it('only a 管理员 sets the idle lock time, from 1 to 120 whole minutes; other settings stay open to the app', async () => {
    store = await openTestStore({ passwordIterations: 1_000 });
    await store.accounts.createFirstAdmin(admin);
    await expect(store.settings.save({ idleLockMinutes: 0 })).rejects.toThrow('SETTINGS_IDLE_LOCK_INVALID: 空闲锁定时间请填写 1 到 120 之间的整数（分钟）');
    await expect(store.settings.save({ idleLockMinutes: 121 })).rejects.toThrow(/SETTINGS_IDLE_LOCK_INVALID/);
    expect((await store.settings.save({ idleLockMinutes: 5 })).idleLockMinutes).toBe(5);
    const added = await store.accounts.add(mediator);
    store.accounts.signOut();
    await store.accounts.signIn(added.ok ? added.account.id : '', mediator.password);
    await expect(store.settings.save({ idleLockMinutes: 60 })).rejects.toThrow('ACCOUNT_NOT_PERMITTED: 当前账户的角色是“调解员”，不能修改空闲锁定时间。如需办理，请由管理员调整账户角色。');
    expect((await store.settings.save({ townshipId: 'zhongren' })).idleLockMinutes).toBe(5);
  });

  it('keeps only a PBKDF2 hash of the password in the database', async () => {
    store = await openTestStore();
    await store.accounts.createFirstAdmin(admin);
    const doc = await store.database.getLocal('staffAccounts');
    const text = JSON.stringify(doc?.toJSON());
    expect(text).not.toContain(admin.password);
    expect(text).toContain('"iterations":600000');
  });
});
