// @vitest-environment happy-dom
// The sign-in gate as an official meets it (decision 031): the first 管理员 on a PC without accounts,
// 登录 by name and password, the lock after 5 wrong passwords, the idle lock that hides the records.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { appPages } from '../../features/index';
import { App } from '../App';
import { createMemoryStore } from '../testing/memory-store';
import { TEST_PASSWORD, testAppContext, townshipStore, withAccount } from '../testing/render-app';
import type { AppStore } from '../../store/contract';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.location.hash = '';
});

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });
function choose(label: string, option: string | RegExp) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}
const startApp = (store: AppStore) => render(<App start={() => Promise.resolve(testAppContext(store))} pages={appPages} />);
/** A PC with a 管理员 and 王敏 (调解员), nobody signed in: the app's 登录 form with 王敏 chosen. */
async function signInScreenOfMediator() {
  const store = await withAccount(townshipStore(), 'mediator', '王敏');
  store.accounts.signOut();
  startApp(store);
  const form = within(await screen.findByRole('form', { name: '登录' }));
  choose('账户', /王敏（调解员）/);
  return { store, form };
}
const menu = () => within(screen.getByRole('navigation', { name: '主导航' }));

describe('the sign-in gate', { timeout: 60_000 }, () => {
  it('on a PC without accounts asks for the first 管理员, says what is missing, then opens 工作台 as that person', async () => {
    const store = createMemoryStore({ reference: defaultReferenceData('2026-01-01T00:00:00.000Z') });
    startApp(store);
    const form = within(await screen.findByRole('form', { name: '管理员账户' }));
    expect(screen.queryByRole('navigation', { name: '主导航' })).toBeNull();

    fireEvent.click(form.getByRole('button', { name: '创建并登录' }));
    expect((await form.findByRole('alert')).textContent).toBe('请按提示修改后再保存。');
    for (const text of ['请选择所属乡镇', '请填写姓名', '请填写用户名', '密码至少 8 位']) expect(form.getByText(text)).toBeTruthy();
    expect(await store.accounts.list()).toEqual([]);

    choose('所属乡镇', '忠仁镇');
    type('姓名', '李文静');
    type('用户名', 'liwenjing');
    type('密码', 'guanli2026');
    type('确认密码', 'guanli2025');
    fireEvent.click(form.getByRole('button', { name: '创建并登录' }));
    expect(await form.findByText('两次输入的密码不一致')).toBeTruthy();
    type('确认密码', 'guanli2026');
    fireEvent.click(form.getByRole('button', { name: '创建并登录' }));

    expect(await screen.findByRole('heading', { name: '工作台', level: 1 })).toBeTruthy();
    expect(screen.getByText('经办人：李文静')).toBeTruthy();
    expect(screen.getByTestId('township-name').textContent).toBe('忠仁镇');
    expect(menu().getByRole('link', { name: '账户管理' })).toBeTruthy();
    expect((await store.accounts.list()).map(({ name, role }) => ({ name, role }))).toEqual([{ name: '李文静', role: 'admin' }]);
  });

  it('signs an official in by name and password; 5 wrong passwords lock the account with the wait in Chinese', async () => {
    const { store, form } = await signInScreenOfMediator();
    type('密码', 'wrong-2026');
    fireEvent.click(form.getByRole('button', { name: '登录' }));
    expect((await form.findByRole('alert')).textContent).toBe('密码不正确。再输错 4 次，账户将被暂时锁定。');
    for (let i = 0; i < 4; i++) {
      type('密码', 'wrong-2026');
      fireEvent.click(form.getByRole('button', { name: '登录' }));
      await waitFor(() => expect(form.getByRole('button', { name: '登录' }).hasAttribute('disabled')).toBe(false));
    }
    const locked = '密码连续输错 5 次，账户“王敏”已锁定，请 1 分钟后再试；忘记密码请找管理员重设。';
    await waitFor(() => expect(form.getByRole('alert').textContent).toBe(locked));
    // Even the right password waits for the lock to run out.
    type('密码', TEST_PASSWORD);
    fireEvent.click(form.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(form.getByRole('alert').textContent).toBe(locked));
    expect(screen.queryByRole('heading', { name: '工作台', level: 1 })).toBeNull();
    expect(store.accounts.current()).toBeNull();
  });

  it('the right password opens the app as that official; a 调解员 has no 账户管理 in the menu', async () => {
    const { store, form } = await signInScreenOfMediator();
    type('密码', TEST_PASSWORD);
    fireEvent.click(form.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { name: '工作台', level: 1 })).toBeTruthy();
    expect(screen.getByText('经办人：王敏')).toBeTruthy();
    expect(menu().queryByRole('link', { name: '账户管理' })).toBeNull();
    expect(menu().getByRole('link', { name: '人民调解' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('form', { name: '登录' })).toBeTruthy();
    expect(screen.queryByText('经办人：王敏')).toBeNull();
    expect(store.accounts.current()).toBeNull();
  });

  it('locks after the idle time: the records are gone from the page until the same official types the password', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const store = await withAccount(townshipStore({ settings: { idleLockMinutes: 1 } }), 'mediator', '王敏');
    startApp(store);
    expect(await screen.findByRole('heading', { name: '工作台', level: 1 })).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(screen.getByRole('heading', { name: '工作台', level: 1 })).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(40_000));

    const form = within(await screen.findByRole('form', { name: '解锁' }));
    expect(screen.queryByRole('heading', { name: '工作台', level: 1 })).toBeNull();
    expect(screen.queryByRole('navigation', { name: '主导航' })).toBeNull();
    expect(screen.getByText(/本机空闲后已锁定，记录已隐藏。请 王敏 输入密码解锁/)).toBeTruthy();
    type('密码', 'wrong-2026');
    fireEvent.click(form.getByRole('button', { name: '解锁' }));
    expect((await form.findByRole('alert')).textContent).toMatch(/^密码不正确/);
    type('密码', TEST_PASSWORD);
    fireEvent.click(form.getByRole('button', { name: '解锁' }));
    expect(await screen.findByRole('heading', { name: '工作台', level: 1 })).toBeTruthy();
    expect(screen.getByText('经办人：王敏')).toBeTruthy();
  });
});
