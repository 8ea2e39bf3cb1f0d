import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeSafeStorage } from './fake-safe-storage';
import { createSyncSecretsStore, type SyncSecretsDeps } from './sync-secrets';

const TOKEN = `tzd_${'A1b2-_'.repeat(7)}x`;

async function setup() {
  const dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-sync-secrets-'));
  const safeStorage = new FakeSafeStorage();
  const warnings: string[] = [];
  const deps: SyncSecretsDeps = { safeStorage, platform: 'linux', file: join(dir, 'userData', 'sync-secrets.bin'), fs, warn: (m) => warnings.push(m) };
  return { deps, safeStorage, warnings, store: createSyncSecretsStore(deps) };
}

describe('sync secrets in the main process', () => {
  it('gives null before enrollment', async () => {
    const { store } = await setup();
    expect(await store.get()).toEqual({ ok: true, value: null });
  });

  it('keeps the token over a restart, and stores it only encrypted', async () => {
    const { deps, store } = await setup();
    expect(await store.set({ token: TOKEN, idHashKey: 'a2V5LWZvci1oYXNoZXM=' })).toEqual({ ok: true, value: undefined });
    const restarted = createSyncSecretsStore(deps);
    expect(await restarted.get()).toEqual({ ok: true, value: { token: TOKEN, idHashKey: 'a2V5LWZvci1oYXNoZXM=' } });
    expect((await fs.readFile(deps.file)).toString('latin1')).not.toContain(TOKEN);
  });

  it('forgets them on 退出登记 (null), and forgetting twice is fine', async () => {
    const { deps, store } = await setup();
    await store.set({ token: TOKEN });
    expect(await store.set(null)).toEqual({ ok: true, value: undefined });
    expect(await store.set(null)).toEqual({ ok: true, value: undefined });
    expect(await store.get()).toEqual({ ok: true, value: null });
    await expect(fs.stat(deps.file)).rejects.toThrow();
  });

  it('refuses malformed input from the renderer and keeps what was stored', async () => {
    const { store } = await setup();
    await store.set({ token: TOKEN });
    for (const bad of [{ token: 'x'.repeat(201) }, { token: '' }, { token: 'has space' }, { token: 42 }, { token: TOKEN, extra: 1 }, { token: TOKEN, idHashKey: '键' }, 'tzd_x', undefined]) {
      expect((await store.set(bad)).ok, JSON.stringify(bad)).toBe(false);
    }
    expect(await store.get()).toEqual({ ok: true, value: { token: TOKEN } });
  });

  it('refuses, in Chinese and without writing, when the OS cannot encrypt', async () => {
    const { deps, safeStorage, store } = await setup();
    safeStorage.available = false;
    const result = await store.set({ token: TOKEN });
    expect(result).toMatchObject({ ok: false, error: { code: 'SYNC_SECRETS_NO_ENCRYPTION' } });
    expect(!result.ok && result.error.message).toMatch(/明文/);
    await expect(fs.stat(deps.file)).rejects.toThrow();
  });

  it('warns like the data key when Linux has no secret store', async () => {
    const { safeStorage, store, warnings } = await setup();
    safeStorage.backend = 'basic_text';
    expect((await store.set({ token: TOKEN })).ok).toBe(true);
    expect(warnings.join()).toMatch(/basic_text/);
  });

  it('reports a file it cannot decrypt instead of pretending the device is not enrolled', async () => {
    const { deps, store } = await setup();
    await fs.mkdir(join(deps.file, '..'), { recursive: true });
    await fs.writeFile(deps.file, 'from another account');
    expect(await store.get()).toMatchObject({ ok: false, error: { code: 'SYNC_SECRETS_UNREADABLE' } });
    // 退出登记 still works, and a new enrollment replaces it.
    expect((await store.set({ token: TOKEN })).ok).toBe(true);
    expect(await store.get()).toEqual({ ok: true, value: { token: TOKEN } });
  });

  it('re-encrypts when the keystore asks for it', async () => {
    const { safeStorage, store } = await setup();
    await store.set({ token: TOKEN });
    safeStorage.rotated = true;
    const before = safeStorage.encryptions;
    expect(await store.get()).toEqual({ ok: true, value: { token: TOKEN } });
    expect(safeStorage.encryptions).toBe(before + 1);
  });

  it('applies calls in order: a get after set(null) never sees the old token', async () => {
    const { store } = await setup();
    const answers = await Promise.all([store.set({ token: TOKEN }), store.get(), store.set(null), store.get()]);
    expect(answers[1]).toEqual({ ok: true, value: { token: TOKEN } });
    expect(answers[3]).toEqual({ ok: true, value: null });
  });
});
