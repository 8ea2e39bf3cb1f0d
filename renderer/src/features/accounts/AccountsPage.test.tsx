// @vitest-environment happy-dom
// 账户管理 as the 管理员 uses it, and as anyone else finds it (decision 031).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within, type BoundFunctions, type queries } from '@testing-library/react';
import { renderApp, TEST_PASSWORD, townshipStore, withAccount } from '../../app/testing/render-app';
import { AccountsPage } from './AccountsPage';

afterEach(cleanup);

type Scope = BoundFunctions<typeof queries>;
const typeIn = (scope: Scope, label: string, value: string) =>
  fireEvent.change(scope.getByLabelText(label, { selector: 'input' }), { target: { value } });
const rowOf = (name: string) => within(screen.getAllByRole('row').find((row) => row.textContent?.includes(name)) ?? document.body);

async function openAsAdmin() {
  const store = await withAccount(townshipStore());
  const view = renderApp(<AccountsPage />, { store, path: '/accounts' });
  await screen.findByRole('table', { name: '账户列表' });
  return { store, view, add: within(screen.getByRole('form', { name: '添加账户' })) };
}

function addAccount(add: Scope, values: { name: string; login: string; role: string; password?: string }) {
  typeIn(add, '姓名', values.name);
  typeIn(add, '用户名', values.login);
  fireEvent.mouseDown(add.getByRole('combobox', { name: '角色' }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: values.role }));
  typeIn(add, '初始密码', values.password ?? TEST_PASSWORD);
  typeIn(add, '确认密码', values.password ?? TEST_PASSWORD);
  fireEvent.click(add.getByRole('button', { name: '添加账户' }));
}

describe('账户管理', { timeout: 60_000 }, () => {
  it('lists the accounts and adds one of the four roles; bad input is named in Chinese and nothing is added', async () => {
    const { store, add } = await openAsAdmin();
    expect(rowOf('李文').getByText('管理员')).toBeTruthy();
    expect(rowOf('李文').getByText('李文（当前登录）')).toBeTruthy();

    typeIn(add, '初始密码', 'abc');
    expect(add.getByText('密码强度：弱')).toBeTruthy();
    typeIn(add, '初始密码', 'tiaojie2026');
    expect(add.getByText('密码强度：中')).toBeTruthy();
    typeIn(add, '初始密码', 'Tiaojie-2026x');
    expect(add.getByText('密码强度：强')).toBeTruthy();

    addAccount(add, { name: ' ', login: 'guanli', role: '只读', password: 'onlyletters' });
    expect((await add.findByRole('alert')).textContent).toBe('请按提示修改后再保存。');
    for (const text of ['请填写姓名', '用户名“guanli”已被本机其他账户使用', '密码须同时包含字母和数字']) expect(add.getByText(text)).toBeTruthy();
    expect(await store.accounts.list()).toHaveLength(1);

    addAccount(add, { name: '张强', login: 'zhangqiang', role: '只读' });
    expect((await screen.findByRole('status')).textContent).toMatch(/已添加账户“张强”（只读）/);
    expect(rowOf('张强').getByText('只读')).toBeTruthy();
    expect((await store.accounts.list()).map((account) => account.role)).toEqual(['admin', 'readonly']);
  });

  it('removes an account after asking, but never the signed-in one (the store refuses it too)', async () => {
    const { store, add } = await openAsAdmin();
    addAccount(add, { name: '王敏', login: 'wangmin', role: '调解员' });
    await screen.findByText(/已添加账户“王敏”/);
    expect(rowOf('李文').getByRole<HTMLButtonElement>('button', { name: '删除 李文' }).disabled).toBe(true);

    fireEvent.click(rowOf('王敏').getByRole('button', { name: '删除 王敏' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(/确定删除“王敏”（调解员）的账户/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: '删除' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/已删除账户“王敏”/)).toBeTruthy();
    expect((await store.accounts.list()).map((account) => account.name)).toEqual(['李文']);
    expect(await store.accounts.remove(store.accounts.current()?.id ?? '')).toMatchObject({ ok: false, message: '不能删除正在使用的账户。' });
  });

  it('resets a forgotten password: a weak one is refused in Chinese, then the official signs in with the temporary one', async () => {
    const { store, add } = await openAsAdmin();
    addAccount(add, { name: '王敏', login: 'wangmin', role: '调解员' });
    await screen.findByText(/已添加账户“王敏”/);
    fireEvent.click(rowOf('王敏').getByRole('button', { name: '重设 王敏 的密码' }));
    const dialog = within(await screen.findByRole('dialog', { name: '重设“王敏”的密码' }));
    typeIn(dialog, '临时密码', '1234');
    fireEvent.click(dialog.getByRole('button', { name: '重设密码' }));
    expect(await dialog.findByText('密码至少 8 位')).toBeTruthy();
    typeIn(dialog, '临时密码', 'linshi2026');
    typeIn(dialog, '确认密码', 'linshi2026');
    fireEvent.click(dialog.getByRole('button', { name: '重设密码' }));
    expect(await screen.findByText(/已为“王敏”重设密码/)).toBeTruthy();

    const wang = (await store.accounts.list()).find((account) => account.name === '王敏');
    store.accounts.signOut();
    expect((await store.accounts.signIn(wang?.id ?? '', TEST_PASSWORD)).ok).toBe(false);
    expect((await store.accounts.signIn(wang?.id ?? '', 'linshi2026')).ok).toBe(true);
  });

  it('saves the idle lock minutes in range only', async () => {
    const { store } = await openAsAdmin();
    const idle = within(screen.getByRole('form', { name: '空闲锁定' }));
    expect(idle.getByLabelText<HTMLInputElement>('无人使用多少分钟后锁定', { selector: 'input' }).value).toBe('10');
    typeIn(idle, '无人使用多少分钟后锁定', '200');
    fireEvent.click(idle.getByRole('button', { name: '保存' }));
    expect((await idle.findByRole('alert')).textContent).toBe('空闲锁定时间请填写 1 到 120 之间的整数（分钟）');
    typeIn(idle, '无人使用多少分钟后锁定', '15');
    fireEvent.click(idle.getByRole('button', { name: '保存' }));
    expect((await idle.findByRole('status')).textContent).toBe('已保存：15 分钟无人使用后锁定。');
    expect((await store.settings.get()).idleLockMinutes).toBe(15);
    // The store refuses what the form would not send.
    await expect(store.settings.save({ idleLockMinutes: 0.5 })).rejects.toThrow(/1 到 120 之间的整数/);
  });

  it('tells anyone but a 管理员 to ask one, and the store refuses their changes anyway', async () => {
    const store = await withAccount(townshipStore(), 'mediator', '王敏');
    renderApp(<AccountsPage />, { store, path: '/accounts' });
    expect(await screen.findByText(/只有管理员可以管理本机的账户/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: '添加账户' })).toBeNull();
    const added = await store.accounts.add({ name: '张强', login: 'zq', role: 'readonly', password: TEST_PASSWORD, confirm: TEST_PASSWORD });
    expect(added).toMatchObject({ ok: false, message: '当前账户的角色是“调解员”，不能添加账户。如需办理，请由管理员调整账户角色。' });
    await expect(store.settings.save({ idleLockMinutes: 30 })).rejects.toThrow(/ACCOUNT_NOT_PERMITTED/);
  });
});
