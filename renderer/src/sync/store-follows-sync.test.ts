import { describe, expect, it, vi } from 'vitest';
import type { CaseNumberReserver } from '#shared/sync/index';
import { createFakeSyncClient } from '../app/testing/fake-sync-client';
import { followSyncInStore, httpReserver, type StoreSyncControls } from './store-follows-sync';

function fakeControls() {
  const calls: string[] = [];
  const reservers: (CaseNumberReserver | null)[] = [];
  const store = {
    caseNumbers: {
      setReserver: (reserver: CaseNumberReserver | null) => {
        reservers.push(reserver);
        calls.push(reserver ? 'setReserver' : 'setReserver(null)');
        return Promise.resolve();
      },
      useDeviceCounter: () => { calls.push('useDeviceCounter'); return Promise.resolve(); },
      topUp: () => { calls.push('topUp'); return Promise.resolve({ reserved: 0, replaced: 0, provisionalLeft: 0 }); },
    },
    idNumberHashes: {
      useDeviceKey: () => { calls.push('useDeviceKey'); return Promise.resolve({ rehashed: 0 }); },
    },
  } as unknown as StoreSyncControls;
  return { store, calls, reservers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('case numbers and ID hashes follow sync (decision 008)', () => {
  it('[S27] an enrolled device numbers from server blocks, topping up each time sync is back in step, not on every status change', async () => {
    const client = createFakeSyncClient({ codes: { '7KQM-3XPA-HT9C': { role: 'township', townshipId: 'zhongren' } } });
    const { store, calls } = fakeControls();
    followSyncInStore({ client, store, token: () => Promise.resolve('tzd_token') });
    await settle();
    expect(calls).toEqual([]);

    await client.enroll({ serverUrl: 'https://county.example:8787', code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' });
    await settle();
    expect(calls).toEqual(['setReserver', 'topUp']);

    client.setStatus({ waiting: 2 });
    client.setStatus({ waiting: 0 });
    await settle();
    expect(calls.filter((call) => call === 'topUp')).toHaveLength(1);

    client.setStatus({ phase: 'offline', online: false });
    client.setStatus({ phase: 'idle', online: true });
    await settle();
    expect(calls).toEqual(['setReserver', 'topUp', 'topUp']);
  });

  it('[S22] a county device reserves no case numbers (the server would refuse it)', async () => {
    const client = createFakeSyncClient({ codes: { 'C0UN-TYXX-XXXX': { role: 'county', townshipId: null } } });
    const { store, calls } = fakeControls();
    followSyncInStore({ client, store, token: () => Promise.resolve('tzd_token') });
    await client.enroll({ serverUrl: 'https://county.example:8787', code: 'C0UN-TYXX-XXXX', deviceName: '县司法局电脑' });
    client.setStatus({ phase: 'offline', online: false });
    client.setStatus({ phase: 'idle', online: true });
    await settle();
    expect(calls).toEqual([]);
  });

  it('[S28] after 退出登记 the device numbers with its own counter and hashes with its own key again', async () => {
    const client = createFakeSyncClient({ codes: { '7KQM-3XPA-HT9C': { role: 'township', townshipId: 'zhongren' } } });
    const { store, calls } = fakeControls();
    followSyncInStore({ client, store, token: () => Promise.resolve('tzd_token') });
    await client.enroll({ serverUrl: 'https://county.example:8787', code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' });
    await settle();
    await client.leave();
    await settle();
    expect(calls.slice(-3)).toEqual(['setReserver(null)', 'useDeviceCounter', 'useDeviceKey']);
  });

  it('[S22] the reserver posts to the enrolled server with the token and turns a refusal into its code', async () => {
    const fetchFn = vi.fn<typeof fetch>(() => Promise.resolve(new Response(JSON.stringify({ code: 'CASE_NUMBERS_FORBIDDEN', message: '本机不能为其他乡镇预留案号。' }), { status: 403 })));
    const reserve = httpReserver('https://county.example:8787', () => Promise.resolve('tzd_token'), fetchFn);
    await expect(reserve({ requestId: 'r1', kind: 'mediationCase', year: 2026, count: 10 })).rejects.toMatchObject({ code: 'CASE_NUMBERS_FORBIDDEN' });
    const [url, init] = fetchFn.mock.calls[0] ?? [];
    expect(url).toBe('https://county.example:8787/v1/case-numbers/reserve');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer tzd_token');
    expect(JSON.parse(init?.body as string)).toMatchObject({ requestId: 'r1', count: 10 });
  });

  it('[S28] a reservation the server refused shows in the sync status with its reason, and says cases keep 临时案号 meanwhile', async () => {
    const client = createFakeSyncClient({ codes: { '7KQM-3XPA-HT9C': { role: 'township', townshipId: 'zhongren' } } });
    const { store } = fakeControls();
    (store.caseNumbers as { topUp: unknown }).topUp = () =>
      Promise.resolve({ reserved: 0, replaced: 0, provisionalLeft: 2, problem: { code: 'INTERNAL', message: '服务器暂时无法处理请求' } });
    const reported: { code: string; message: string }[] = [];
    followSyncInStore({ client, store, token: () => Promise.resolve('tzd_token'), report: (problem) => reported.push(problem) });
    await client.enroll({ serverUrl: 'https://county.example:8787', code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' });
    await settle();
    expect(reported).toHaveLength(1);
    expect(reported[0]?.code).toBe('CASE_NUMBER_RESERVE_FAILED');
    expect(reported[0]?.message).toMatch(/服务器暂时无法处理请求.*临时案号/);
  });

  it('[S28] only the tab that runs the sync tops up: two web tabs never replace the same 临时案号 at once', async () => {
    const client = createFakeSyncClient({ codes: { '7KQM-3XPA-HT9C': { role: 'township', townshipId: 'zhongren' } } });
    const { store, calls } = fakeControls();
    let leading = false;
    followSyncInStore({ client, store, token: () => Promise.resolve('tzd_token'), leading: () => leading });
    await client.enroll({ serverUrl: 'https://county.example:8787', code: '7KQM-3XPA-HT9C', deviceName: '忠仁镇电脑' });
    await settle();
    expect(calls).toEqual(['setReserver']);
    leading = true;
    client.setStatus({ phase: 'offline', online: false });
    client.setStatus({ phase: 'idle', online: true });
    await settle();
    expect(calls).toEqual(['setReserver', 'topUp']);
  });
});
