// The preload and the main-process handlers joined by an in-memory IPC pair: what the page
// calls on window.taizhang reaches the right handler, and nothing else is exposed.
import { BRIDGE_GLOBAL, type TaizhangBridge } from '#shared/bridge';
import { describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers } from './main/bridge-handlers';
import { registerBridgeHandlers, type InvokeEventLike } from './main/ipc-register';

type Listener = (event: InvokeEventLike<string>, ...args: unknown[]) => Promise<unknown>;

const world = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  /** What the main process holds; the preload's calls must reach it. */
  held: { secrets: null as { token: string } | null },
  logged: [] as string[],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => world.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => {
      const listener = world.listeners.get(channel);
      if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
      return listener({ sender: 'window-1', senderFrame: { url: 'app://taizhang/index.html', parent: null } }, ...args);
    },
  },
}));

registerBridgeHandlers<string>(
  { handle: (channel, listener: Listener) => world.listeners.set(channel, listener as never) },
  createBridgeHandlers<string>({
    getDataKey: () => Promise.resolve({ ok: true, value: { key: 'a2V5', protection: 'basic_text' } }),
    syncSecrets: {
      get: () => Promise.resolve({ ok: true, value: world.held.secrets }),
      set: (input) => {
        world.held.secrets = input as { token: string };
        return Promise.resolve({ ok: true, value: undefined });
      },
    },
    fileExport: () => ({ chooseSavePath: () => Promise.resolve(null), writeFile: () => Promise.resolve() }),
    renderPdf: () => Promise.resolve(new Uint8Array()),
    backupFiles: () => {
      throw new Error('not used here');
    },
    appInfo: { name: '台账', version: '0.1.0', platform: 'desktop', os: 'linux' },
    log: {
      writeFromPage: (entry) => world.logged.push(entry.message),
      recent: () => Promise.resolve({ ok: true, value: world.logged }),
    },
    updates: { check: () => ({ state: 'checking' }), status: () => ({ state: 'ready', version: '0.2.0' }) },
  }),
);

await import('./preload/index');

describe('preload bridge', () => {
  const bridge = world.exposed.get(BRIDGE_GLOBAL) as TaizhangBridge;

  it('exposes only the bridge methods under window.taizhang', () => {
    expect([...world.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'backupFolder', 'checkForUpdates', 'chooseBackupFolder', 'getDataKey', 'getSyncSecrets', 'openBackupFile', 'printToPdf', 'readRecentLog', 'saveBackup', 'saveFile', 'setSyncSecrets', 'updateStatus', 'writeLog']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('reaches the main-process handler of each method', async () => {
    expect(await bridge.getDataKey()).toEqual({ ok: true, value: { key: 'a2V5', protection: 'basic_text' } });
    expect(await bridge.appInfo()).toMatchObject({ platform: 'desktop' });
    expect(await bridge.saveFile({ suggestedName: 'a.csv', contents: 'x' })).toEqual({ ok: true, value: { savedTo: null } });
    expect(await bridge.printToPdf({ suggestedName: 'a/b.pdf' })).toMatchObject({ ok: false, error: { code: 'FILE_NAME_INVALID' } });
    expect(await bridge.setSyncSecrets({ token: 'tzd_abc' })).toEqual({ ok: true, value: undefined });
    expect(await bridge.getSyncSecrets()).toEqual({ ok: true, value: { token: 'tzd_abc' } });
    await bridge.writeLog({ level: 'info', message: '已启动' });
    expect(await bridge.readRecentLog()).toEqual({ ok: true, value: ['已启动'] });
    expect(await bridge.checkForUpdates({ serverUrl: 'https://county.example' })).toEqual({ ok: true, value: { state: 'checking' } });
    expect(await bridge.updateStatus()).toEqual({ state: 'ready', version: '0.2.0' });
  });
});
