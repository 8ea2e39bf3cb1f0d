// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeSyncClient } from '../../app/testing/fake-sync-client';
import { renderApp, townshipStore } from '../../app/testing/render-app';
import { StaticSyncProvider } from '../../sync/SyncContext';
import { SettingsPage } from './SettingsPage';

afterEach(cleanup);

const codes = {
  '7KQM-3XPA-HT9C': { role: 'township' as const, townshipId: 'suibin' },
  'CNTY-2222-2222': { role: 'county' as const, townshipId: null },
};

async function openSettings(client = createFakeSyncClient({ codes }), store = townshipStore()) {
  const view = renderApp(<StaticSyncProvider client={client}><SettingsPage /></StaticSyncProvider>, { store, path: '/settings' });
  const section = within(await screen.findByRole('region', { name: '同步' }));
  const form = within(await section.findByRole('form', { name: '登记到县服务器' }));
  const type = (label: string, text: string) => fireEvent.change(form.getByLabelText(label), { target: { value: text } });
  return { ...view, client, section, form, type };
}

describe('设置 → 同步', { timeout: 60_000 }, () => {
  it('offers the township name + 电脑 as the device name', async () => {
    const { form } = await openSettings();
    expect(form.getByLabelText<HTMLInputElement>('本机名称').value).toBe('忠仁镇电脑');
  });

  it('refuses an empty address, a malformed code and an empty name in Chinese, and sends nothing', async () => {
    const { form, type, client } = await openSettings();
    type('登记码', '7KQM-3XPA');
    type('本机名称', ' ');
    fireEvent.click(form.getByRole('button', { name: '登记' }));
    expect(await form.findByText('请填写县服务器地址')).toBeTruthy();
    expect(form.getByText('登记码应为 12 位字母和数字，例如 7KQM-3XPA-HT9C')).toBeTruthy();
    expect(form.getByText(/请填写本机名称/)).toBeTruthy();
    type('服务器地址', 'ftp://county');
    type('登记码', 'OKQM-3XPA-HT9C');
    fireEvent.click(form.getByRole('button', { name: '登记' }));
    expect(await form.findByText(/服务器地址无效/)).toBeTruthy();
    expect(form.getByText(/没有数字 0、1 和字母 O、I、L/)).toBeTruthy();
    expect(client.calls.enroll).toEqual([]);
  });

  it('refuses an unencrypted http:// address to another computer before anything is sent', async () => {
    const { form, type, client } = await openSettings();
    type('服务器地址', 'http://192.168.1.20:8787');
    type('登记码', '7KQM-3XPA-HT9C');
    fireEvent.click(form.getByRole('button', { name: '登记' }));
    expect(await form.findByText(/县服务器地址必须以 https:\/\/ 开头/)).toBeTruthy();
    expect(client.calls.enroll).toEqual([]);
  });

  it("shows the server's Chinese answer in place and keeps what was typed", async () => {
    const { form, type } = await openSettings();
    type('服务器地址', 'http://127.0.0.1:8787');
    type('登记码', 'AAAA-BBBB-CCCC');
    fireEvent.click(form.getByRole('button', { name: '登记' }));
    expect((await form.findByRole('alert')).textContent).toContain('登记码无效、已过期或已使用');
    expect(form.getByLabelText<HTMLInputElement>('登记码').value).toBe('AAAA-BBBB-CCCC');
  });

  it('enrolls with the code in any case and without dashes, then shows the enrollment and takes the township from it', async () => {
    const { form, type, client, section, store } = await openSettings();
    type('服务器地址', '127.0.0.1:8787/');
    type('登记码', '7kqm3xpaht9c');
    fireEvent.click(form.getByRole('button', { name: '登记' }));
    expect(await section.findByText('本机已登记到县服务器，记录会自动同步。')).toBeTruthy();
    expect(client.calls.enroll).toEqual([{ serverUrl: 'https://127.0.0.1:8787', code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' }]);
    expect(section.getByTestId('enrollment-服务器').textContent).toBe('https://127.0.0.1:8787');
    expect(section.getByTestId('enrollment-角色').textContent).toBe('乡镇');
    await waitFor(() => expect(section.getByTestId('enrollment-乡镇').textContent).toBe('绥滨镇'));
    expect(section.getByTestId('enrollment-登记时间').textContent).toMatch(/^2026年11月30日/);
    expect(await store.settings.get()).toMatchObject({ role: 'township', townshipId: 'suibin' });
    fireEvent.click(section.getByRole('button', { name: '立即同步' }));
    expect(client.calls.syncNow).toBe(1);
  });

  it('makes the app a 县司法局 device when the server says the code is a county code', async () => {
    const { form, type, section, store } = await openSettings();
    type('服务器地址', 'https://sfj.example.gov.cn');
    type('登记码', 'cnty-2222-2222');
    fireEvent.click(form.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(section.getByTestId('enrollment-角色').textContent).toBe('县司法局'));
    expect((await store.settings.get()).role).toBe('county');
    // The PC's kind follows from the code alone: 设置 shows it, and offers no menu to change it.
    const kind = screen.getByRole('textbox', { name: '本机类型' });
    expect((kind as HTMLInputElement).value).toBe('县司法局');
    expect((kind as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('combobox', { name: /角色/ })).toBeNull();
  });

  it('asks before 退出登记, says local records stay, and then offers enrollment again', async () => {
    const client = createFakeSyncClient({ codes });
    await act(() => client.enroll({ serverUrl: 'http://127.0.0.1:8787', code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' }));
    const view = renderApp(<StaticSyncProvider client={client}><SettingsPage /></StaticSyncProvider>, { path: '/settings' });
    const section = within(await view.findByRole('region', { name: '同步' }));
    fireEvent.click(await section.findByRole('button', { name: '退出登记' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(/本机已有的记录会保留，不会删除/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(client.calls.leave).toBe(0);
    fireEvent.click(section.getByRole('button', { name: '退出登记' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '退出登记' }));
    expect(await section.findByRole('form', { name: '登记到县服务器' })).toBeTruthy();
    expect(client.calls.leave).toBe(1);
  });
});
