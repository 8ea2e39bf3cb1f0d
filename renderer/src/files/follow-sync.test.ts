import { describe, expect, it } from 'vitest';
import { createFakeSyncClient } from '../app/testing/fake-sync-client';
import { connectionFrom, resumeWhenSyncConnects } from './follow-sync';

const enrollment = {
  serverUrl: 'http://192.168.1.20:8787', deviceId: 'd1', deviceName: '司法所电脑', role: 'township' as const, townshipId: 'zhongren', enrolledAt: '2026-11-30T08:00:00.000Z',
};

describe('the file sync’s connection comes from the sync enrollment and the bridge’s token', () => {
  it('uses the enrolled server and the kept token', async () => {
    const source = connectionFrom(() => Promise.resolve(enrollment), () => Promise.resolve('tzd_abc'));
    expect(await source()).toEqual({ serverUrl: 'http://192.168.1.20:8787', token: 'tzd_abc' });
  });

  it('is null (files stay 本机) when not enrolled, after leaving, or when the bridge cannot give the token', async () => {
    expect(await connectionFrom(() => Promise.resolve(null), () => Promise.resolve('t'))()).toBeNull();
    expect(await connectionFrom(() => Promise.resolve(enrollment), () => Promise.resolve(null))()).toBeNull();
    expect(await connectionFrom(() => Promise.resolve(enrollment), () => Promise.reject(new Error('KEYSTORE: 密钥不可用')))()).toBeNull();
  });
});

describe('uploads resume when sync comes back in touch with the server', () => {
  it('resumes once per return (after enrolling, after the network comes back), not on every status change', () => {
    const client = createFakeSyncClient();
    let resumed = 0;
    const stop = resumeWhenSyncConnects(client, () => { resumed += 1; });
    expect(resumed).toBe(0); // not enrolled

    client.setStatus({ phase: 'syncing' }); // enrolled: first sync
    expect(resumed).toBe(1);
    client.setStatus({ phase: 'idle', waiting: 2 });
    client.setStatus({ phase: 'syncing' });
    expect(resumed).toBe(1);

    client.setStatus({ phase: 'offline', online: false });
    client.setStatus({ phase: 'idle', online: true });
    expect(resumed).toBe(2);

    stop();
    client.setStatus({ phase: 'error' });
    client.setStatus({ phase: 'idle' });
    expect(resumed).toBe(2);
  });

  it('resumes at once when sync is already in touch', () => {
    const client = createFakeSyncClient({ enrollment, status: { phase: 'idle' } });
    let resumed = 0;
    resumeWhenSyncConnects(client, () => { resumed += 1; })();
    expect(resumed).toBe(1);
  });
});
