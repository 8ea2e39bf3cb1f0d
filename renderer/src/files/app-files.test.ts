import { describe, expect, it } from 'vitest';
import { connectionFrom } from './app-files';

const enrollment = {
  serverUrl: 'http://192.168.1.20:8787', deviceId: 'd1', deviceName: '司法所电脑', role: 'township' as const, townshipId: 'zhongren', enrolledAt: '2026-11-30T08:00:00.000Z',
};

describe('the file sync’s connection comes from the sync enrollment and the bridge’s token', () => {
  it('uses the enrolled server and the kept token', async () => {
    const source = connectionFrom(() => Promise.resolve(enrollment), () => Promise.resolve({ ok: true, value: { token: 'tzd_abc' } }));
    expect(await source()).toEqual({ serverUrl: 'http://192.168.1.20:8787', token: 'tzd_abc' });
  });

  it('is null (files stay 本机) when not enrolled, after leaving, or when the bridge cannot give the token', async () => {
    expect(await connectionFrom(() => Promise.resolve(null), () => Promise.resolve({ ok: true, value: { token: 't' } }))()).toBeNull();
    expect(await connectionFrom(() => Promise.resolve(enrollment), () => Promise.resolve({ ok: true, value: null }))()).toBeNull();
    expect(await connectionFrom(() => Promise.resolve(enrollment), () => Promise.resolve({ ok: false, error: { code: 'KEYSTORE', message: '密钥不可用' } }))()).toBeNull();
  });
});
