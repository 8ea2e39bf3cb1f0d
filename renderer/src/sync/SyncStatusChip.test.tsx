// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { createFakeSyncClient } from '../app/testing/fake-sync-client';
import { renderApp } from '../app/testing/render-app';
import type { SyncStatus } from './contract';
import { StaticSyncProvider } from './SyncContext';
import { chipText, SyncStatusChip } from './SyncStatusChip';

afterEach(cleanup);

const enrollment = { serverUrl: 'http://127.0.0.1:8787', deviceId: 'd1', deviceName: '忠仁镇电脑', role: 'township' as const, townshipId: 'zhongren', enrolledAt: '2026-11-30T04:00:00.000Z' };
const base: SyncStatus = { phase: 'idle', online: true, waiting: 0, conflicts: 0 };

describe('sync status chip', { timeout: 60_000 }, () => {
  it('names each phase in Chinese, with what waits and the first sync’s progress', () => {
    expect(chipText({ ...base, phase: 'notEnrolled' })).toBe('未登记');
    expect(chipText({ ...base, phase: 'offline', online: false, waiting: 3 })).toBe('离线 · 待同步 3 条');
    expect(chipText({ ...base, phase: 'syncing', initialPull: { received: 1200, done: false } })).toBe('同步中 · 已接收 1200 条');
    expect(chipText({ ...base, phase: 'syncing', waiting: 2, initialPull: { received: 5000, done: true } })).toBe('同步中 · 待同步 2 条');
    expect(chipText(base)).toBe('已同步');
    expect(chipText({ ...base, phase: 'error' })).toBe('同步出错');
  });

  it('says 未登记 without a client and leads to 设置', async () => {
    const view = renderApp(<StaticSyncProvider client={null}><SyncStatusChip /></StaticSyncProvider>);
    fireEvent.click(await screen.findByRole('button', { name: '同步状态：未登记' }));
    const panel = within(await screen.findByRole('dialog', { name: '同步详情' }));
    fireEvent.click(panel.getByRole('link', { name: '去设置登记' }));
    expect(view.location.history?.at(-1)).toBe('/settings');
  });

  it('follows the live status: offline with 3 waiting, then 已同步', async () => {
    const client = createFakeSyncClient({ enrollment, status: { phase: 'offline', online: false, waiting: 3 } });
    renderApp(<StaticSyncProvider client={client}><SyncStatusChip /></StaticSyncProvider>);
    expect((await screen.findByTestId('sync-status')).textContent).toBe('离线 · 待同步 3 条');
    act(() => client.setStatus({ phase: 'syncing', online: true }));
    expect(screen.getByTestId('sync-status').textContent).toBe('同步中 · 待同步 3 条');
    act(() => client.setStatus({ phase: 'idle', waiting: 0, lastSyncedAt: new Date().toISOString() }));
    expect(screen.getByTestId('sync-status').textContent).toBe('已同步');
  });

  it('shows the last sync, the last error in Chinese and the conflicts in its panel, and 立即同步 asks the client', async () => {
    const client = createFakeSyncClient({
      enrollment,
      status: {
        phase: 'error', waiting: 1, conflicts: 2, lastSyncedAt: '2026-11-29T08:30:00.000Z',
        lastError: { code: 'DEVICE_REVOKED', message: '本机的登记已被县司法局撤销，请联系县司法局。', at: '2026-11-30T01:00:00.000Z' },
      },
    });
    const view = renderApp(<StaticSyncProvider client={client}><SyncStatusChip /></StaticSyncProvider>);
    fireEvent.click(await screen.findByTestId('sync-status'));
    const panel = within(await screen.findByRole('dialog', { name: '同步详情' }));
    expect(panel.getByTestId('sync-last-synced').textContent).toMatch(/^上次同步：2026年11月(29|30)日 \d{2}:30（.+前）$/);
    expect(panel.getByText('本机的登记已被县司法局撤销，请联系县司法局。')).toBeTruthy();
    expect(panel.getByText(/有 2 条记录存在冲突/)).toBeTruthy();
    fireEvent.click(panel.getByRole('button', { name: '立即同步' }));
    expect(client.calls.syncNow).toBe(1);
    fireEvent.click(panel.getByRole('link', { name: '去处理' }));
    expect(view.location.history?.at(-1)).toBe('/conflicts');
  });

  it('[C11] names 有问题的记录 on the chip and in the panel, with the reason, and leads to the record', async () => {
    const message = '人民调解记录含有无法保存的不可见字符（summary），多为从其他程序粘贴带入，县服务器无法保存，这条记录暂不同步（其他记录照常同步）。请打开这条记录，删除这段文字后重新输入并保存。';
    const client = createFakeSyncClient({
      enrollment,
      status: { phase: 'idle', problemRecords: [{ kind: 'mediationCase', recordId: 'case-1', title: '〔2026〕绥滨调字第3号', message }] },
    });
    const view = renderApp(<StaticSyncProvider client={client}><SyncStatusChip /></StaticSyncProvider>);
    expect((await screen.findByTestId('sync-status')).textContent).toBe('已同步 · 有问题的记录 1 条');
    fireEvent.click(screen.getByTestId('sync-status'));
    const panel = within(await screen.findByRole('dialog', { name: '同步详情' }));
    expect(panel.getByTestId('sync-problem-records').textContent).toContain('有问题的记录 1 条，暂不同步（其他记录照常同步）');
    expect(panel.getByText(message)).toBeTruthy();
    fireEvent.click(panel.getByRole('link', { name: '〔2026〕绥滨调字第3号' }));
    expect(view.location.history?.at(-1)).toBe('/mediation/case-1');
  });
});
