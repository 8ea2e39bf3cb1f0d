import * as fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataKeyProvider, keyProtectionFor, loadOrCreateDataKey, type DataKeyDeps } from './data-key';
import { FakeSafeStorage } from './fake-safe-storage';

async function setup(platform: NodeJS.Platform = 'linux') {
  const dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-key-'));
  const safeStorage = new FakeSafeStorage();
  const warnings: string[] = [];
  const deps: DataKeyDeps = {
    safeStorage,
    platform,
    keyFile: join(dir, 'userData', 'data-key.bin'),
    fs,
    randomBytes: (size) => randomBytes(size),
    warn: (message) => warnings.push(message),
  };
  return { deps, safeStorage, warnings };
}

describe('data key', () => {
  it('makes a 32-byte key on first run and stores it only encrypted', async () => {
    const { deps } = await setup();
    const result = await loadOrCreateDataKey(deps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Buffer.from(result.value.key, 'base64')).toHaveLength(32);
    expect(result.value.protection).toBe('os');
    const onDisk = await fs.readFile(deps.keyFile);
    expect(onDisk.toString('latin1')).not.toContain(result.value.key);
  });

  it('gives the same key on every later start', async () => {
    const { deps } = await setup();
    const first = await loadOrCreateDataKey(deps);
    const second = await loadOrCreateDataKey(deps);
    expect(second).toEqual(first);
  });

  it('reports basic_text protection on Linux without a secret store, and warns', async () => {
    const { deps, safeStorage, warnings } = await setup('linux');
    safeStorage.backend = 'basic_text';
    const result = await loadOrCreateDataKey(deps);
    expect(result).toMatchObject({ ok: true, value: { protection: 'basic_text' } });
    expect(warnings.join()).toMatch(/basic_text/);
  });

  it('does not ask Windows for a Linux-only backend name', async () => {
    const { deps, safeStorage } = await setup('win32');
    safeStorage.getSelectedStorageBackend = () => {
      throw new TypeError('safeStorage.getSelectedStorageBackend is not a function');
    };
    expect(await loadOrCreateDataKey(deps)).toMatchObject({ ok: true, value: { protection: 'os' } });
  });

  it('reports OS protection on Windows, whatever Linux backend name is returned', () => {
    expect(keyProtectionFor('win32', 'unknown')).toBe('os');
    expect(keyProtectionFor('darwin', 'basic_text')).toBe('os');
    expect(keyProtectionFor('linux', 'kwallet6')).toBe('os');
    expect(keyProtectionFor('linux', 'unknown')).toBe('basic_text');
  });

  it('refuses with a Chinese message, and writes nothing, when the OS cannot encrypt', async () => {
    const { deps, safeStorage } = await setup();
    safeStorage.available = false;
    const result = await loadOrCreateDataKey(deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'DATA_KEY_NO_ENCRYPTION' } });
    expect(!result.ok && result.error.message).toMatch(/密钥/);
    await expect(fs.stat(deps.keyFile)).rejects.toThrow();
  });

  it('never replaces a key it cannot decrypt (that would orphan the local data)', async () => {
    const { deps } = await setup();
    await fs.mkdir(join(deps.keyFile, '..'), { recursive: true });
    await fs.writeFile(deps.keyFile, Buffer.from('garbage from another account'));
    const result = await loadOrCreateDataKey(deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'DATA_KEY_UNREADABLE' } });
    expect((await fs.readFile(deps.keyFile)).toString()).toBe('garbage from another account');
  });

  it('re-encrypts the same key when the keystore asks for it', async () => {
    const { deps, safeStorage } = await setup();
    const first = await loadOrCreateDataKey(deps);
    safeStorage.rotated = true;
    const before = safeStorage.encryptions;
    const second = await loadOrCreateDataKey(deps);
    expect(second).toEqual(first);
    expect(safeStorage.encryptions).toBe(before + 1);
  });

  it('hands out one key when asked twice at once on first run', async () => {
    const { deps } = await setup();
    const provide = createDataKeyProvider(deps);
    const [a, b] = await Promise.all([provide(), provide()]);
    expect(a).toEqual(b);
    expect(await loadOrCreateDataKey(deps)).toEqual(a);
  });

  it('tries again after a failure, e.g. once the keyring is unlocked', async () => {
    const { deps, safeStorage } = await setup();
    const provide = createDataKeyProvider(deps);
    safeStorage.available = false;
    expect((await provide()).ok).toBe(false);
    safeStorage.available = true;
    expect((await provide()).ok).toBe(true);
  });
});
