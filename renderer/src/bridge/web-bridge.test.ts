// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bridge } from './web-bridge';

describe('web bridge: sync secrets', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the token in the browser profile until 退出登记', async () => {
    expect(await bridge.getSyncSecrets()).toEqual({ ok: true, value: null });
    await bridge.setSyncSecrets({ token: 'tzd_abc', idHashKey: 'k' });
    expect(await bridge.getSyncSecrets()).toEqual({ ok: true, value: { token: 'tzd_abc', idHashKey: 'k' } });
    await bridge.setSyncSecrets(null);
    expect(await bridge.getSyncSecrets()).toEqual({ ok: true, value: null });
  });

  it('reports a damaged entry in Chinese rather than a device without enrollment', async () => {
    localStorage.setItem('taizhang.syncSecrets', '{not json');
    const result = await bridge.getSyncSecrets();
    expect(result).toMatchObject({ ok: false, error: { code: 'SYNC_SECRETS_UNREADABLE' } });
    expect(!result.ok && result.error.message).toMatch(/重新登记/);
  });
});
