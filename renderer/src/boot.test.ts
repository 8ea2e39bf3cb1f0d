import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeResult, DataKey, SyncSecrets, TaizhangBridge } from '#shared/bridge';
import { createBoot, type Booted } from './boot';
import { freshName } from './store/test-support';
import { describeError } from './components/feedback/describe-error';

/** 32 bytes, base64, as the bridge gives it. */
const DATA_KEY = btoa('a-data-key-of-exactly-32-bytes!!');

/** A bridge that counts what it is asked and can refuse the data key, as a locked OS keystore does. */
function fakeBridge(keys: BridgeResult<DataKey>[] = []) {
  const calls = { getDataKey: 0, appInfo: 0, getSyncSecrets: 0 };
  let secrets: SyncSecrets | null = null;
  const bridge: TaizhangBridge = {
    getDataKey: () => {
      calls.getDataKey += 1;
      return Promise.resolve(keys.shift() ?? { ok: true, value: { key: DATA_KEY, protection: 'os' } });
    },
    appInfo: () => {
      calls.appInfo += 1;
      return Promise.resolve({ name: '台账', version: '1.2.0', platform: 'desktop', os: 'win32' });
    },
    getSyncSecrets: () => {
      calls.getSyncSecrets += 1;
      return Promise.resolve({ ok: true, value: secrets });
    },
    setSyncSecrets: (next) => {
      secrets = next;
      return Promise.resolve({ ok: true, value: undefined });
    },
    printToPdf: () => Promise.resolve({ ok: true, value: { savedTo: null } }),
    saveFile: () => Promise.resolve({ ok: true, value: { savedTo: null } }),
    writeLog: () => Promise.resolve(),
    readRecentLog: () => Promise.resolve({ ok: true, value: [] }),
    checkForUpdates: () => Promise.resolve({ ok: true, value: { state: 'idle' } }),
    updateStatus: () => Promise.resolve({ state: 'idle' }),
    saveBackup: () => Promise.resolve({ ok: true, value: { savedTo: null } }),
    chooseBackupFolder: () => Promise.resolve({ ok: true, value: { folder: null } }),
    backupFolder: () => Promise.resolve({ ok: true, value: { folder: null } }),
    openBackupFile: () => Promise.resolve({ ok: true, value: null }),
  };
  return { bridge, calls };
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => { items.set(key, value); },
    removeItem: (key) => { items.delete(key); },
    clear: () => items.clear(),
  };
}

const open: Booted[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((booted) => booted.close()));
});

function bootOn(bridge: TaizhangBridge, names = { store: freshName('boot'), files: freshName('files') }) {
  const boot = createBoot({ bridge, draftsIn: memoryStorage(), names, indexedDb: { indexedDB, IDBKeyRange } });
  return {
    start: async () => {
      const booted = await boot.start();
      if (!open.includes(booted)) open.push(booted);
      return booted;
    },
  };
}

describe('the app starts once per page (boot.ts)', () => {
  it('reads the bridge once and opens one store, however many ask at once (React StrictMode asks twice)', async () => {
    const { bridge, calls } = fakeBridge();
    const boot = bootOn(bridge);
    const [first, second, third] = await Promise.all([boot.start(), boot.start(), boot.start()]);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(calls.getDataKey).toBe(1);
    expect(calls.appInfo).toBe(1);
    expect(first.device).toMatchObject({ app: { name: '台账', version: '1.2.0', platform: 'desktop', os: 'win32' }, keyProtection: 'os' });
    // The update status is asked of the bridge when 设置 shows it, not read at start.
    expect(await first.device.updateStatus?.()).toEqual({ state: 'idle' });
    expect(first.sync.getStatus().phase).toBe('notEnrolled');
  });

  it('lets a start that failed for want of the data key be tried again, and then opens the data', async () => {
    const { bridge, calls } = fakeBridge([{ ok: false, error: { code: 'KEYSTORE_LOCKED', message: '系统密钥库未解锁' } }]);
    const boot = bootOn(bridge);
    await expect(boot.start()).rejects.toThrow('KEYSTORE_LOCKED: 系统密钥库未解锁');
    const booted = await boot.start();
    expect(calls.getDataKey).toBe(2);
    expect((await booted.store.settings.save({ operatorName: '李文' })).operatorName).toBe('李文');
  });

  it('opens the same data again after close, and after a start with the wrong key failed', async () => {
    const names = { store: freshName('again'), files: freshName('files') };
    const first = await bootOn(fakeBridge().bridge, names).start();
    await first.store.settings.save({ operatorName: '李文' });
    await first.close();
    open.splice(open.indexOf(first), 1);

    const otherKey = { ok: true as const, value: { key: btoa('another-key-of-thirty-two-bytes!'), protection: 'os' as const } };
    const boot = bootOn(fakeBridge([otherKey]).bridge, names);
    const refused = await boot.start().then(() => undefined, (error: unknown) => error);
    expect(refused).toMatchObject({ code: 'DB1' }); // RxDB: another password
    // The start page tells the official in Chinese, not in RxDB's English.
    const shown = describeError(refused);
    expect(shown.code).toBe('STORE_KEY_MISMATCH');
    expect(shown.message).toMatch(/加密密钥/);
    expect(shown.message).not.toMatch(/[A-Za-z]{3,}/);
    const reopened = await boot.start();
    expect((await reopened.store.settings.get()).operatorName).toBe('李文');
  });

  it('unlocks the form drafts with the data key', async () => {
    const booted = await bootOn(fakeBridge().bridge).start();
    await booted.drafts.save('mediationCase.new', { summary: '宅基地边界纠纷' });
    const restored = await booted.drafts.load<{ summary: string }>('mediationCase.new');
    expect(restored?.values).toEqual({ summary: '宅基地边界纠纷' });
  });

  it('keeps attachments on this device (本机) while sync is not enrolled', async () => {
    const booted = await bootOn(fakeBridge().bridge).start();
    const fileSync = await booted.files.fileSync();
    const { sha256 } = await fileSync.add(new TextEncoder().encode('调解协议书扫描件'));
    expect((await fileSync.states([sha256])).get(sha256)).toEqual({ kind: 'local' });
  });
});
